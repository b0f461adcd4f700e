import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { Person } from '../../../../shared/api/methods/people';
import { personName, personRole } from './committee-words';

const MAX_SHOWN = 8;

type Props = {
  label: string;
  hint?: string;
  error?: string | null;
  people: readonly Person[];
  chosen: Person | null;
  onChoose: (person: Person | null) => void;
  /** A note beside a person in the list, such as "already chair this year". */
  noteOf?: (person: Person) => string | null;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * Search-as-you-type for a person (the ARIA combobox pattern): type part of a
 * name, job title or organisation, move with the arrow keys, Enter chooses,
 * Escape closes the list (or clears the text when it is already closed).
 */
export function PersonPicker({ label, hint, error, people, chosen, onChoose, noteOf, inputRef }: Props) {
  const id = useId();
  // What is typed while searching; null shows the chosen person's name.
  const [query, setQuery] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? (chosen ? personName(chosen) : '');
  const matches = matching(people, query ?? '');
  const shown = matches.slice(0, MAX_SHOWN);
  const activeIndex = Math.min(active, shown.length - 1);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', chosen ? `${id}-chosen` : ''].filter(Boolean).join(' ') || undefined;

  const choose = (person: Person) => {
    setQuery(null);
    setOpen(false);
    onChoose(person);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === 'Enter' && isOpen) {
      // Enter chooses from the open list rather than sending the form.
      event.preventDefault();
      const person = shown[activeIndex];
      if (person) choose(person);
    } else if (event.key === 'Escape') {
      if (isOpen) setOpen(false);
      else {
        setQuery('');
        onChoose(null);
      }
    }
  };

  return (
    <div className={['plan-field', 'person-picker', error ? 'plan-field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="plan-field__error">{error}</p>}
      <div className="person-picker__box">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={isOpen}
          aria-controls={`${id}-list`}
          aria-activedescendant={isOpen && shown[activeIndex] ? `${id}-option-${String(shown[activeIndex].id)}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required
          value={text}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
            if (chosen) onChoose(null);
          }}
          onFocus={() => { if (!chosen) setOpen(true); }}
          onClick={() => { setOpen(true); }}
          onBlur={() => { setOpen(false); }}
          onKeyDown={onKeyDown}
        />
        <ul id={`${id}-list`} role="listbox" aria-label={`${label}: matching people`} className="person-picker__list" hidden={!isOpen || shown.length === 0}>
          {shown.map((person, index) => {
            const note = noteOf?.(person) ?? null;
            return (
              <li
                key={person.id}
                id={`${id}-option-${String(person.id)}`}
                role="option"
                aria-selected={index === activeIndex}
                className="person-picker__option"
                // Choosing on mouse down keeps focus in the input (a click would blur it first and close the list).
                onMouseDown={(event) => { event.preventDefault(); choose(person); }}
                onMouseMove={() => { if (index !== activeIndex) setActive(index); }}
              >
                <span className="person-picker__name">{personName(person)}</span>
                {personRole(person) && <span className="person-picker__role">{personRole(person)}</span>}
                {note && <span className="person-picker__note">{note}</span>}
              </li>
            );
          })}
        </ul>
      </div>
      <p className="visually-hidden" role="status">{isOpen ? countWords(matches.length, query ?? '') : ''}</p>
      {chosen && personRole(chosen) && <p id={`${id}-chosen`} className="person-picker__chosen">{personRole(chosen)}</p>}
      {isOpen && matches.length === 0 && <p className="person-picker__none">{noneWords(query ?? '')}</p>}
      {isOpen && matches.length > MAX_SHOWN && <p className="person-picker__more">{matches.length - MAX_SHOWN} more: type more of the name to narrow the list.</p>}
    </div>
  );
}

/** People whose name, job title or organisation contain every word typed, by name. */
function matching(people: readonly Person[], query: string): Person[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return people.filter((person) => {
    const haystack = `${person.honorific} ${person.fullName} ${person.jobTitle} ${person.organisation}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

function noneWords(query: string): string {
  return query.trim() === ''
    ? 'There is no one in the people list yet: add them as a new person.'
    : `No one matches “${query.trim()}”. Check the spelling, or add them as a new person.`;
}

function countWords(count: number, query: string): string {
  if (count === 0) return query.trim() === '' ? 'There is no one to choose yet.' : `No one matches “${query}”.`;
  return `${count === 1 ? '1 person matches' : `${String(count)} people match`}. Use the up and down arrow keys to choose, then Enter.`;
}
