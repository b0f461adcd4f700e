import { useId, useRef, useState } from 'react';
import type { MinuteEntryWithDecisions } from '../../../../../shared/api/methods/minutes';
import { ApprovalPrompt } from './ApprovalPrompt';
import { DecisionList } from './DecisionList';
import { DiscussionField } from './DiscussionField';
import { EntryTools } from './EntryTools';
import { useMinutesEditing } from './minutes-context';
import type { EntryDrag } from './use-entry-drag';

type Props = {
  entry: MinuteEntryWithDecisions;
  index: number;
  count: number;
  onMove: (entryId: number, toIndex: number) => Promise<boolean>;
  drag: EntryDrag;
  /** Where a drop would land, for the line drawn there. */
  dropLine: 'before' | 'after' | null;
};

/** One minute: its reference and heading, whether the public was excluded, the discussion and the decisions. */
export function EntryCard({ entry, index, count, onMove, drag, dropLine }: Props) {
  const { meeting, isLocked } = useMinutesEditing();
  const headingId = useId();
  const agendaItem = meeting.agendaItems.find((item) => item.id === entry.agendaItemId);
  const classes = [
    'minutes-entry',
    drag.draggingId === entry.id ? 'minutes-entry--dragging' : '',
    dropLine === null ? '' : `minutes-entry--drop-${dropLine}`,
  ].filter(Boolean).join(' ');

  return (
    <li className={classes} aria-labelledby={headingId} {...(isLocked ? {} : drag.targetProps(index))}>
      <div className="minutes-entry__head">
        {!isLocked && (
          <span className="minutes-entry__handle" title="Drag to move this minute" aria-hidden="true" {...drag.handleProps(entry)}>
            ⠿
          </span>
        )}
        <h4 id={headingId} className="minutes-entry__title">
          <span className="minutes-entry__ref">{entry.reference}</span>{' '}
          {/* While the heading can be edited, the box shows it; the heading still names the minute for screen readers. */}
          <span className={isLocked ? undefined : 'visually-hidden'}>{entry.heading}</span>
        </h4>
        {isLocked ? (
          entry.isPublicExcluded && <span className="tag">Public excluded</span>
        ) : (
          <HeadingField entry={entry} />
        )}
      </div>
      {agendaItem && <p className="minutes-entry__item">Agenda item {agendaItem.position}: {agendaItem.title}</p>}
      {!isLocked && <EntryTools entry={entry} index={index} count={count} onMove={onMove} />}
      {agendaItem?.kind === 'minutes' && <ApprovalPrompt entry={entry} />}
      <DiscussionField entry={entry} />
      <DecisionList entry={entry} />
    </li>
  );
}

/** The heading, changed in place; saved when the box is left or Enter is pressed. */
function HeadingField({ entry }: { entry: MinuteEntryWithDecisions }) {
  const { run, announce } = useMinutesEditing();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [heading, setHeading] = useState(entry.heading);
  const [shown, setShown] = useState(entry.heading);
  const [error, setError] = useState<string | null>(null);
  if (shown !== entry.heading) {
    setShown(entry.heading);
    setHeading(entry.heading);
  }
  const save = async () => {
    if (heading.trim() === entry.heading) return;
    if (heading.trim() === '') {
      setError('A minute needs a heading. Type one, or delete the minute.');
      return;
    }
    setError(null);
    if ((await run('minutes/updateEntry', { id: entry.id, heading: heading.trim() })) !== null) announce(`Heading of minute ${entry.reference} saved.`);
  };
  return (
    <div className="minutes-entry__heading">
      <label htmlFor={id} className="visually-hidden">Heading of minute {entry.reference}</label>
      <input
        ref={input}
        id={id}
        type="text"
        value={heading}
        maxLength={300}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => { setHeading(event.target.value); }}
        onBlur={() => void save()}
        onKeyDown={(event) => { if (event.key === 'Enter') void save(); }}
      />
      {error && <p id={`${id}-error`} className="minutes-error">{error}</p>}
    </div>
  );
}
