import { useId, useState } from 'react';
import type { WorkProgrammeItem } from '../../../../../shared/api/methods/work-programme';
import { destinationsFrom, type ProgrammeGroup } from './board-groups';
import { useBoard } from './board-context';

type Props = { item: WorkProgrammeItem; group: ProgrammeGroup; index: number };

/**
 * The keyboard's way to move an item: up and down its list, or to another
 * meeting (drag and drop does the same). The step buttons show "Up" and
 * "Down" to fit the column; their names say "Move up “item”" in full.
 */
export function MoveControls({ item, group, index }: Props) {
  const { layout, actions } = useBoard();
  const [destination, setDestination] = useState('');
  const selectId = useId();
  const isBusy = actions.busyItemId !== null;
  const what = `“${item.item}”`;
  const destinations = destinationsFrom(layout, group);
  const chosen = destinations.find((candidate) => candidate.key === destination);

  return (
    <div className="wp-move">
      <div className="wp-move__steps">
        <button
          type="button"
          data-focus="up"
          className="button-secondary button-secondary--small"
          disabled={isBusy || index === 0}
          aria-label={`Move up ${what}`}
          onClick={() => void actions.moveItem(item, group, item.position - 1, 'up')}
        >
          <span aria-hidden="true">↑</span> Up
        </button>
        <button
          type="button"
          data-focus="down"
          className="button-secondary button-secondary--small"
          disabled={isBusy || index >= group.items.length - 1}
          aria-label={`Move down ${what}`}
          onClick={() => void actions.moveItem(item, group, item.position + 1, 'down')}
        >
          <span aria-hidden="true">↓</span> Down
        </button>
      </div>
      {destinations.length > 0 && (
        <div className="wp-move__to">
          <label htmlFor={selectId} className="visually-hidden">Move {what} to</label>
          <select id={selectId} data-focus="move-to" value={destination} disabled={isBusy} onChange={(event) => { setDestination(event.target.value); }}>
            <option value="">Move to…</option>
            {destinations.map((candidate) => <option key={candidate.key} value={candidate.key}>{candidate.shortName}</option>)}
          </select>
          <button
            type="button"
            className="button-secondary button-secondary--small"
            disabled={isBusy || !chosen}
            onClick={() => { if (chosen) void actions.moveItem(item, chosen, undefined, 'move-to'); }}
          >
            Move<span className="visually-hidden"> {what}</span>
          </button>
        </div>
      )}
    </div>
  );
}
