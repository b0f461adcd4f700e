import { useState } from 'react';
import type { MinuteEntryWithDecisions } from '../../../../../shared/api/methods/minutes';
import { EntryCard } from './EntryCard';
import { useMinutesEditing } from './minutes-context';
import { useEntryDrag } from './use-entry-drag';

/**
 * The entries in their order. A move shows at once with the meeting's block
 * of references given out again in the new order (as the engine will), and
 * the engine's answer then replaces it.
 */
export function EntryList() {
  const { meeting, minutes, isLocked, run, announce } = useMinutesEditing();
  const [moved, setMoved] = useState<{ from: typeof minutes.entries; order: number[] } | null>(null);
  const entries = moved !== null && moved.from === minutes.entries ? arrange(minutes.entries, moved.order) : minutes.entries;

  const move = async (entryId: number, toIndex: number): Promise<boolean> => {
    const order = entries.map((entry) => entry.id).filter((id) => id !== entryId);
    order.splice(toIndex, 0, entryId);
    const preview = arrange(minutes.entries, order);
    const entry = preview[toIndex];
    if (entry === undefined || order.every((id, index) => id === entries[index]?.id)) return false;
    setMoved({ from: minutes.entries, order });
    const saved = await run('minutes/reorderEntries', { meetingId: meeting.id, ids: order });
    if (saved === null) {
      setMoved(null);
      return false;
    }
    announce(`“${entry.heading}” moved to place ${toIndex + 1} of ${order.length}: it is now minute ${entry.reference}, and the references after it were renumbered.`);
    return true;
  };
  const drag = useEntryDrag(entries, move);
  const line = dropLineAt(entries, drag.draggingId, drag.dropIndex);

  return (
    <section className="minutes-entries" aria-labelledby="minutes-entries-heading">
      <h3 id="minutes-entries-heading" tabIndex={-1}>Minute entries</h3>
      {entries.length === 0 ? (
        <p className="hint">{isLocked ? 'These minutes have no entries.' : 'No minutes yet. Start them from the agenda, or add a minute below.'}</p>
      ) : (
        <>
          {!isLocked && <p className="hint">Drag a minute by its handle, or use Move up and Move down; the references follow the new order.</p>}
          <ol className="minutes-entry-list">
            {entries.map((entry, index) => (
              <EntryCard
                key={entry.id}
                entry={entry}
                index={index}
                count={entries.length}
                onMove={move}
                drag={drag}
                dropLine={line === index ? 'before' : line === entries.length && index === entries.length - 1 ? 'after' : null}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The entries in a new order, each place keeping its reference: the meeting's block given out again. */
function arrange(entries: readonly MinuteEntryWithDecisions[], order: readonly number[]): MinuteEntryWithDecisions[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return order.flatMap((id, index) => {
    const entry = byId.get(id);
    const place = entries[index];
    if (entry === undefined || place === undefined) return [];
    return [{ ...entry, position: index + 1, reference: place.reference, sequenceNumber: place.sequenceNumber, numberingYear: place.numberingYear }];
  });
}

/** Before which minute (its index in the list as shown) the drop line goes; the list's length for after the last; null when not dragging or where it is. */
function dropLineAt(entries: readonly MinuteEntryWithDecisions[], draggingId: number | null, dropIndex: number | null): number | null {
  if (draggingId === null || dropIndex === null) return null;
  const from = entries.findIndex((entry) => entry.id === draggingId);
  if (from === -1 || dropIndex === from) return null;
  return dropIndex > from ? dropIndex + 1 : dropIndex;
}
