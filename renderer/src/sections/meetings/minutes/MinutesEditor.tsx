import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MeetingDetail } from '../../../../../shared/api/methods/meetings';
import type { Minutes } from '../../../../../shared/api/methods/minutes';
import { AddEntryForm } from './AddEntryForm';
import { AttendancePanel } from './AttendancePanel';
import { EntryList } from './EntryList';
import { LockedBanner } from './LockedBanner';
import { MinutesContext, type MinutesEditing } from './minutes-context';
import { MinutesActions } from './MinutesActions';
import { useMinutes, type MinutesRead } from './use-minutes';
import './minutes.css';

export type MinutesEditorProps = {
  meeting: MeetingDetail;
  /** Called after a change the meeting page should show (the status, once the minutes are approved). */
  onChanged: () => void;
};

/** The minutes of a held meeting: attendance, minute entries with their discussion and decisions, and their approval. */
export function MinutesEditor({ meeting, onChanged }: MinutesEditorProps) {
  if (meeting.status === 'draft' || meeting.status === 'issued' || meeting.status === 'cancelled') {
    return (
      <section className="card minutes" aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">Minutes</h2>
        <p className="hint">
          {meeting.status === 'cancelled'
            ? 'This meeting was cancelled, so it has no minutes.'
            : 'The minutes are written here once the meeting has been held. Mark the meeting as held first.'}
        </p>
      </section>
    );
  }
  return <HeldMinutes meeting={meeting} onChanged={onChanged} />;
}

function HeldMinutes({ meeting, onChanged }: MinutesEditorProps) {
  const read = useMinutes(meeting.id);
  const [announcement, setAnnouncement] = useState('');
  // Saying the same words twice must still be heard: the text is cleared and set again.
  const announce = useCallback((message: string) => {
    setAnnouncement('');
    requestAnimationFrame(() => { setAnnouncement(message); });
  }, []);
  const minutes = read.loaded.value;
  const editing = useMemo<MinutesEditing | null>(
    () => (minutes === null ? null : { meeting, minutes, isLocked: minutes.approval !== null, run: read.run, announce }),
    [meeting, minutes, read.run, announce],
  );
  return (
    <section className="card minutes" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Minutes</h2>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
      {editing === null ? (
        <p className="hint">{read.loaded.isLoading ? 'Loading the minutes…' : 'The minutes could not be read.'}</p>
      ) : (
        <MinutesContext.Provider value={editing}>
          <MinutesBody read={read} onChanged={onChanged} />
        </MinutesContext.Provider>
      )}
    </section>
  );
}

function MinutesBody({ read, onChanged }: { read: MinutesRead; onChanged: () => void }) {
  const minutes = read.loaded.value as Minutes;
  const banner = useRef<HTMLDivElement>(null);
  const [isJustApproved, setJustApproved] = useState(false);
  const isLocked = minutes.approval !== null;
  // The controls just used are gone once the approval is read back: focus goes to the words saying why.
  useEffect(() => {
    if (!isJustApproved || banner.current === null) return;
    banner.current.focus();
    setJustApproved(false);
  }, [isJustApproved, isLocked]);
  const approved = () => {
    setJustApproved(true);
    onChanged();
    read.reload();
  };
  return (
    <>
      {minutes.approval !== null && <LockedBanner ref={banner} approval={minutes.approval} />}
      {!isLocked && <MinutesActions onApproved={approved} />}
      <AttendancePanel />
      <EntryList />
      {!isLocked && <AddEntryForm />}
    </>
  );
}
