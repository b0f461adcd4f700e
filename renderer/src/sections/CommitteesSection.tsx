import { SectionPage } from '../components/SectionPage';
import type { SectionProps } from '../sections';
import { CommitteeList } from './committees/CommitteeList';
import { CommitteePage } from './committees/CommitteePage';
import { tabFromAddress } from './committees/CommitteeTabs';
import './plans/plans.css';
import './committees/committees.css';

/** "#/committees" lists the committees; "#/committees/3" opens one, "#/committees/3/members" one of its tabs. */
export function CommitteesSection({ rest }: SectionProps) {
  const [first, second] = rest;
  const committeeId = Number(first);
  if (Number.isSafeInteger(committeeId) && committeeId > 0) {
    return <CommitteePage key={committeeId} committeeId={committeeId} tab={tabFromAddress(second)} />;
  }
  return (
    <SectionPage title="Committees" intro="Scrutiny committees and subgroups: their members for each municipal year, terms of reference and schedules of meetings.">
      <CommitteeList />
    </SectionPage>
  );
}
