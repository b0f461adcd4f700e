import { useId } from 'react';
import { REPORT_DEADLINE_BASES, REPORT_DEADLINE_DAYS, type MinuteNumbering, type ReportDeadlineBasis } from '../../../../shared/api/methods/settings';
import { useSettingsStore } from '../../stores/settings-store';
import { FieldError, SettingsField } from './SettingsField';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const NUMBERINGS: { value: MinuteNumbering; label: string; example: string }[] = [
  { value: 'municipal_year', label: 'By municipal year', example: 'numbers restart at 1 when the municipal year starts' },
  { value: 'calendar_year', label: 'By calendar year', example: 'numbers restart at 1 on 1 January' },
];

const BASIS_LABELS: Record<ReportDeadlineBasis, string> = {
  calendar_days: 'calendar days',
  working_days: 'working days (Monday to Friday)',
};

/** How minutes are numbered and when reports are due. */
export function NumberingRules() {
  const draft = useSettingsStore((state) => state.draft);
  const numberingError = useSettingsStore((state) => state.errors.minuteNumbering);
  const setField = useSettingsStore((state) => state.setField);
  const groupName = useId();
  if (!draft) return null;
  return (
    <>
      <fieldset className="settings-choice" aria-describedby="settings-minuteNumbering-hint">
        <legend>Minute numbering</legend>
        <p id="settings-minuteNumbering-hint" className="hint">Minute references such as CYP/OSG/18/12 run on across meetings and restart each year.</p>
        {numberingError && <FieldError id="settings-minuteNumbering-error" message={numberingError} />}
        {NUMBERINGS.map((option) => (
          <div className="settings-radio" key={option.value}>
            <input
              id={`settings-minuteNumbering-${option.value}`}
              type="radio"
              name={groupName}
              value={option.value}
              checked={draft.minuteNumbering === option.value}
              onChange={() => { setField('minuteNumbering', option.value); }}
            />
            <label htmlFor={`settings-minuteNumbering-${option.value}`}>
              {option.label} <span className="settings-radio__example">({option.example})</span>
            </label>
          </div>
        ))}
      </fieldset>
      <SettingsField field="municipalYearStartMonth" label="The municipal year starts in" hint="Usually May, after the annual council meeting. Committee memberships follow it too.">
        {(control) => (
          <select {...control} value={draft.municipalYearStartMonth} onChange={(event) => { setField('municipalYearStartMonth', Number(event.target.value)); }}>
            {MONTHS.map((month, index) => <option key={month} value={index + 1}>{month}</option>)}
          </select>
        )}
      </SettingsField>
      <fieldset className="settings-choice">
        <legend>Report deadline</legend>
        <div className="settings-row">
          <SettingsField field="reportDeadlineDays" label="Days before the meeting" hint={`From ${REPORT_DEADLINE_DAYS.min} to ${REPORT_DEADLINE_DAYS.max}.`}>
            {(control) => (
              <input
                {...control}
                className="settings-number"
                type="number"
                inputMode="numeric"
                min={REPORT_DEADLINE_DAYS.min}
                max={REPORT_DEADLINE_DAYS.max}
                step={1}
                value={draft.reportDeadlineDays}
                onChange={(event) => { setField('reportDeadlineDays', event.target.value); }}
              />
            )}
          </SettingsField>
          <SettingsField field="reportDeadlineBasis" label="Counted in">
            {(control) => (
              <select
                {...control}
                value={draft.reportDeadlineBasis}
                onChange={(event) => { setField('reportDeadlineBasis', REPORT_DEADLINE_BASES.find((basis) => basis === event.target.value) ?? draft.reportDeadlineBasis); }}
              >
                {REPORT_DEADLINE_BASES.map((basis) => <option key={basis} value={basis}>{BASIS_LABELS[basis]}</option>)}
              </select>
            )}
          </SettingsField>
        </div>
        <p className="settings-sentence">{deadlineSentence(draft.reportDeadlineDays, draft.reportDeadlineBasis)}</p>
      </fieldset>
    </>
  );
}

/** The rule in words: "Reports are due 11 days before each meeting." */
export function deadlineSentence(daysText: string, basis: ReportDeadlineBasis): string {
  const days = Number(daysText);
  if (daysText.trim() === '' || !Number.isInteger(days) || days < REPORT_DEADLINE_DAYS.min || days > REPORT_DEADLINE_DAYS.max) {
    return `Give a whole number of days from ${REPORT_DEADLINE_DAYS.min} to ${REPORT_DEADLINE_DAYS.max}.`;
  }
  if (days === 0) return 'Reports are due on the day of each meeting.';
  const unit = basis === 'working_days' ? 'working day' : 'day';
  const weekend = basis === 'calendar_days' ? ' (the Friday before, if that falls at a weekend)' : '';
  return `Reports are due ${days} ${unit}${days === 1 ? '' : 's'} before each meeting${weekend}.`;
}
