import { useRef } from 'react';
import { hashFor } from '../../sections';
import { SECTION_STATE_NAMES } from './document-words';
import { RegenerateConfirm } from './RegenerateConfirm';
import { usePlanSections } from './use-plan-sections';

type Props = {
  documentId: number;
  planId: number;
  /** A final report: its sections are listed but cannot be drafted again until it is reopened. */
  isLocked?: boolean;
};

/** The report's sections drafted from its action plan, how each stands, and drafting them again. */
export function PlanSectionsPanel({ documentId, planId, isLocked = false }: Props) {
  const { sections, loadError, isBusy, message, keptChanged, update, dismissQuestion } = usePlanSections(documentId);
  const updateButton = useRef<HTMLButtonElement>(null);
  const changed = sections?.filter((section) => section.state === 'changed').length ?? 0;
  const missing = sections?.filter((section) => section.state === 'missing').length ?? 0;
  const summary = [changed > 0 ? `${changed} changed by you` : '', missing > 0 ? `${missing} missing` : ''].filter(Boolean).join(', ');
  return (
    <details className="card doc-plan">
      <summary>
        <h2>Sections drafted from the plan</h2>
        {summary && <span className="doc-plan__summary">{summary}</span>}
      </summary>
      <p className="hint">
        Drafted from <a href={hashFor('inspections', 'plans', planId)}>the action plan</a> and its progress updates. Updating drafts the sections you have not changed again from the plan as it stands; sections you changed are kept unless you say otherwise.
      </p>
      {loadError && <p className="doc-plan__error">The drafted sections cannot be listed: {loadError}</p>}
      {sections && sections.length === 0 && <p>This report has no sections drafted from the plan.</p>}
      {sections && sections.length > 0 && (
        <ul className="doc-plan__sections">
          {sections.map((section) => (
            <li key={section.key}>
              <span className="doc-plan__heading">{section.heading}</span>
              <span className={`doc-section-state doc-section-state--${section.state}`}>{SECTION_STATE_NAMES[section.state]}</span>
            </li>
          ))}
        </ul>
      )}
      {isLocked ? (
        <p className="doc-plan__message">The report is final, so its sections cannot be drafted again. Reopen it as a draft first.</p>
      ) : (
      <div className="doc-plan__actions">
        {/* Not disabled while busy (aria-disabled instead), so focus stays on it for the question that may follow. */}
        <button ref={updateButton} type="button" className="button-secondary" aria-disabled={isBusy || undefined} disabled={loadError !== null} onClick={() => { if (!isBusy) void update(); }}>
          {isBusy ? 'Updating…' : 'Update from the plan'}
        </button>
        <p className={message?.tone === 'error' ? 'doc-plan__message doc-plan__message--error' : 'doc-plan__message'} role="status" aria-live="polite">{message?.text ?? ''}</p>
      </div>
      )}
      {keptChanged.length > 0 && (
        <RegenerateConfirm
          sections={keptChanged}
          returnFocusTo={updateButton}
          onKeep={dismissQuestion}
          onReplace={() => { void update(keptChanged.map((section) => section.key), true); }}
        />
      )}
    </details>
  );
}
