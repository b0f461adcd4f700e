import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { WorkProgrammeItem } from '../../../../../shared/api/methods/work-programme';
import { shortDate } from '../../../../../shared/format/dates';
import { allGroups, type ProgrammeGroup } from './board-groups';
import { useBoard } from './board-context';
import { ItemForm } from './ItemForm';
import { MoveControls } from './MoveControls';

/** Columns of the items table, grip and actions included (for rows that span it). */
export const COLUMN_COUNT = 7;

type Props = { item: WorkProgrammeItem; group: ProgrammeGroup; index: number };

/** One work programme item: its columns, its move controls, and its edit form or delete question when open. */
export function ItemRow({ item, group, index }: Props) {
  const { actions, drag } = useBoard();
  const [mode, setMode] = useState<'show' | 'edit' | 'confirm-delete'>('show');
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  const what = `“${item.item}”`;
  const backTo = (control: 'edit' | 'delete') => {
    flushSync(() => { setMode('show'); });
    actions.focusItem(item.id, control);
  };

  if (mode === 'edit') {
    return (
      <tr data-item-id={item.id} className="wp-row wp-row--editing">
        <td colSpan={COLUMN_COUNT}>
          <ItemForm
            label={`Edit ${what}`}
            initial={item}
            submitLabel="Save changes"
            onCancel={() => { backTo('edit'); }}
            onSubmit={async (values) => {
              const result = await actions.updateItem(item, values);
              if (result.ok) backTo('edit');
              return result;
            }}
          />
        </td>
      </tr>
    );
  }

  const isDropBefore = drag.target?.groupKey === group.key && drag.target.beforeId === item.id;
  const isDropAfter = drag.target?.groupKey === group.key && drag.target.beforeId === null && index === group.items.length - 1;
  const problem = actions.problem?.itemId === item.id ? actions.problem.message : deleteProblem;
  const rowClass = ['wp-row', drag.draggingId === item.id ? 'wp-row--dragging' : '', isDropBefore ? 'wp-row--drop-before' : '', isDropAfter ? 'wp-row--drop-after' : ''];

  return (
    <>
      <tr data-item-id={item.id} className={rowClass.filter(Boolean).join(' ')} {...drag.rowProps(group, item)}>
        <td className="wp-grip-cell">
          {!group.isRecord && <span className="wp-grip" title="Drag to move this item" aria-hidden="true" {...drag.gripProps(item)}>⠿</span>}
        </td>
        <th scope="row" className="wp-item">
          <span className="wp-item__title" tabIndex={-1} data-focus="item">{item.item}</span>
          <AgendaTags item={item} group={group} />
        </th>
        <td className="wp-text">{item.purpose}</td>
        <td>{item.leadOfficer}</td>
        <td>{item.executiveMember}</td>
        <td className="wp-text">{item.comments}</td>
        <td className="wp-actions-cell">
          {!group.isRecord && <MoveControls item={item} group={group} index={index} />}
          {/* Out of the row header, so a screen reader announcing the row hears only the item. */}
          <ItemActions
            what={what}
            mode={mode}
            canDelete={!group.isRecord}
            onEdit={() => { setDeleteProblem(null); setMode('edit'); }}
            onAsk={() => { setDeleteProblem(null); setMode('confirm-delete'); }}
            onKeep={() => { backTo('delete'); }}
            onDelete={async () => {
              const result = await actions.deleteItem(item, group);
              if (!result.ok) {
                setMode('show');
                setDeleteProblem(result.message);
              }
            }}
          />
        </td>
      </tr>
      {problem && (
        <tr className="wp-problem-row">
          <td colSpan={COLUMN_COUNT}>
            <p className="wp-problem" role="alert">{problem}</p>
          </td>
        </tr>
      )}
    </>
  );
}

type ActionProps = { what: string; mode: 'show' | 'confirm-delete'; canDelete: boolean; onEdit: () => void; onAsk: () => void; onKeep: () => void; onDelete: () => Promise<void> };

function ItemActions({ what, mode, canDelete, onEdit, onAsk, onKeep, onDelete }: ActionProps) {
  if (mode === 'confirm-delete') {
    return (
      <span className="wp-item__actions wp-item__actions--confirm" role="group" aria-label={`Delete ${what}?`}>
        <span className="wp-item__question">Delete this item?</span>
        <button type="button" className="button-secondary button-secondary--small button-secondary--danger" autoFocus onClick={() => void onDelete()}>
          Delete<span className="visually-hidden"> {what}</span>
        </button>
        <button type="button" className="button-secondary button-secondary--small" onClick={onKeep}>Keep it</button>
      </span>
    );
  }
  return (
    <span className="wp-item__actions">
      <button type="button" data-focus="edit" className="wp-link-button" onClick={onEdit}>
        Edit<span className="visually-hidden"> {what}</span>
      </button>
      {canDelete && (
        <button type="button" data-focus="delete" className="wp-link-button wp-link-button--danger" onClick={onAsk}>
          Delete…<span className="visually-hidden"> {what}</span>
        </button>
      )}
    </span>
  );
}

/** "On the agenda" when an upcoming agenda carries the item; the date too when it is another meeting's agenda. */
function AgendaTags({ item, group }: { item: WorkProgrammeItem; group: ProgrammeGroup }) {
  const { agendaLinks, layout } = useBoard();
  const meetingIds = agendaLinks.get(item.id) ?? [];
  if (meetingIds.length === 0) return null;
  const dateOf = (meetingId: number) => allGroups(layout).find((candidate) => candidate.meeting?.id === meetingId)?.meeting?.meetingDate;
  return (
    <span className="wp-item__tags">
      {meetingIds.map((meetingId) => {
        const date = dateOf(meetingId);
        const text = meetingId === group.meeting?.id || !date ? 'On the agenda' : `On the agenda of ${shortDate(date)}`;
        return <span key={meetingId} className="wp-tag wp-tag--agenda">{text}</span>;
      })}
    </span>
  );
}
