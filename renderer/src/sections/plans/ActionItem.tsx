import { useId, useState } from 'react';
import type { PlanAction } from '../../../../shared/api/methods/action-plans';
import { usePlanStore } from '../../stores/plan-store';
import { ActionForm } from './ActionForm';
import { SavedNote } from './FormParts';
import { MoveButtons } from '../../components/MoveButtons';
import { changePlan, useIsReadOnly } from './plan-changes';
import { shortDate, STATUS_NAMES, timescalePhrase } from './plan-words';
import { ProgressLog } from './ProgressLog';
import { RagTag } from './RagTag';
import { RemoveControls } from './RemoveControls';
import { RichTextView } from './RichTextView';
import { useFormOpener } from './use-form-opener';

type Props = {
  action: PlanAction;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => Promise<void>;
};

/** One action: what, who, by when and how it stands, its latest update, and its tools and progress log. */
export function ActionItem({ action, index, count, onMove }: Props) {
  const since = usePlanStore((state) => state.since);
  const isReadOnly = useIsReadOnly();
  const { isOpen: isEditing, open, close, savedAt, openerRef } = useFormOpener();
  const [isLogOpen, setLogOpen] = useState(false);
  const logId = useId();
  const what = `action “${action.description}”`;
  const isArchived = action.archivedAt !== null;
  const classes = ['plan-action', action.isChangedSince ? 'plan-action--changed' : '', isArchived ? 'plan-action--archived' : ''].filter(Boolean).join(' ');

  return (
    <li className={classes}>
      {isEditing ? (
        <ActionForm
          action={action}
          label={`Edit ${what}`}
          onSave={(values) => changePlan('actions/update', { id: action.id, ...values }, 'Action saved.')}
          onDone={close}
        />
      ) : (
        <>
          <p className="plan-action__description">{action.description}</p>
          <div className="plan-action__facts">
            <RagTag rag={action.rag} />
            <span><span className="plan-action__label">Status:</span> {STATUS_NAMES[action.status]}</span>
            <span><span className="plan-action__label">Owner:</span> {action.owner || 'not given'}</span>
            <span><span className="plan-action__label">Timescale:</span> {timescalePhrase(action)}</span>
            {action.isOverdue && <span className="plan-flag plan-flag--overdue">Overdue</span>}
            {action.isChangedSince && since !== '' && <span className="plan-flag plan-flag--changed">Updated since {shortDate(since)}</span>}
            {isArchived && action.archivedAt && <span className="plan-flag">Archived on {shortDate(action.archivedAt.slice(0, 10))}</span>}
          </div>
          {action.latestUpdate && (
            <div className="plan-action__latest">
              <p className="plan-action__latest-head">Latest update, {shortDate(action.latestUpdate.updateDate)}{action.latestUpdate.author ? `, by ${action.latestUpdate.author}` : ''}:</p>
              <RichTextView doc={action.latestUpdate.note} />
            </div>
          )}
        </>
      )}
      <SavedNote savedAt={savedAt} />
      <div className="plan-tools">
        <button type="button" className="button-secondary button-secondary--small" aria-expanded={isLogOpen} aria-controls={isLogOpen ? logId : undefined} onClick={() => { setLogOpen(!isLogOpen); }}>
          {isLogOpen ? 'Hide progress log' : 'Progress log'}<span className="visually-hidden"> of {what}</span>
        </button>
        {!isReadOnly && !isEditing && !isArchived && (
          <>
            <button ref={openerRef} type="button" className="button-secondary button-secondary--small" onClick={open}>
              Edit<span className="visually-hidden"> {what}</span>
            </button>
            <MoveButtons what={what} index={index} count={count} onMove={onMove} />
          </>
        )}
        {!isReadOnly && (
          <RemoveControls
            what={what}
            isArchived={isArchived}
            onArchive={(isArchiving) => changePlan('actions/archive', { id: action.id, isArchived: isArchiving }, isArchiving ? 'Action archived.' : 'Action restored.')}
            onDelete={() => changePlan('actions/delete', { id: action.id }, 'Action deleted.')}
          />
        )}
      </div>
      {isLogOpen && <div id={logId}><ProgressLog action={action} /></div>}
    </li>
  );
}
