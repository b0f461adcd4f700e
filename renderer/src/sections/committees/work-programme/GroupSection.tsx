import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import type { MeetingSummary } from '../../../../../shared/api/methods/meetings';
import { longDate } from '../../../../../shared/format/dates';
import { MEETING_STATUS_NAMES } from '../../meetings/pack-words';
import { hashFor } from '../../../sections';
import { useBoard } from './board-context';
import type { ProgrammeGroup } from './board-groups';
import { DeadlineLine } from './DeadlineLine';
import { EMPTY_ITEM, ItemForm } from './ItemForm';
import { ItemRow } from './ItemRow';

/**
 * One list of the board: a meeting (its date, status and report deadline)
 * or the items to be scheduled, with its items table. The whole card is a
 * drop target while an item is dragged, unless the meeting is minuted or
 * cancelled.
 */
export function GroupSection({ group }: { group: ProgrammeGroup }) {
  const { drag } = useBoard();
  const headingId = useId();
  const isTarget = drag.target?.groupKey === group.key;
  const isDragging = drag.draggingId !== null;
  const className = ['wp-group', group.meeting ? '' : 'wp-group--unscheduled', isDragging && group.isOpen ? 'wp-group--droppable' : '', isTarget ? 'wp-group--drop-target' : ''];

  return (
    <section className={className.filter(Boolean).join(' ')} aria-labelledby={headingId} data-group-key={group.key} {...drag.groupProps(group)}>
      <div className="wp-group__header">
        <h2 id={headingId} tabIndex={-1} data-focus="heading" className="wp-group__name">
          {group.meeting ? <a href={hashFor('meetings', group.meeting.id)}>{group.name}</a> : group.name}
        </h2>
        {group.meeting && <span className={`wp-status wp-status--${group.meeting.status}`}>{MEETING_STATUS_NAMES[group.meeting.status]}</span>}
        <span className="wp-group__count">{countText(group.items.length)}</span>
        {isDragging && group.isOpen && <span className="wp-drop-hint" aria-hidden="true">{isTarget ? 'Release to move here' : 'Drop here'}</span>}
      </div>
      {group.meeting && <DeadlineLine meeting={group.meeting} isOpen={group.isOpen} />}
      {!group.isOpen && group.meeting && <p className="wp-group__note">{closedNote(group.meeting)}</p>}
      {group.items.length > 0 ? <ItemsTable group={group} /> : <p className="wp-empty">{emptyText(group)}</p>}
      {group.isOpen && <AddItem group={group} />}
    </section>
  );
}

function ItemsTable({ group }: { group: ProgrammeGroup }) {
  return (
    <div className="wp-table-wrap">
      <table className="wp-table">
        <caption className="visually-hidden">Work programme items for {group.meeting ? `the meeting of ${group.name}` : 'scheduling later'}</caption>
        <colgroup>
          <col className="wp-col-grip" />
          <col className="wp-col-item" />
          <col className="wp-col-purpose" />
          <col className="wp-col-person" />
          <col className="wp-col-person" />
          <col className="wp-col-comments" />
          <col className="wp-col-actions" />
        </colgroup>
        <thead>
          <tr>
            <td />
            <th scope="col">Item</th>
            <th scope="col">Purpose of report</th>
            <th scope="col">Lead officer</th>
            <th scope="col">Executive member</th>
            <th scope="col">Comments</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((item, index) => <ItemRow key={item.id} item={item} group={group} index={index} />)}
        </tbody>
      </table>
    </div>
  );
}

function AddItem({ group }: { group: ProgrammeGroup }) {
  const { actions } = useBoard();
  const [isAdding, setAdding] = useState(false);
  if (!isAdding) {
    return (
      <button type="button" data-focus="add" className="button-secondary button-secondary--small wp-add" onClick={() => { setAdding(true); }}>
        Add an item<span className="visually-hidden"> to {group.name}</span>
      </button>
    );
  }
  return (
    <ItemForm
      label={`New item for ${group.name}`}
      initial={EMPTY_ITEM}
      submitLabel="Add item"
      onCancel={() => {
        flushSync(() => { setAdding(false); });
        actions.focusGroup(group.key, 'add');
      }}
      onSubmit={async (values) => {
        const result = await actions.createItem(group, values);
        if (result.ok) setAdding(false);
        return result;
      }}
    />
  );
}

/** Why nothing more can be scheduled for the meeting, and what to do if that is wrong. */
function closedNote(meeting: MeetingSummary): string {
  if (meeting.status === 'cancelled') {
    const on = meeting.cancelledOn ? ` on ${longDate(meeting.cancelledOn)}` : '';
    return `This meeting was cancelled${on}, so nothing can be scheduled for it. Reinstate it from the meeting’s page if it is going ahead.`;
  }
  if (meeting.status === 'minuted') return 'This meeting is minuted: its items are the record of what it looked at, so they stay here and nothing more can be scheduled for it. Their comments can still be edited.';
  return 'This meeting has taken place, so nothing more can be scheduled for it. An item it deferred can still be moved on to a later meeting until its minutes are approved.';
}

function countText(count: number): string {
  return count === 0 ? 'No items' : count === 1 ? '1 item' : `${count} items`;
}

function emptyText(group: ProgrammeGroup): string {
  if (!group.isOpen) return 'No items were scheduled for this meeting.';
  return group.meeting ? 'Nothing is scheduled for this meeting yet. Add an item, or move one here.' : 'Every item has a meeting. New ideas for the committee can wait here until a date is agreed.';
}
