import { useRef, type KeyboardEvent } from 'react';
import { hashFor } from '../../sections';
import { goTo } from './plan-changes';

export type PlanTab = 'plan' | 'overview';

const TABS: readonly { id: PlanTab; label: string }[] = [
  { id: 'plan', label: 'Plan' },
  { id: 'overview', label: 'Overview' },
];

/** The id of a tab's panel, for aria-controls and aria-labelledby. */
export const panelIdOf = (tab: PlanTab) => `plan-panel-${tab}`;
export const tabIdOf = (tab: PlanTab) => `plan-tab-${tab}`;

/** The plan's two views as tabs; the choice lives in the address, so back and forward move between them. */
export function PlanTabs({ planId, current }: { planId: number; current: PlanTab }) {
  const buttons = useRef<Partial<Record<PlanTab, HTMLButtonElement | null>>>({});
  const choose = (tab: PlanTab) => {
    goTo(tab === 'plan' ? hashFor('inspections', 'plans', planId) : hashFor('inspections', 'plans', planId, tab));
  };
  // Arrow keys move along the tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next = step === 0 ? (event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS.at(-1) : undefined) : TABS[(index + step + TABS.length) % TABS.length];
    if (!next) return;
    event.preventDefault();
    choose(next.id);
    buttons.current[next.id]?.focus();
  };
  return (
    <div className="plan-tabs" role="tablist" aria-label="Views of the plan">
      {TABS.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => { buttons.current[tab.id] = element; }}
          id={tabIdOf(tab.id)}
          type="button"
          role="tab"
          className="plan-tabs__tab"
          aria-selected={tab.id === current}
          aria-controls={tab.id === current ? panelIdOf(tab.id) : undefined}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => { choose(tab.id); }}
          onKeyDown={(event) => { onKeyDown(event, index); }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
