import type { CommitteeDetail } from '../../../../shared/api/methods/committees';
import { SectionPage } from '../../components/SectionPage';
import { hashFor } from '../../sections';
import { FollowUpTracker } from './follow-ups/FollowUpTracker';
import { WorkProgrammeBoard } from './work-programme/WorkProgrammeBoard';
import { personName } from './committee-words';
import { CommitteeTabs, panelIdOf, tabIdOf, type CommitteeTab } from './CommitteeTabs';
import { DetailsPanel } from './DetailsPanel';
import { MeetingsPanel } from './MeetingsPanel';
import { MembersPanel } from './MembersPanel';
import { TermsPanel } from './TermsPanel';
import { useLiveRead } from './use-live-read';
import '../plans/plans.css';
import './committees.css';

/** One committee: who it is, then its details, members, terms of reference, meetings, work programme and follow-ups as tabs. */
export function CommitteePage({ committeeId, tab }: { committeeId: number; tab: CommitteeTab }) {
  const committee = useLiveRead('committees/get', { id: committeeId });
  if (!committee.value) {
    return (
      <SectionPage title="Committee">
        <p>{committee.error ?? 'Loading the committee…'}</p>
        <p className="pack-back"><a href={hashFor('committees')}>All committees</a></p>
      </SectionPage>
    );
  }
  const detail = committee.value;
  return (
    <SectionPage title={detail.name}>
      <div className="committee-page">
        <p className="pack-back"><a href={hashFor('committees')}>All committees</a></p>
        <CommitteeSummaryLine committee={detail} />
        <CommitteeTabs committeeId={committeeId} current={tab} />
        <div className="plan-panel committee-panel" role="tabpanel" id={panelIdOf(tab)} aria-labelledby={tabIdOf(tab)}>
          <TabPanel tab={tab} committee={detail} onSaved={committee.set} />
        </div>
      </div>
    </SectionPage>
  );
}

type PanelProps = { tab: CommitteeTab; committee: CommitteeDetail; onSaved: (committee: CommitteeDetail) => void };

function TabPanel({ tab, committee, onSaved }: PanelProps) {
  switch (tab) {
    case 'details':
      return <DetailsPanel committee={committee} onSaved={onSaved} />;
    case 'members':
      return <MembersPanel committee={committee} />;
    case 'terms':
      return <TermsPanel committee={committee} onSaved={onSaved} />;
    case 'meetings':
      return <MeetingsPanel committee={committee} />;
    case 'work-programme':
      return <WorkProgrammeBoard committeeId={committee.id} />;
    case 'follow-ups':
      return <FollowUpTracker committeeId={committee.id} />;
  }
}

/** The facts that say which committee this is, above the tabs. */
function CommitteeSummaryLine({ committee }: { committee: CommitteeDetail }) {
  return (
    <dl className="committee-facts">
      <div>
        <dt>Minute prefix</dt>
        <dd><span className="committee-prefix-text">{committee.minutePrefix}</span></dd>
      </div>
      <div>
        <dt>Parent committee</dt>
        <dd>{committee.parentId === null ? 'None' : <a href={hashFor('committees', committee.parentId)}>{committee.parentName}</a>}</dd>
      </div>
      <div>
        <dt>Contact officer</dt>
        <dd>{committee.contactOfficer ? personName(committee.contactOfficer) : 'None yet'}</dd>
      </div>
      {committee.isExecutive && (
        <div>
          <dt>Kind</dt>
          <dd>Executive body</dd>
        </div>
      )}
      {committee.archivedAt !== null && (
        <div>
          <dt>Status</dt>
          <dd><span className="plan-flag">Archived</span></dd>
        </div>
      )}
    </dl>
  );
}
