import { useRef, type KeyboardEvent } from 'react';
import { hashFor } from '../../sections';
import { goTo } from './committee-words';

export const COMMITTEE_TABS = [
  { id: 'details', label: 'Details' },
  { id: 'members', label: 'Members' },
  { id: 'terms', label: 'Terms of reference' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'work-programme', label: 'Work programme' },
  { id: 'follow-ups', label: 'Follow-ups' },
] as const;

export type CommitteeTab = (typeof COMMITTEE_TABS)[number]['id'];

/** The tab an address names ("#/committees/3/members"); Details when it names none, or one that does not exist. */
export function tabFromAddress(part: string | undefined): CommitteeTab {
  return COMMITTEE_TABS.find((tab) => tab.id === part)?.id ?? 'details';
}

/** The address of a committee's tab: Details is the committee's own address. */
export function committeeHash(committeeId: number, tab: CommitteeTab = 'details'): string {
  return tab === 'details' ? hashFor('committees', committeeId) : hashFor('committees', committeeId, tab);
}

export const panelIdOf = (tab: CommitteeTab) => `committee-panel-${tab}`;
export const tabIdOf = (tab: CommitteeTab) => `committee-tab-${tab}`;

/**
 * The committee's views as a tab list. The choice lives in the address, so
 * back and forward move between tabs and a tab can be linked to; arrow keys,
 * Home and End move along the tabs as in any tab list.
 */
export function CommitteeTabs({ committeeId, current }: { committeeId: number; current: CommitteeTab }) {
  const buttons = useRef<Partial<Record<CommitteeTab, HTMLButtonElement | null>>>({});
  const choose = (tab: CommitteeTab) => { goTo(committeeHash(committeeId, tab)); };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const count = COMMITTEE_TABS.length;
    const target =
      event.key === 'ArrowRight' ? (index + 1) % count
      : event.key === 'ArrowLeft' ? (index - 1 + count) % count
      : event.key === 'Home' ? 0
      : event.key === 'End' ? count - 1
      : null;
    const next = target === null ? undefined : COMMITTEE_TABS[target];
    if (!next) return;
    event.preventDefault();
    choose(next.id);
    buttons.current[next.id]?.focus();
  };
  return (
    <div className="plan-tabs committee-tabs" role="tablist" aria-label="Views of the committee">
      {COMMITTEE_TABS.map((tab, index) => (
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
