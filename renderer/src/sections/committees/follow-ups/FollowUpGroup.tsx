import type { MeetingSummary } from '../../../../../shared/api/methods/meetings';
import type { FollowUpListing } from '../../../../../shared/api/methods/minutes';
import type { Person } from '../../../../../shared/api/methods/people';
import { longDate } from '../../../../../shared/format/dates';
import { hashFor } from '../../../sections';
import type { FormResult } from '../../plans/plan-call';
import { FollowUpRow } from './FollowUpRow';
import type { MeetingGroup } from './follow-up-words';
import type { FollowUpChange } from './use-tracker';

type Props = {
  group: MeetingGroup;
  people: readonly Person[];
  meetings: readonly MeetingSummary[];
  onChange: (change: FollowUpChange, describe: (saved: FollowUpListing) => string) => Promise<FormResult<FollowUpListing>>;
};

/** The follow-ups raised at one meeting, as a table. */
export function FollowUpGroup({ group, people, meetings, onChange }: Props) {
  const headingId = `fu-meeting-${String(group.meetingId)}`;
  const count = group.followUps.length;
  return (
    <section className="fu-group" aria-labelledby={headingId}>
      <div className="fu-group__header">
        <h3 id={headingId} className="fu-group__name">
          Raised at the meeting of <a href={hashFor('meetings', group.meetingId)}>{longDate(group.meetingDate)}</a>
        </h3>
        <span className="fu-group__count">{count === 1 ? '1 follow-up' : `${String(count)} follow-ups`}</span>
      </div>
      <div className="fu-table-wrap">
        <table className="fu-table">
          <caption className="visually-hidden">Follow-ups raised at the meeting of {longDate(group.meetingDate)}</caption>
          <colgroup>
            <col className="fu-col-minute" />
            <col />
            <col className="fu-col-owner" />
            <col className="fu-col-due" />
            <col className="fu-col-status" />
            <col className="fu-col-buttons" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Minute and decision</th>
              <th scope="col">Action</th>
              <th scope="col">Responsible</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {group.followUps.map((followUp) => (
              <FollowUpRow key={followUp.id} followUp={followUp} people={people} meetings={meetings} onChange={onChange} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
