// Drag and drop for minute entries (HTML5): a minute's handle is dragged onto
// another minute, and it lands before or after it by which half the pointer
// is over. Move up and Move down do the same from the keyboard.
import { useState, type DragEvent } from 'react';
import type { MinuteEntry } from '../../../../../shared/api/methods/minutes';

export type EntryDrag = {
  draggingId: number | null;
  /** The index a drop would put the dragged minute at, for the drop line. */
  dropIndex: number | null;
  handleProps: (entry: MinuteEntry) => { draggable: true; onDragStart: (event: DragEvent<HTMLElement>) => void; onDragEnd: () => void };
  targetProps: (index: number) => { onDragOver: (event: DragEvent<HTMLElement>) => void; onDrop: (event: DragEvent<HTMLElement>) => void };
};

export function useEntryDrag(entries: readonly MinuteEntry[], onMove: (entryId: number, toIndex: number) => Promise<boolean>): EntryDrag {
  const [draggingId, setDraggingId] = useState<number | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);

  /** Before this minute (upper half) or after it (lower half), as an index in the list without the dragged one. */
  const indexAt = (event: DragEvent<HTMLElement>, index: number): number => {
    const box = event.currentTarget.getBoundingClientRect();
    const slot = event.clientY < box.top + box.height / 2 ? index : index + 1;
    const from = entries.findIndex((entry) => entry.id === draggingId);
    return from !== -1 && from < slot ? slot - 1 : slot;
  };
  const end = () => {
    setDraggingId(null);
    setDropIndex(null);
  };

  return {
    draggingId,
    dropIndex,
    handleProps: (entry) => ({
      draggable: true,
      onDragStart: (event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', `${entry.reference} ${entry.heading}`);
        const card = event.currentTarget.closest('li');
        if (card) event.dataTransfer.setDragImage(card, 24, 24);
        setDraggingId(entry.id);
      },
      onDragEnd: end,
    }),
    targetProps: (index) => ({
      onDragOver: (event) => {
        if (draggingId === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const at = indexAt(event, index);
        if (at !== dropIndex) setDropIndex(at);
      },
      onDrop: (event) => {
        if (draggingId === null) return;
        event.preventDefault();
        const at = indexAt(event, index);
        const id = draggingId;
        end();
        void onMove(id, at);
      },
    }),
  };
}
