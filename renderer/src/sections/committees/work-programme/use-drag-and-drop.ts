// Drag and drop for the board (HTML5): an item's grip is dragged onto a group
// (it goes last) or onto a row (it goes before or after that row, by which
// half the pointer is over). The keyboard does the same with Move up, Move
// down and Move to… in each row; this is only the pointer's way.
import { useState, type DragEvent } from 'react';
import type { WorkProgrammeItem } from '../../../../../shared/api/methods/work-programme';
import { dropPosition, isSamePlace, type ProgrammeGroup } from './board-groups';

/** Where a dragged item would land: in a group, before an item (null: at the end). */
export type DropTarget = { groupKey: string; beforeId: number | null };

export type DragAndDrop = {
  draggingId: number | null;
  target: DropTarget | null;
  /** For the grip: starts dragging the whole row. */
  gripProps: (item: WorkProgrammeItem) => {
    draggable: true;
    onDragStart: (event: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  };
  /** For a group's container (a drop there puts the item last) and for each row in it. */
  groupProps: (group: ProgrammeGroup) => DropHandlers;
  /** Rows leave "dragleave" to their group, which knows when the pointer has really left. */
  rowProps: (group: ProgrammeGroup, item: WorkProgrammeItem) => Omit<DropHandlers, 'onDragLeave'>;
};

type DropHandlers = {
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
};

type Dragging = { item: WorkProgrammeItem };

/** Drag state for the board; `onMove` does the move (the same call the keyboard controls make). */
export function useDragAndDrop(onMove: (item: WorkProgrammeItem, to: ProgrammeGroup, position: number) => void): DragAndDrop {
  const [dragging, setDragging] = useState<Dragging | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);

  const accept = (event: DragEvent<HTMLElement>, group: ProgrammeGroup, beforeId: number | null) => {
    // A minuted meeting takes no items: without preventDefault the browser shows "no drop" there.
    if (!dragging || !group.isOpen) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    if (target?.groupKey !== group.key || target.beforeId !== beforeId) setTarget({ groupKey: group.key, beforeId });
  };
  const leave = (event: DragEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setTarget(null);
  };
  const drop = (event: DragEvent<HTMLElement>, group: ProgrammeGroup, beforeId: number | null) => {
    if (!dragging || !group.isOpen) return;
    event.preventDefault();
    event.stopPropagation();
    setDragging(null);
    setTarget(null);
    const position = dropPosition(group, dragging.item.id, beforeId);
    if (!isSamePlace(dragging.item, group, position)) onMove(dragging.item, group, position);
  };
  /** Before the row under the pointer, or before the next one when the pointer is over its lower half. */
  const beforeIdAt = (event: DragEvent<HTMLElement>, group: ProgrammeGroup, item: WorkProgrammeItem): number | null => {
    const box = event.currentTarget.getBoundingClientRect();
    if (event.clientY < box.top + box.height / 2) return item.id;
    const index = group.items.findIndex((candidate) => candidate.id === item.id);
    return group.items[index + 1]?.id ?? null;
  };

  return {
    draggingId: dragging?.item.id ?? null,
    target,
    gripProps: (item) => ({
      draggable: true,
      onDragStart: (event) => {
        event.dataTransfer.effectAllowed = 'move';
        // Some browsers start no drag without data; the title is what another app would receive.
        event.dataTransfer.setData('text/plain', item.item);
        const row = event.currentTarget.closest('tr');
        if (row) event.dataTransfer.setDragImage(row, 24, 20);
        setDragging({ item });
      },
      onDragEnd: () => {
        setDragging(null);
        setTarget(null);
      },
    }),
    groupProps: (group) => ({
      onDragOver: (event) => { accept(event, group, null); },
      onDragLeave: leave,
      onDrop: (event) => { drop(event, group, null); },
    }),
    rowProps: (group, item) => ({
      onDragOver: (event) => { accept(event, group, beforeIdAt(event, group, item)); },
      onDrop: (event) => { drop(event, group, beforeIdAt(event, group, item)); },
    }),
  };
}
