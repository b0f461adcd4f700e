import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { MeetingDetail } from '../../../../shared/api/methods/meetings';
import type { PackKind } from '../../../../shared/api/methods/packs';
import { usePackStore, type EditionChoice, type FormatChoice } from '../../stores/pack-store';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { IssueConfirm } from './IssueConfirm';
import { PackChoiceGroup, type Choice } from './PackChoiceGroup';
import { PackResult } from './PackResult';
import { PackStatus } from './PackStatus';
import { folderBeside } from './pack-words';

const EDITION_CHOICES: readonly Choice<EditionChoice>[] = [
  { value: 'public', label: 'Public', hint: 'Exempt items show only their title and why they are exempt.' },
  { value: 'members', label: 'Members’', hint: 'Everything, including exempt papers.' },
  { value: 'both', label: 'Both' },
];
const FORMAT_CHOICES: readonly Choice<FormatChoice>[] = [
  { value: 'pdf', label: 'PDF', hint: 'Tagged and bookmarked, with pack page numbers.' },
  { value: 'docx', label: 'Word', hint: 'For editing; Word sets the pages.' },
  { value: 'both', label: 'Both' },
];

/** The "Meeting pack" panel: what to build, where to, and the build or issue under way. */
export function PackPanel({ meeting }: { meeting: MeetingDetail }) {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const choices = usePackStore((state) => state.choices);
  const choose = usePackStore((state) => state.choose);
  const start = usePackStore((state) => state.start);
  const isRunning = usePackStore((state) => state.run.phase === 'running');
  const [isConfirming, setConfirming] = useState(false);
  const [folderError, setFolderError] = useState<string | null>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const folderId = useId();
  const toFollow = meeting.agendaItems.filter((item) => item.isToFollow).length;
  const isClosed = meeting.status === 'held' || meeting.status === 'minuted';

  useEffect(() => {
    const store = usePackStore.getState();
    store.openMeeting(meeting.id, folderBeside(workspacePath));
    void store.loadIssued();
  }, [meeting.id, workspacePath]);

  const kindChoices: readonly Choice<PackKind>[] = [
    { value: 'main', label: 'Main pack', hint: 'The whole agenda.' },
    { value: 'supplementary', label: 'Supplementary pack', hint: `The papers of the ${toFollow === 1 ? 'item' : `${toFollow} items`} marked “to follow”.` },
  ];

  const build = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choices.outDir.trim() === '') {
      setFolderError('Give the folder to write the pack to.');
      folderInput.current?.focus();
      return;
    }
    void start('build');
  };

  return (
    <section className="card pack-panel" aria-labelledby="pack-heading">
      <h2 id="pack-heading">Meeting pack</h2>
      <p className="hint">Build a preview to check the pack, then issue it. An issued pack is kept in the workspace as a numbered version.</p>
      <form className="pack-form" noValidate onSubmit={build}>
        <div className="pack-choices">
          <PackChoiceGroup legend="Edition" choices={EDITION_CHOICES} value={choices.edition} isDisabled={isRunning} onChange={(value) => { choose('edition', value); }} />
          <PackChoiceGroup legend="Format" choices={FORMAT_CHOICES} value={choices.format} isDisabled={isRunning} onChange={(value) => { choose('format', value); }} />
          {toFollow > 0 && (
            <PackChoiceGroup legend="Pack" choices={kindChoices} value={choices.kind} isDisabled={isRunning} onChange={(value) => { choose('kind', value); }} />
          )}
        </div>
        <div className={folderError ? 'pack-folder pack-folder--error' : 'pack-folder'}>
          <label htmlFor={folderId}>Output folder</label>
          <p id={`${folderId}-hint`} className="hint">The full path of a folder. Previews are written here, and issued files are copied here. It is made if it does not exist; files of the same name are replaced.</p>
          {folderError && <p id={`${folderId}-error`} className="pack-error-text">{folderError}</p>}
          <input
            ref={folderInput}
            id={folderId}
            type="text"
            value={choices.outDir}
            spellCheck={false}
            autoComplete="off"
            disabled={isRunning}
            aria-invalid={folderError ? true : undefined}
            aria-describedby={folderError ? `${folderId}-hint ${folderId}-error` : `${folderId}-hint`}
            onChange={(event) => { choose('outDir', event.target.value); setFolderError(null); }}
          />
        </div>
        <div className="pack-actions">
          <button type="submit" disabled={isRunning}>Build preview</button>
          <button type="button" className="button-secondary" disabled={isRunning || isClosed} onClick={() => { setConfirming(true); }}>
            Issue pack…
          </button>
          {isClosed && <span className="hint">This meeting has been {meeting.status}, so its pack can no longer be issued. Issued versions can still be exported below.</span>}
        </div>
      </form>
      <PackStatus meetingId={meeting.id} />
      <PackResult meetingId={meeting.id} />
      {isConfirming && <IssueConfirm meeting={meeting} onClose={() => { setConfirming(false); }} />}
    </section>
  );
}
