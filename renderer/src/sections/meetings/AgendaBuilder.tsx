import { useState } from 'react';
import type { AgendaDraft, AgendaItemWithPapers, MeetingDetail } from '../../../../shared/api/methods/meetings';
import { api } from '../../api/client';
import { useFocusReturn } from '../plans/FormParts';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemRow } from './AgendaItemRow';
import { AgendaContext, useAgendaActions, type AgendaActions } from './use-agenda-actions';
import { useAgendaDrag } from './use-agenda-drag';
import { useFilePapers, type FileOutcome } from './use-file-papers';

type Props = { meeting: MeetingDetail; reload: () => Promise<MeetingDetail | null> };

/** "Added 4 items: Minutes, … and Terms of Reference and Work Programme." */
export function draftSummary(draft: AgendaDraft): string {
  const titles = draft.added.map((item) => item.title);
  if (titles.length === 0) return 'Nothing to add: the agenda already has the minutes, the standing items and every work programme item scheduled for this meeting.';
  const list = titles.length === 1 ? titles[0] ?? '' : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1) ?? ''}`;
  const made = draft.documentsCreated.map((document) => `“${document.title}”`);
  const papers = made.length === 0 ? '' : ` Made ${made.length === 1 ? 'the paper' : `${made.length} papers`} the committee lacked: ${made.join(', ')}.`;
  return `Added ${titles.length} ${titles.length === 1 ? 'item' : 'items'}: ${list}.${papers}`;
}

/** A sentence for files added (and those that could not be). */
export function filesSummary(item: AgendaItemWithPapers, outcome: FileOutcome): string {
  const added = outcome.added.length === 0 ? '' : `Added ${outcome.added.map((name) => `“${name}”`).join(', ')} to “${item.title}”.`;
  return [added, ...outcome.problems].filter(Boolean).join(' ');
}

/** The agenda: drafted from the work programme, then ordered, marked and given its papers. */
export function AgendaBuilder({ meeting, reload }: Props) {
  const actions = useAgendaActions(meeting, reload);
  const { upload, addFiles } = useFilePapers();
  const [draftNote, setDraftNote] = useState('');
  const [isDrafting, setDrafting] = useState(false);
  const [isAdding, setAdding] = useState(false);
  const [addButton, returnFocus] = useFocusReturn<HTMLButtonElement>();
  const ids = meeting.agendaItems.map((item) => item.id);

  const onFiles = async (item: AgendaItemWithPapers, files: File[]) => {
    const outcome = await addFiles(item, files);
    await reload();
    actions.announce(filesSummary(item, outcome));
  };
  const drag = useAgendaDrag({
    ids,
    isOpen: actions.isOpen,
    onReorder: (item, order) => void actions.reorder(item, order),
    onFiles: (item, files) => void onFiles(item, files),
  });

  const draft = async () => {
    setDraftNote('');
    setDrafting(true);
    const result = await actions.change('agenda', () => api.call('agendaItems/draft', { meetingId: meeting.id }), draftSummary);
    setDrafting(false);
    if (result) setDraftNote(draftSummary(result));
  };

  return (
    <AgendaContext.Provider value={actions}>
      <section id="meeting-agenda" className="card meeting-anchor agenda" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <p className="visually-hidden" role="status" aria-live="polite">{actions.message}</p>
        {actions.isOpen ? (
          <div className="agenda-toolbar">
            <button type="button" disabled={actions.busy !== null} aria-busy={isDrafting} onClick={() => void draft()}>
              {isDrafting ? 'Drafting…' : 'Draft agenda from the work programme'}
            </button>
            {!isAdding && (
              <button ref={addButton} type="button" className="button-secondary" disabled={actions.busy !== null} onClick={() => { setAdding(true); }}>
                Add an item
              </button>
            )}
            <p className="hint">
              Drafting adds the minutes of the last meeting, this meeting’s items from the work programme, the recommendations monitor and the terms of reference and work programme; anything already on the agenda is left as it is. Drag an item by its grip, or use Move up and Move down. Drop files on an item to add them as papers.
            </p>
          </div>
        ) : (
          <p className="hint">{meeting.status === 'minuted' ? 'The meeting is minuted, so its agenda is part of the record and cannot change.' : 'The meeting was cancelled, so its agenda is kept as it stood. Reinstate the meeting to change it.'}</p>
        )}
        {actions.isOpen && draftNote !== '' && <p className="meeting-note agenda-draft-note">{draftNote}</p>}
        {isAdding && (
          <AgendaItemForm
            meeting={meeting}
            item={null}
            onClose={() => { setAdding(false); returnFocus(); }}
          />
        )}
        {meeting.agendaItems.length === 0 ? (
          <p className="agenda-empty">No items yet. Draft the agenda from the work programme, or add items one by one.</p>
        ) : (
          <AgendaList actions={actions} drag={drag} upload={upload} onFiles={onFiles} />
        )}
      </section>
    </AgendaContext.Provider>
  );
}

type ListProps = {
  actions: AgendaActions;
  drag: ReturnType<typeof useAgendaDrag>;
  upload: ReturnType<typeof useFilePapers>['upload'];
  onFiles: (item: AgendaItemWithPapers, files: File[]) => Promise<void>;
};

function AgendaList({ actions, drag, upload, onFiles }: ListProps) {
  const items = actions.meeting.agendaItems;
  return (
    <ol className="agenda-list" aria-label="Agenda items">
      {items.map((item, index) => (
        <AgendaItemRow
          key={item.id}
          item={item}
          index={index}
          drag={drag}
          upload={upload?.itemId === item.id ? upload : null}
          onFiles={(files) => onFiles(item, files)}
        />
      ))}
    </ol>
  );
}
