import { longDate } from '../../../../shared/format/dates';
import type { OverduePlanActions } from '../../../../shared/api/methods/dashboard';
import { hashFor } from '../../sections';
import { counted } from './home-words';

/** The "Overdue actions" card: each live action plan with overdue actions, the first few listed. */
export function OverdueActions({ plans }: { plans: readonly OverduePlanActions[] }) {
  return (
    <section className="card home-card" aria-labelledby="home-actions-heading">
      <h2 id="home-actions-heading">Overdue actions</h2>
      {plans.length === 0 ? (
        <p>No action plan has overdue actions.</p>
      ) : (
        plans.map((plan) => (
          <div key={plan.planId} className="home-plan">
            <h3 className="home-plan__title">
              <a href={hashFor('inspections', 'plans', plan.planId, 'overview')}>{plan.planTitle}</a>
            </h3>
            <p className="home-plan__count">{counted(plan.overdueCount, 'overdue action', 'overdue actions')}</p>
            <ul className="home-list">
              {plan.actions.map((action) => (
                <li key={action.actionId}>
                  <span className="home-list__what">{action.description}</span>
                  <span className="home-note">{action.owner || 'No owner'} · due {longDate(action.dueDate)}</span>
                </li>
              ))}
            </ul>
            {plan.overdueCount > plan.actions.length && (
              <p className="home-note">and {counted(plan.overdueCount - plan.actions.length, 'more', 'more')} on the plan’s overview</p>
            )}
          </div>
        ))
      )}
    </section>
  );
}
