import { useState } from 'react';
import type { InspectionDetail } from '../../../../shared/api/methods/inspections';
import { SectionPage } from '../../components/SectionPage';
import { hashFor } from '../../sections';
import { planTitleFor } from '../../stores/import-store';
import { useFocusReturn } from '../plans/FormParts';
import { NewPlanForm } from '../plans/NewPlanForm';
import { GradeTag } from './InspectionList';
import { countOf, formatDateRange, formatOptionalDate, FRAMEWORK_NAMES } from './inspection-words';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';

/** One inspection: its facts, judgements and recommendations, and the action plans that answer it. */
export function InspectionPage({ inspectionId }: { inspectionId: number }) {
  const inspection = useWorkspaceRead('inspections/get', { id: inspectionId });
  const plans = useWorkspaceRead('actionPlans/list', { inspectionId });
  if (inspection.isLoading || !inspection.value) {
    return (
      <SectionPage title="Inspection">
        <p>{inspection.isLoading ? 'Loading the inspection…' : 'This inspection could not be opened.'}</p>
        <p><a href={hashFor('inspections')}>All inspections</a></p>
      </SectionPage>
    );
  }
  const detail = inspection.value;
  return (
    <SectionPage title={detail.title}>
      <p className="pack-back"><a href={hashFor('inspections')}>All inspections</a></p>
      <InspectionFacts inspection={detail} />
      <section className="card" aria-labelledby="inspection-plans-heading">
        <h2 id="inspection-plans-heading">Action plans</h2>
        {plans.isLoading || plans.value === null ? (
          <p>Loading the action plans…</p>
        ) : plans.value.length === 0 ? (
          <StartPlan inspection={detail} />
        ) : (
          <ul className="inspection-plans">
            {plans.value.map((plan) => (
              <li key={plan.id}>
                <a href={hashFor('inspections', 'plans', plan.id)}>{plan.title}</a>
                <span className="inspection-plans__meta">
                  {plan.owner ? `${plan.owner} · ` : ''}{countOf(plan.entryCount, 'entry', 'entries')} · {countOf(plan.actionCount, 'action')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="inspection-judgements-heading">
        <h2 id="inspection-judgements-heading">Judgements</h2>
        {detail.judgements.length === 0 ? (
          <p>No judgements were recorded for this inspection.</p>
        ) : (
          <table className="pack-table inspection-judgements">
            <caption className="visually-hidden">Judgements</caption>
            <thead>
              <tr>
                <th scope="col">Ref.</th>
                <th scope="col">Area judged</th>
                <th scope="col">Grade</th>
              </tr>
            </thead>
            <tbody>
              {detail.judgements.map((judgement) => (
                <tr key={judgement.id}>
                  <td>{judgement.reference}</td>
                  <th scope="row">{judgement.area}</th>
                  <td><GradeTag grade={judgement.grade} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="inspection-recommendations-heading">
        <h2 id="inspection-recommendations-heading">Recommendations</h2>
        {detail.recommendations.length === 0 ? (
          <p>No recommendations were recorded for this inspection.</p>
        ) : (
          <ol className="inspection-recommendations">
            {detail.recommendations.map((recommendation) => (
              <li key={recommendation.id} value={recommendation.number}>
                {recommendation.text}
                {recommendation.sourcePage !== null && <span className="inspection-recommendations__page"> (report page {recommendation.sourcePage})</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </SectionPage>
  );
}

function InspectionFacts({ inspection }: { inspection: InspectionDetail }) {
  return (
    <dl className="details">
      <dt>Local authority</dt>
      <dd>{inspection.localAuthority || 'Not given'}</dd>
      <dt>Framework</dt>
      <dd>{inspection.inspectorate ? `${inspection.inspectorate}: ` : ''}{FRAMEWORK_NAMES[inspection.framework]}</dd>
      <dt>Inspected</dt>
      <dd>{formatDateRange(inspection.inspectionStart, inspection.inspectionEnd) ?? 'Dates not given'}</dd>
      <dt>Published</dt>
      <dd>{formatOptionalDate(inspection.publicationDate) ?? 'Not given'}</dd>
      <dt>Lead inspector</dt>
      <dd>{inspection.leadInspector || 'Not given'}</dd>
      <dt>Overall effectiveness</dt>
      <dd><GradeTag grade={inspection.overallGrade} /></dd>
      <dt>Report</dt>
      <dd>{inspection.sourceAttachmentId === null ? 'No report attached' : 'Attached to the inspection'}</dd>
    </dl>
  );
}

/** With no plan yet, "Start an action plan" asks for its title, owner and start date, then opens it: one entry per recommendation. */
function StartPlan({ inspection }: { inspection: InspectionDetail }) {
  const [isStarting, setStarting] = useState(false);
  const [startButtonRef, requestStartButtonFocus] = useFocusReturn<HTMLButtonElement>();
  if (isStarting) {
    return (
      <NewPlanForm
        inspection={{ id: inspection.id, title: inspection.title, recommendationCount: inspection.recommendations.length }}
        defaultTitle={planTitleFor(inspection.title)}
        headingLevel={3}
        onCancel={() => { setStarting(false); requestStartButtonFocus(); }}
      />
    );
  }
  return (
    <>
      <p>No action plan answers this inspection yet.</p>
      <button ref={startButtonRef} type="button" onClick={() => { setStarting(true); }}>
        Start an action plan<span className="visually-hidden"> ({countOf(inspection.recommendations.length, 'entry', 'entries')})</span>
      </button>
    </>
  );
}
