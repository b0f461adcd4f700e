import { createContext, useContext } from 'react';
import type { BoardLayout } from './board-groups';
import type { AgendaLinks } from './use-agenda-links';
import type { BoardActions } from './use-board-actions';
import type { DragAndDrop } from './use-drag-and-drop';

/** What every group and row of one board shares. */
export type Board = {
  layout: BoardLayout;
  actions: BoardActions;
  drag: DragAndDrop;
  agendaLinks: AgendaLinks;
};

export const BoardContext = createContext<Board | null>(null);

/** The board a group or row belongs to (they are only ever rendered inside one). */
export function useBoard(): Board {
  const board = useContext(BoardContext);
  if (!board) throw new Error('A work programme group was rendered outside its board.');
  return board;
}
