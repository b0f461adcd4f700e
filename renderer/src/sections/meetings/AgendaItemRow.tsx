import { useState } from 'react';
import type { AgendaItemWithPapers } from '../../../../shared/api/methods/meetings';
import { api } from '../../api/client';
import { todayIso } from '../plans/plan-words';
import { useFocusReturn } from '../plans/FormParts';
import { AgendaItemForm } from './AgendaItemForm';
import { KIND_NAMES, missingPaperText, steppedOrder } from './agenda-words';
import { ItemMarks } from './ItemMarks';
import { ItemPapers } from './ItemPapers';
import { useAgenda } from './use-agenda-actions';
import type { AgendaDrag } from './use-agenda-drag';
import type { Upload } from './use-file-papers';

type Props = {
  item: AgendaItemWithPapers;
  index: number;
  drag: AgendaDrag;
  upload: Upload | null;
  onFiles: (files: File[]) => Promise<void>;
};

/** One agenda item: its number, title, kind and who reports; its marks and papers; and its moves. */
export function AgendaItemRow({ item, index, drag, upload, onFiles }: Props) {
  const agenda = useAgenda();
  const { meeting, isOpen } = agenda;
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [editButton, returnFocus] = useFocusReturn<HTMLButtonElement>();
  const isExclusion = item.kind === 'exclusion_of_public';
  const isBusy = agenda.busy !== null;
  const ids = meeting.agendaItems.map((one) => one.id);
  // The exclusion of the public is placed by the agenda, so moves step over it.
  const placed = meeting.agendaItems.filter((one) => one.kind === 'exclusion_of_public').map((one) => one.id);
  const movable = ids.filter((one) => !placed.includes(one));
  const missing = missingPaperText(item, meeting.reportDeadline, todayIso());
  const headingId = `agenda-item-${item.id}`;
  const isLast = index === ids.length - 1;

  const classes = [
    'agenda-item',
    item.isExempt ? 'agenda-item--exempt' : '',
    isExclusion ? 'agenda-item--exclusion' : '',
    drag.draggingId === item.id ? 'agenda-item--dragging' : '',
    drag.draggingId !== null && drag.beforeId === item.id ? 'agenda-item--drop-before' : '',
    drag.draggingId !== null && drag.beforeId === null && isLast ? 'agenda-item--drop-after' : '',
    drag.fileTargetId === item.id ? 'agenda-item--file-target' : '',
  ].filter(Boolean).join(' ');

  const move = (delta: -1 | 1) => {
    void agenda.reorder(item, steppedOrder(ids, item.id, delta, placed), { itemId: item.id, control: delta === -1 ? 'up' : 'down' });
  };
  const remove = () => {
    void agenda.change(item.id, () => api.call('agendaItems/delete', { id: item.id }), () => `Deleted “${item.title}”.`).then((done) => {
      if (done === null) setMode('view');
    });
  };

  return (
    <li data-agenda-item={item.id} className={classes} {...drag.rowProps(item)}>
      {isOpen && !isExclusion ? (
        <span className="agenda-item__grip" title="Drag to move this item" aria-hidden="true" {...drag.gripProps(item)}>⠿</span>
      ) : (
        <span className="agenda-item__grip agenda-item__grip--none" aria-hidden="true" />
      )}
      <div className="agenda-item__body">
        <div className="agenda-item__head">
          <h3 id={headingId} tabIndex={-1}>
            <span className="agenda-item__number">{index + 1}.</span> {item.title}
          </h3>
          <span className="agenda-tags">
            {/* The kind is left unsaid where the title already says it ("Minutes"). */}
            {item.title.toLowerCase() !== KIND_NAMES[item.kind].toLowerCase() && <span className="agenda-tag">{KIND_NAMES[item.kind]}</span>}
            {item.isExempt && <span className="agenda-tag agenda-tag--exempt">Exempt</span>}
            {item.isToFollow && <span className="agenda-tag agenda-tag--follow">To follow</span>}
          </span>
        </div>
        {item.reportOf !== '' && <p className="agenda-item__meta">Report of {item.reportOf}</p>}
        {item.summary !== '' && <p className="agenda-item__summary">{item.summary}</p>}
        {isExclusion && <p className="hint">Kept immediately before the first exempt item: it moves with it, and goes when no item is exempt.</p>}
        {missing !== null && <p className="agenda-flag"><span className="agenda-flag__mark" aria-hidden="true">!</span>{missing}</p>}
        {item.isToFollow && item.papers.length === 0 && <p className="agenda-flag agenda-flag--follow">To follow: its papers go out later, in a supplementary pack.</p>}
        {mode === 'edit' ? (
          <AgendaItemForm meeting={meeting} item={item} onClose={() => { setMode('view'); returnFocus(); }} />
        ) : (
          <>
            {!isExclusion && isOpen && <ItemMarks item={item} />}
            {!isOpen && item.isExempt && <p className="agenda-item__meta">Exemption ground: {item.exemptGround || 'not chosen'}</p>}
            {!isExclusion && <ItemPapers item={item} upload={upload} onFiles={onFiles} />}
          </>
        )}
        {isOpen && mode !== 'edit' && (
          <div className="agenda-item__actions">
            {!isExclusion && (
              <>
                <button type="button" data-focus="up" className="button-secondary button-secondary--small" disabled={isBusy || movable[0] === item.id} onClick={() => { move(-1); }}>
                  <span aria-hidden="true">↑ </span>Move up<span className="visually-hidden"> “{item.title}”</span>
                </button>
                <button type="button" data-focus="down" className="button-secondary button-secondary--small" disabled={isBusy || movable.at(-1) === item.id} onClick={() => { move(1); }}>
                  <span aria-hidden="true">↓ </span>Move down<span className="visually-hidden"> “{item.title}”</span>
                </button>
              </>
            )}
            <button ref={editButton} type="button" data-focus="edit" className="button-secondary button-secondary--small" disabled={isBusy} onClick={() => { setMode('edit'); }}>
              Edit<span className="visually-hidden"> “{item.title}”</span>
            </button>
            {!isExclusion && mode === 'view' && (
              <button type="button" className="button-secondary button-secondary--small button-secondary--danger" disabled={isBusy} onClick={() => { setMode('delete'); }}>
                Delete…<span className="visually-hidden"> “{item.title}”</span>
              </button>
            )}
            {mode === 'delete' && (
              <span role="group" aria-label={`Delete “${item.title}”?`} className="agenda-confirm">
                <span>Delete this item? Its papers are taken off; the documents and files stay.</span>
                <button type="button" className="button-danger button-secondary--small" disabled={isBusy} onClick={remove}>Delete</button>
                <button type="button" className="button-secondary button-secondary--small" autoFocus onClick={() => { setMode('view'); }}>Keep it</button>
              </span>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
