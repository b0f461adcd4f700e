import { AddressTabs, panelIdFor, tabIdFor } from '../../components/AddressTabs';
import { hashFor } from '../../sections';

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

export const panelIdOf = (tab: CommitteeTab) => panelIdFor('committee', tab);
export const tabIdOf = (tab: CommitteeTab) => tabIdFor('committee', tab);

/** The committee's views as tabs (the shared AddressTabs): the choice lives in the address. */
export function CommitteeTabs({ committeeId, current }: { committeeId: number; current: CommitteeTab }) {
  return (
    <AddressTabs
      tabs={COMMITTEE_TABS}
      current={current}
      label="Views of the committee"
      hashOf={(tab) => committeeHash(committeeId, tab)}
      idPrefix="committee"
      className="committee-tabs"
    />
  );
}
