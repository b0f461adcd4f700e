import type { ActionPlanSummary } from '../../../../shared/api/methods/action-plans';
import { hashFor } from '../../sections';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';
import { RagTag } from './RagTag';
import './plans.css';

/** Every action plan, with or without an inspection, and how each stands today. */
export function PlanList() {
  const plans = useWorkspaceRead('actionPlans/list', {});
  const inspections = useWorkspaceRead('inspections/list', {});
  const titles = new Map((inspections.value ?? []).map((inspection) => [inspection.id, inspection.title]));
  if (plans.isLoading) return <p>Loading action plans…</p>;
  if (!plans.value || plans.value.length === 0) return <p className="plan-muted">No action plans yet. Start one by hand, or from an inspection’s page.</p>;
  return (
    <div className="plan-table-wrap">
      <table className="pack-table plan-table plan-list">
        <caption className="visually-hidden">Action plans</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Answers</th>
            <th scope="col" className="pack-number">Entries</th>
            <th scope="col" className="pack-number">Actions</th>
            <th scope="col">Overall</th>
            <th scope="col" className="pack-number">Overdue</th>
          </tr>
        </thead>
        <tbody>
          {plans.value.map((plan) => <PlanRow key={plan.id} plan={plan} inspectionTitle={plan.inspectionId === null ? null : (titles.get(plan.inspectionId) ?? 'An inspection')} />)}
        </tbody>
      </table>
    </div>
  );
}

function PlanRow({ plan, inspectionTitle }: { plan: ActionPlanSummary; inspectionTitle: string | null }) {
  return (
    <tr>
      <th scope="row">
        <a className="inspection-table__title" href={hashFor('inspections', 'plans', plan.id)}>{plan.title}</a>
        {plan.owner && <span className="inspection-table__authority">{plan.owner}</span>}
      </th>
      <td>{inspectionTitle ?? <span className="plan-muted">No inspection</span>}</td>
      <td className="pack-number">{plan.entryCount}</td>
      <td className="pack-number">{plan.actionCount}</td>
      <td><RagTag rag={plan.rag.overall} /></td>
      <td className="pack-number">{plan.overdueCount}</td>
    </tr>
  );
}
