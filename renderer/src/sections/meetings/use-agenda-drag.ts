// The pointer's ways onto an agenda row (HTML5 drag and drop): an item's grip
// dragged onto another row moves it before or after that row, by which half
// the pointer is over; files dragged from the desktop onto a row become its
// papers. The keyboard does the same with Move up / Move down and "Add files…".
import { useState, type DragEvent } from 'react';
import type { AgendaItemWithPapers } from '../../../../shared/api/methods/meetings';
import { droppedOrder } from './agenda-words';

const ITEM_TYPE = 'application/x-agenda-item';

export type AgendaDrag = {
  draggingId: number | null;
  /** Where a dragged item would land: before this item (null: at the end). */
  beforeId: number | null | undefined;
  /** The row files are being dragged over. */
  fileTargetId: number | null;
  gripProps: (item: AgendaItemWithPapers) => { draggable: true; onDragStart: (event: DragEvent<HTMLElement>) => void; onDragEnd: () => void };
  rowProps: (item: AgendaItemWithPapers) => {
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  };
};

type Handlers = {
  ids: readonly number[];
  isOpen: boolean;
  onReorder: (item: AgendaItemWithPapers, ids: number[]) => void;
  onFiles: (item: AgendaItemWithPapers, files: File[]) => void;
};

const hasFiles = (event: DragEvent<HTMLElement>): boolean => event.dataTransfer.types.includes('Files');

/** Drag state for the agenda list. */
export function useAgendaDrag({ ids, isOpen, onReorder, onFiles }: Handlers): AgendaDrag {
  const [dragging, setDragging] = useState<AgendaItemWithPapers | null>(null);
  const [beforeId, setBeforeId] = useState<number | null | undefined>(undefined);
  const [fileTargetId, setFileTargetId] = useState<number | null>(null);

  const reset = () => {
    setDragging(null);
    setBeforeId(undefined);
    setFileTargetId(null);
  };
  /** Before the row under the pointer, or before the next one when the pointer is over its lower half. */
  const beforeIdAt = (event: DragEvent<HTMLElement>, item: AgendaItemWithPapers): number | null => {
    const box = event.currentTarget.getBoundingClientRect();
    if (event.clientY < box.top + box.height / 2) return item.id;
    return ids[ids.indexOf(item.id) + 1] ?? null;
  };

  return {
    draggingId: dragging?.id ?? null,
    beforeId,
    fileTargetId,
    gripProps: (item) => ({
      draggable: true,
      onDragStart: (event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(ITEM_TYPE, String(item.id));
        // Another app dropped on gets the title.
        event.dataTransfer.setData('text/plain', item.title);
        const row = event.currentTarget.closest('li');
        if (row) event.dataTransfer.setDragImage(row, 24, 20);
        setDragging(item);
      },
      onDragEnd: reset,
    }),
    rowProps: (item) => ({
      onDragOver: (event) => {
        if (!isOpen) return;
        if (dragging) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          const before = beforeIdAt(event, item);
          if (before !== beforeId) setBeforeId(before);
        } else if (hasFiles(event)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          if (fileTargetId !== item.id) setFileTargetId(item.id);
        }
      },
      onDragLeave: (event) => {
        if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
        if (fileTargetId === item.id) setFileTargetId(null);
      },
      onDrop: (event) => {
        if (!isOpen) return;
        event.preventDefault();
        if (dragging) {
          const order = droppedOrder(ids, dragging.id, beforeIdAt(event, item));
          const moved = dragging;
          reset();
          if (order.some((id, index) => id !== ids[index])) onReorder(moved, order);
          return;
        }
        const files = [...event.dataTransfer.files];
        reset();
        if (files.length > 0) onFiles(item, files);
      },
    }),
  };
}
