import { useId, useState } from 'react';
import type { AgendaItemWithPapers } from '../../../../shared/api/methods/meetings';
import { api } from '../../api/client';
import { EXEMPTION_PARAGRAPHS, groundChoiceOf, groundOfParagraph } from './agenda-words';
import { useAgenda } from './use-agenda-actions';

/** Exempt (with its Schedule 12A paragraph) and "to follow": each saved as soon as it is changed. */
export function ItemMarks({ item }: { item: AgendaItemWithPapers }) {
  const agenda = useAgenda();
  const id = useId();
  const isDisabled = !agenda.isOpen || agenda.busy !== null;
  const storedChoice = groundChoiceOf(item.exemptGround);
  // The choice shows at once ("another ground" before anything is typed), and follows the stored ground when it changes.
  const [choice, setChoice] = useState(storedChoice);
  const [otherGround, setOtherGround] = useState(storedChoice === 'other' ? item.exemptGround : '');
  const [seenGround, setSeenGround] = useState(item.exemptGround);
  if (seenGround !== item.exemptGround) {
    setSeenGround(item.exemptGround);
    setChoice(storedChoice);
    if (storedChoice === 'other') setOtherGround(item.exemptGround);
  }
  const shownChoice = choice;
  // A ticked box shows ticked at once; the stored value takes over once the agenda is read again.
  const [pending, setPending] = useState<{ isExempt?: boolean; isToFollow?: boolean }>({});
  const [seenItem, setSeenItem] = useState(item);
  if (seenItem !== item) {
    setSeenItem(item);
    setPending({});
  }
  const isExempt = pending.isExempt ?? item.isExempt;
  const isToFollow = pending.isToFollow ?? item.isToFollow;
  const mark = (values: { isExempt: boolean } | { isToFollow: boolean }, done: string, control: string) => {
    setPending((before) => ({ ...before, ...values }));
    void update(values, done, control).then((saved) => { if (saved === null) setPending({}); });
  };

  const update = (values: { isExempt?: boolean; exemptGround?: string; isToFollow?: boolean }, done: string, control: string) =>
    agenda.change(item.id, () => api.call('agendaItems/update', { id: item.id, ...values }), () => done, { itemId: item.id, control });

  const chooseGround = (value: string) => {
    setChoice(value);
    if (value === 'other') return;
    const ground = value === '' ? '' : groundOfParagraph(Number(value));
    void update({ exemptGround: ground }, value === '' ? `The ground of “${item.title}” is cleared.` : `“${item.title}” is exempt under paragraph ${value} of Schedule 12A.`, 'ground')
      .then((saved) => { if (saved === null) setChoice(storedChoice); });
  };

  return (
    <div className="agenda-marks">
      <div className="agenda-check">
        <input
          id={`${id}-exempt`}
          type="checkbox"
          data-focus="exempt"
          checked={isExempt}
          disabled={isDisabled}
          onChange={(event) => { mark({ isExempt: event.target.checked }, event.target.checked ? `“${item.title}” is marked exempt.` : `“${item.title}” is no longer exempt.`, 'exempt'); }}
        />
        <label htmlFor={`${id}-exempt`}>Exempt (not for publication)</label>
      </div>
      <div className="agenda-check">
        <input
          id={`${id}-follow`}
          type="checkbox"
          data-focus="follow"
          checked={isToFollow}
          disabled={isDisabled}
          onChange={(event) => { mark({ isToFollow: event.target.checked }, event.target.checked ? `“${item.title}” is marked to follow.` : `“${item.title}” is no longer to follow.`, 'follow'); }}
        />
        <label htmlFor={`${id}-follow`}>To follow (papers go out later)</label>
      </div>
      {item.isExempt && isExempt && (
        <div className="agenda-ground">
          <label htmlFor={`${id}-ground`}>Exemption ground</label>
          <select id={`${id}-ground`} data-focus="ground" value={shownChoice} disabled={isDisabled} aria-describedby={storedChoice === '' ? `${id}-ground-missing` : undefined} onChange={(event) => { chooseGround(event.target.value); }}>
            <option value="">Not chosen yet</option>
            {EXEMPTION_PARAGRAPHS.map((paragraph) => (
              <option key={paragraph.number} value={String(paragraph.number)}>Paragraph {paragraph.number}: {paragraph.description}</option>
            ))}
            <option value="other">Another ground (write it)</option>
          </select>
          {shownChoice === 'other' && (
            <form
              className="agenda-ground__other"
              onSubmit={(event) => {
                event.preventDefault();
                void update({ exemptGround: otherGround.trim() }, `The ground of “${item.title}” is saved.`, 'ground');
              }}
            >
              <label htmlFor={`${id}-other`} className="visually-hidden">The ground, in words</label>
              <input id={`${id}-other`} type="text" value={otherGround} disabled={isDisabled} placeholder="The ground, in words" onChange={(event) => { setOtherGround(event.target.value); }} />
              <button type="submit" className="button-secondary button-secondary--small" disabled={isDisabled || otherGround.trim() === ''}>Save ground</button>
            </form>
          )}
          {storedChoice === '' && (
            <p id={`${id}-ground-missing`} className="agenda-flag agenda-flag--ground">
              <span className="agenda-flag__mark" aria-hidden="true">!</span>No ground yet: the public pack cannot be issued until the paragraph of Schedule 12A is chosen.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
