import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import type { NonWorkingDay, NonWorkingDayChange } from '../../../../shared/api/methods/calendar';
import { longDate } from '../../../../shared/format/dates';
import { api } from '../../api/client';
import { callOrToast } from '../../stores/call';
import './non-working-days.css';

/** Years either side of this one: enough to plan a municipal year ahead and look back at last year's meetings. */
const YEARS_BEFORE = 2;
const YEARS_AFTER = 4;

type FormErrors = { date?: string; name?: string; other?: string };

/**
 * Settings › Non-working days: the year's bank holidays (built in) and the
 * authority's own closure days, which the statutory timetable skips as well.
 */
export function NonWorkingDays({ workspacePath }: { workspacePath: string }) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [revision, setRevision] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; yearKey: string; days: NonWorkingDay[] | null } | null>(null);
  const [result, setResult] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const yearId = useId();
  const yearKey = `${workspacePath}#${year}`;
  const key = `${yearKey}#${revision}`;

  useEffect(() => {
    let isCurrent = true;
    void callOrToast('calendar/nonWorkingDays', { from: `${year}-01-01`, to: `${year}-12-31` }).then((days) => { if (isCurrent) setLoaded({ key, yearKey, days }); });
    return () => { isCurrent = false; };
  }, [key, yearKey, year]);

  const changed = (verb: 'Added' | 'Removed', change: NonWorkingDayChange) => {
    setResult(`${verb} ${longDate(change.day.date)} (${change.day.name}).${movedPhrase(change.reportDeadlinesMoved)}`);
    setRevision((count) => count + 1);
  };
  const added = (change: NonWorkingDayChange) => {
    // Show the year the new day is in, so the officer sees it listed.
    setYear(Number(change.day.date.slice(0, 4)));
    changed('Added', change);
  };
  const removed = (change: NonWorkingDayChange) => {
    changed('Removed', change);
    // The row that had focus is gone; the list's heading is the nearest place to carry on from.
    listHeading.current?.focus();
  };

  const years = Array.from({ length: YEARS_BEFORE + YEARS_AFTER + 1 }, (_, index) => thisYear - YEARS_BEFORE + index);
  if (!years.includes(year)) years.push(year);
  // After an addition or removal the list stays in view while it is read again, rather than blinking out.
  const days = loaded !== null && (loaded.key === key || loaded.yearKey === yearKey) ? loaded.days : null;
  return (
    <div className="nwd">
      <p className="hint">Weekends never count as working days. Bank holidays for England and Wales are built in; add the days the authority’s offices close as well, and the timetable skips them too. Report deadlines of draft meetings follow.</p>
      <div className="nwd-field">
        <label htmlFor={yearId}>Year</label>
        <select id={yearId} value={year} onChange={(event) => { setYear(Number(event.target.value)); }}>
          {years.sort((a, b) => a - b).map((option) => <option key={option} value={option}>{option}</option>)}
        </select>
      </div>
      <h3 ref={listHeading} tabIndex={-1} className="nwd-heading">Non-working days in {year}</h3>
      {days ? <DayTable year={year} days={days} onRemoved={removed} /> : <p>{loaded?.key === key ? 'The days could not be read.' : 'Reading the days…'}</p>}
      <AddDayForm onAdded={added} />
      <p className="nwd-result" aria-live="polite">{result}</p>
    </div>
  );
}

function DayTable({ year, days, onRemoved }: { year: number; days: readonly NonWorkingDay[]; onRemoved: (change: NonWorkingDayChange) => void }) {
  const hasBankHolidays = days.some((day) => day.source === 'bank_holiday');
  return (
    <>
      {!hasBankHolidays && (
        <p className="nwd-note">No bank holidays are built in for {year}. Add them below as the authority’s own days so the timetable counts them.</p>
      )}
      {days.length > 0 && (
        <table className="nwd-table">
          <caption className="visually-hidden">Non-working days in {year}, by date</caption>
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Name</th><th scope="col">Kind</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{longDate(day.date)}</th>
                <td>{day.name}</td>
                <td>{day.source === 'bank_holiday' ? <span className="nwd-kind nwd-kind--bank">Bank holiday</span> : <span className="nwd-kind">Authority’s own day</span>}</td>
                <td>{day.source === 'authority' ? <RemoveDay day={day} onRemoved={onRemoved} /> : <span className="hint">Built in</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Remove, after asking: a removed day moves report deadlines back. */
function RemoveDay({ day, onRemoved }: { day: NonWorkingDay; onRemoved: (change: NonWorkingDayChange) => void }) {
  const [phase, setPhase] = useState<'idle' | 'confirming' | 'busy'>('idle');
  const what = `${longDate(day.date)} (${day.name})`;
  const remove = async () => {
    setPhase('busy');
    const change = await callOrToast('calendar/removeNonWorkingDay', { date: day.date });
    if (change) onRemoved(change);
    else setPhase('idle');
  };
  if (phase === 'idle') {
    return (
      <button type="button" className="button-secondary button-secondary--small" onClick={() => { setPhase('confirming'); }}>
        Remove…<span className="visually-hidden"> {what}</span>
      </button>
    );
  }
  return (
    <span className="nwd-confirm" role="group" aria-label={`Remove ${what}?`}>
      <span>Remove this day?</span>
      {/* Focus moves here so the keyboard user lands on the question they just asked for. */}
      <button type="button" className="button-secondary button-secondary--small button-secondary--danger" autoFocus disabled={phase === 'busy'} onClick={() => void remove()}>
        Remove<span className="visually-hidden"> {what}</span>
      </button>
      <button type="button" className="button-secondary button-secondary--small" disabled={phase === 'busy'} onClick={() => { setPhase('idle'); }}>Keep it</button>
    </span>
  );
}

/** Date and name of a new day; the engine's refusal (a weekend, a bank holiday, a day already there) is shown against the field it is about. */
function AddDayForm({ onAdded }: { onAdded: (change: NonWorkingDayChange) => void }) {
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [isBusy, setBusy] = useState(false);
  const dateInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (date === '') {
      setErrors({ date: 'Give the date of the day, for example 24 December.' });
      dateInput.current?.focus();
      return;
    }
    setBusy(true);
    const result = await api.call('calendar/addNonWorkingDay', { date, name: name.trim() });
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setDate('');
      setName('');
      onAdded(result.value);
      return;
    }
    const refused = errorsOf(result.error.message);
    setErrors(refused);
    if (refused.date) dateInput.current?.focus();
    else if (refused.name) nameInput.current?.focus();
  };

  return (
    <form className="nwd-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>Add a non-working day</legend>
        <div className="nwd-form__row">
          <Field id={`${id}-date`} label="Date" error={errors.date}>
            {(control) => <input {...control} ref={dateInput} type="date" value={date} onChange={(event) => { setDate(event.target.value); setErrors({}); }} />}
          </Field>
          <Field id={`${id}-name`} label="Name" hint="For example “Council closure day”." error={errors.name}>
            {(control) => <input {...control} ref={nameInput} type="text" value={name} maxLength={200} onChange={(event) => { setName(event.target.value); setErrors({}); }} />}
          </Field>
          <button type="submit" className="nwd-form__submit" disabled={isBusy}>Add day</button>
        </div>
        {errors.other && <p role="alert" className="nwd-error">{errors.other}</p>}
      </fieldset>
    </form>
  );
}

type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error: string | undefined; children: (control: ControlProps) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'nwd-field nwd-field--error' : 'nwd-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="nwd-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
    </div>
  );
}

/** Splits a refusal such as "Invalid input for calendar/addNonWorkingDay: name: Give a name…" or "date: Saturday… is at a weekend…" by field. */
function errorsOf(message: string): FormErrors {
  const detail = message.replace(/^Invalid input for [^:]+: /, '');
  const errors: FormErrors = {};
  for (const part of detail.split('; ')) {
    const match = /^(date|name): (.+)$/s.exec(part);
    if (match?.[1] === 'date' && errors.date === undefined) errors.date = match[2];
    else if (match?.[1] === 'name' && errors.name === undefined) errors.name = match[2];
    else errors.other = errors.other ? `${errors.other} ${part}` : part;
  }
  return errors;
}

function movedPhrase(count: number): string {
  if (count === 0) return '';
  return ` ${count} report deadline${count === 1 ? '' : 's'} moved.`;
}

