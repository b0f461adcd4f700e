import { useEffect, useRef } from 'react';
import type { MeetingDetail } from '../../../../shared/api/methods/meetings';
import { dateFromIso, formatDate, formatLongDate } from '../../../../shared/format/dates';
import { usePackStore } from '../../stores/pack-store';
import { editionPhrase, formatPhrase, KIND_NAMES, nextVersions, versionPhrase } from './pack-words';

type Props = { meeting: MeetingDetail; onClose: () => void };

/** Asks before issuing: an issued version is kept for good, and a main pack sets the agenda issue date. */
export function IssueConfirm({ meeting, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const goBack = useRef<HTMLButtonElement>(null);
  const choices = usePackStore((state) => state.choices);
  const issued = usePackStore((state) => state.issued);
  const start = usePackStore((state) => state.start);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    // Issuing cannot be undone, so Enter straight after opening must not do it.
    goBack.current?.focus();
    return () => { element.close(); };
  }, []);

  const next = nextVersions(choices, issued ?? []);
  const versions = versionPhrase(next);
  const isOneVersion = next.every((one) => one.version === next[0]?.version);
  const outDir = choices.outDir.trim();
  const issueDate = choices.kind === 'main'
    ? `The agenda issue date will be set to today, ${formatLongDate(new Date())}.`
    : `The agenda issue date stays ${meeting.agendaIssueDate ? `as ${formatDate(dateFromIso(meeting.agendaIssueDate))}` : 'unset'}: a supplementary pack goes out later than the agenda.`;

  const confirm = () => {
    onClose();
    void start('issue');
  };

  return (
    <dialog ref={dialog} className="pack-dialog" aria-labelledby="pack-dialog-heading" aria-describedby="pack-dialog-what" onCancel={onClose}>
      <h2 id="pack-dialog-heading">Issue the pack?</h2>
      <p id="pack-dialog-what">
        The {KIND_NAMES[choices.kind].toLowerCase()} ({editionPhrase(choices.edition)}, {formatPhrase(choices.format)}) will be stored in this workspace as {versions}. {issueDate}
      </p>
      <p>{outDir === '' ? 'No output folder is given, so the files are only stored in the workspace; export them from the issued versions.' : `A copy of each file is also written to ${outDir}.`}</p>
      <p className="hint">An issued version cannot be changed. To correct a pack, issue it again as a new version.</p>
      <div className="pack-actions">
        <button type="button" onClick={confirm}>{isOneVersion ? `Issue ${versions}` : 'Issue the pack'}</button>
        <button type="button" className="button-secondary" onClick={onClose} ref={goBack}>Go back</button>
      </div>
    </dialog>
  );
}
