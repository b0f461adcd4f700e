import { SectionPage } from '../../components/SectionPage';
import { hashFor } from '../../sections';
import { countOf } from './inspection-words';
import { PlanExport } from './PlanExport';
import { useWorkspaceRead } from './use-inspections';

/** An action plan as it stands: one entry per recommendation, with its leads, measures and actions so far. */
export function PlanPage({ planId }: { planId: number }) {
  const plan = useWorkspaceRead('actionPlans/get', { id: planId });
  if (plan.isLoading || !plan.value) {
    return (
      <SectionPage title="Action plan">
        <p>{plan.isLoading ? 'Loading the action plan…' : 'This action plan could not be opened.'}</p>
        <p><a href={hashFor('inspections')}>All inspections</a></p>
      </SectionPage>
    );
  }
  const view = plan.value;
  return (
    <SectionPage title={view.title}>
      <p className="pack-back">
        <a href={view.inspectionId === null ? hashFor('inspections') : hashFor('inspections', view.inspectionId)}>
          {view.inspectionId === null ? 'All inspections' : 'The inspection'}
        </a>
      </p>
      <dl className="details">
        <dt>Owner</dt>
        <dd>{view.owner || 'Not given'}</dd>
        <dt>Entries</dt>
        <dd>{countOf(view.entries.length, 'entry', 'entries')}, {countOf(view.entries.reduce((sum, entry) => sum + entry.actions.length, 0), 'action')}</dd>
      </dl>
      <PlanExport planId={view.id} />
      {view.entries.length === 0 ? (
        <p>This plan has no entries yet.</p>
      ) : (
        <ol className="inspection-entries">
          {view.entries.map((entry) => (
            <li key={entry.id} className="card">
              <h2>{entry.heading}</h2>
              {entry.recommendation && (
                <p className="inspection-entries__answers">
                  Answers recommendation {entry.recommendation.number}: {entry.recommendation.text}
                </p>
              )}
              <p className="hint">
                Strategic lead: {entry.strategicLead || 'not yet given'} · {countOf(entry.measures.length, 'measure')} · {countOf(entry.actions.length, 'action')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </SectionPage>
  );
}
