import { useState } from 'react';
import type { MinuteEntryWithDecisions } from '../../../../../shared/api/methods/minutes';
import { shortDate } from '../../../../../shared/format/dates';
import { useMinutesEditing } from './minutes-context';
import { approvePromptWords } from './minutes-words';

/**
 * On the "Minutes" item: the previous minutes (the ones this meeting's pack
 * printed) approved in one step, which locks them and records the decision
 * on this minute.
 */
export function ApprovalPrompt({ entry }: { entry: MinuteEntryWithDecisions }) {
  const { meeting, minutes, isLocked, run, announce } = useMinutesEditing();
  const [isBusy, setBusy] = useState(false);
  const previous = minutes.previousMinutes;
  if (previous === null) return <p className="minutes-prompt minutes-prompt--done">No earlier meeting of the {meeting.committeeName} has minutes to approve.</p>;
  const date = shortDate(previous.meetingDate);
  if (previous.approval !== null) {
    const where = previous.approval.approvingMeetingId === meeting.id ? 'at this meeting' : `at the meeting of ${shortDate(previous.approval.approvingMeetingDate)}`;
    return <p className="minutes-prompt minutes-prompt--done">The minutes of {date} were approved as a correct record {where}.</p>;
  }
  if (isLocked) return null;

  const approve = async () => {
    setBusy(true);
    const approval = await run('minutes/approve', { meetingId: previous.meetingId, approvingMeetingId: meeting.id, recordOnMinuteEntryId: entry.id });
    setBusy(false);
    if (approval !== null) announce(`The minutes of ${date} are approved as a correct record and locked. The decision was added to minute ${entry.reference}.`);
  };
  return (
    <div className="minutes-prompt">
      <p>The minutes of the meeting held on {date} are on this agenda. Once the committee agrees them, record it here: they are then locked, and the decision is added below.</p>
      <button type="button" onClick={() => void approve()} disabled={isBusy}>{approvePromptWords(previous.meetingDate)}</button>
    </div>
  );
}
