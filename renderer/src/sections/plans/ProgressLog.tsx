import type { PlanAction, ProgressRevision } from '../../../../shared/api/methods/action-plans';
import { usePlanStore } from '../../stores/plan-store';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';
import { SavedNote } from './FormParts';
import { changePlan, useIsReadOnly } from './plan-changes';
import { countOf, longDate, recordedAt, shortDate, STATUS_NAMES } from './plan-words';
import { chainsOf, type ProgressChain } from './progress-chains';
import { ProgressForm } from './ProgressForm';
import { RagTag } from './RagTag';
import { RichTextView } from './RichTextView';
import { useFormOpener } from './use-form-opener';

/** An action's progress updates, newest first, each with its earlier versions; and the forms to add or correct one. */
export function ProgressLog({ action }: { action: PlanAction }) {
  const revision = usePlanStore((state) => state.revision);
  const asAt = usePlanStore((state) => state.asAt);
  const history = useWorkspaceRead('progress/history', { actionId: action.id }, revision);
  const isReadOnly = useIsReadOnly();
  const { isOpen: isAdding, open, close, savedAt, openerRef } = useFormOpener();
  const chains = chainsOf(history.value ?? []);

  return (
    <section className="plan-log" aria-label={`Progress log: ${action.description}`}>
      <h5>Progress log</h5>
      {!isReadOnly && (isAdding ? (
        <ProgressForm
          label={`New progress update on “${action.description}”`}
          saveLabel="Add update"
          initial={{ rag: action.rag, status: action.status }}
          onSave={(values) => changePlan('progress/add', { actionId: action.id, ...values }, `Progress update of ${shortDate(values.updateDate)} added.`)}
          onDone={close}
        />
      ) : (
        <button ref={openerRef} type="button" className="button-secondary" onClick={open}>
          Add update<span className="visually-hidden"> to “{action.description}”</span>
        </button>
      ))}
      <SavedNote savedAt={savedAt} />
      {history.isLoading ? (
        <p>Loading the progress log…</p>
      ) : chains.length === 0 ? (
        <p className="plan-muted">No progress updates yet.</p>
      ) : (
        <ol className="plan-log__list" aria-label={`Progress updates, newest first: ${countOf(chains.length, 'update')}`}>
          {chains.map((chain) => <ProgressEntry key={chain.current.id} chain={chain} isReadOnly={isReadOnly} shownDay={asAt} />)}
        </ol>
      )}
    </section>
  );
}

/** One update with its earlier versions; `shownDay` is the as-at day when the plan is shown as it stood then (else empty). */
function ProgressEntry({ chain, isReadOnly, shownDay }: { chain: ProgressChain; isReadOnly: boolean; shownDay: string }) {
  const { current, earlier } = chain;
  const isAfterShownDay = shownDay !== '' && current.updateDate > shownDay;
  const { isOpen: isCorrecting, open, close, savedAt, openerRef } = useFormOpener();
  return (
    <li className="plan-update">
      {isCorrecting ? (
        <ProgressForm
          label={`Correct the update of ${shortDate(current.updateDate)}`}
          saveLabel="Save correction"
          initial={current}
          onSave={(values) => changePlan('progress/revise', { id: current.id, ...values }, `Update of ${shortDate(values.updateDate)} corrected; the earlier version is kept.`)}
          onDone={close}
        />
      ) : (
        <>
          <RevisionView revision={current} />
          {isAfterShownDay && <p className="plan-flag">Dated after {shortDate(shownDay)}, the day shown</p>}
          {earlier.length > 0 && <p className="plan-muted plan-update__corrected">Corrected on {recordedAt(current.createdAt)}.</p>}
          {!isReadOnly && (
            <button ref={openerRef} type="button" className="button-secondary button-secondary--small" onClick={open}>
              Correct<span className="visually-hidden"> the update of {shortDate(current.updateDate)}</span>
            </button>
          )}
        </>
      )}
      <SavedNote savedAt={savedAt} />
      {earlier.length > 0 && (
        <details className="plan-update__earlier">
          <summary>Earlier versions ({earlier.length})</summary>
          <ol>
            {earlier.map((revision) => (
              <li key={revision.id}>
                <RevisionView revision={revision} />
                <p className="plan-muted">Recorded on {recordedAt(revision.createdAt)}; replaced by a correction.</p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

function RevisionView({ revision }: { revision: ProgressRevision }) {
  return (
    <div className="plan-revision">
      <p className="plan-revision__head">
        <strong>{longDate(revision.updateDate)}</strong>
        <span>{revision.author || 'Author not recorded'}</span>
        <RagTag rag={revision.rag} />
        <span>Status: {revision.status === null ? 'not given' : STATUS_NAMES[revision.status]}</span>
      </p>
      <RichTextView doc={revision.note} />
    </div>
  );
}
