import { longDate } from '../../../../shared/format/dates';
import type { OverdueFollowUp } from '../../../../shared/api/methods/dashboard';
import { hashFor } from '../../sections';

/** The "Overdue follow-ups" card: open follow-ups whose due date has passed, oldest first. */
export function OverdueFollowUps({ followUps }: { followUps: readonly OverdueFollowUp[] }) {
  return (
    <section className="card home-card" aria-labelledby="home-follow-ups-heading">
      <h2 id="home-follow-ups-heading">Overdue follow-ups</h2>
      {followUps.length === 0 ? (
        <p>No follow-ups are overdue.</p>
      ) : (
        <ul className="home-list">
          {followUps.map((followUp) => (
            <li key={followUp.followUpId}>
              <span className="home-list__what">{followUp.description}</span>
              <span className="home-note">
                {followUp.ownerName || 'No owner'} · due {longDate(followUp.dueDate)} · {followUp.committeeName},{' '}
                <a href={hashFor('meetings', followUp.meetingId)}>minute {followUp.minuteReference}</a>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
