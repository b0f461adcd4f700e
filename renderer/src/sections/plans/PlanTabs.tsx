import { AddressTabs, panelIdFor, tabIdFor } from '../../components/AddressTabs';
import { hashFor } from '../../sections';

export type PlanTab = 'plan' | 'overview';

const TABS = [
  { id: 'plan', label: 'Plan' },
  { id: 'overview', label: 'Overview' },
] as const;

/** The id of a tab's panel, for aria-controls and aria-labelledby. */
export const panelIdOf = (tab: PlanTab) => panelIdFor('plan', tab);
export const tabIdOf = (tab: PlanTab) => tabIdFor('plan', tab);

/** The plan's two views as tabs (the shared AddressTabs); the choice lives in the address, so back and forward move between them. */
export function PlanTabs({ planId, current }: { planId: number; current: PlanTab }) {
  return (
    <AddressTabs
      tabs={TABS}
      current={current}
      label="Views of the plan"
      hashOf={(tab) => (tab === 'plan' ? hashFor('inspections', 'plans', planId) : hashFor('inspections', 'plans', planId, tab))}
      idPrefix="plan"
    />
  );
}
