import { useId } from 'react';
import type { ReportCoverSheet } from '../../../../shared/api/methods/documents';
import { longDate } from '../../../../shared/format/dates';
import { EditableRows, TextField } from './CoverSheetFields';

type Props = {
  sheet: ReportCoverSheet;
  onChange: (sheet: ReportCoverSheet) => void;
  /** A final report's sheet: every field shown, none can be changed. */
  isReadOnly?: boolean;
};
type Officer = NonNullable<ReportCoverSheet['contactOfficers']>[number];
type Priority = NonNullable<ReportCoverSheet['strategyAlignment']>[number];

/** Every field of a report's cover sheet, as councils print it before the numbered sections. */
export function CoverSheetForm({ sheet, onChange, isReadOnly = false }: Props) {
  const id = useId();
  const set = <K extends keyof ReportCoverSheet>(key: K, value: ReportCoverSheet[K]) => { onChange({ ...sheet, [key]: value }); };
  const text = (key: 'reportTo' | 'meetingDate' | 'subject' | 'reportOf' | 'summary' | 'wardsAffected' | 'exemptGround') => sheet[key] ?? '';
  return (
    // A disabled fieldset turns off every box and button inside it, the add and remove buttons included.
    <fieldset className="settings-form doc-cover__form" disabled={isReadOnly}>
      <div className="doc-cover__pair">
        <TextField label="Report to" value={text('reportTo')} maxLength={300} hint="The committee, e.g. Improvement Subgroup." onChange={(value) => { set('reportTo', value); }} />
        <TextField label="Date of meeting" type="date" value={text('meetingDate')} maxLength={10} after={dateWords(text('meetingDate'))} onChange={(value) => { set('meetingDate', value === '' ? undefined : value); }} />
      </div>
      <TextField label="Subject" value={text('subject')} maxLength={500} onChange={(value) => { set('subject', value); }} />
      <TextField label="Report of" value={text('reportOf')} maxLength={300} hint="The officer or role presenting it, e.g. Strategic Director of Children and Families." onChange={(value) => { set('reportOf', value); }} />
      <fieldset>
        <legend>Type of report</legend>
        {(
          [
            ['for_information', 'For information'],
            ['for_resolution', 'For resolution'],
          ] as const
        ).map(([value, label]) => (
          <div key={value} className="settings-radio">
            <input type="radio" id={`${id}-${value}`} name={`${id}-type`} checked={sheet.reportType === value} onChange={() => { set('reportType', value); }} />
            <label htmlFor={`${id}-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <TextField label="Summary" isMultiline value={text('summary')} maxLength={20_000} onChange={(value) => { set('summary', value); }} />
      <EditableRows
        legend="Recommendations"
        hint="What the committee is asked to do, one recommendation to a row."
        noun="recommendation"
        rows={sheet.recommendations ?? []}
        max={100}
        blank={() => ''}
        onChange={(rows) => { set('recommendations', rows); }}
        renderRow={(row, update, position) => <TextField label={`Recommendation ${position}`} isMultiline value={row} maxLength={5_000} onChange={update} />}
      />
      <TextField label="Wards affected" value={text('wardsAffected')} maxLength={1_000} hint="“All”, or the wards by name." onChange={(value) => { set('wardsAffected', value); }} />
      <EditableRows<Priority>
        legend="Alignment to the council’s priorities"
        noun="priority"
        rows={sheet.strategyAlignment ?? []}
        max={50}
        blank={() => ({ priority: '', contribution: '' })}
        onChange={(rows) => { set('strategyAlignment', rows); }}
        renderRow={(row, update, position) => (
          <fieldset className="doc-rows__record">
            <legend>Priority {position}</legend>
            <TextField label="Priority" value={row.priority} maxLength={500} onChange={(value) => { update({ ...row, priority: value }); }} />
            <TextField label="How this report contributes" isMultiline value={row.contribution} maxLength={5_000} onChange={(value) => { update({ ...row, contribution: value }); }} />
          </fieldset>
        )}
      />
      <EditableRows<Officer>
        legend="Contact officers"
        noun="contact officer"
        rows={sheet.contactOfficers ?? []}
        max={20}
        blank={() => ({ name: '', jobTitle: '', phone: '', email: '' })}
        onChange={(rows) => { set('contactOfficers', rows); }}
        renderRow={(row, update, position) => (
          <fieldset className="doc-rows__record doc-rows__record--grid">
            <legend>Contact officer {position}</legend>
            <TextField label="Name" value={row.name} maxLength={200} onChange={(value) => { update({ ...row, name: value }); }} />
            <TextField label="Job title" value={row.jobTitle} maxLength={200} onChange={(value) => { update({ ...row, jobTitle: value }); }} />
            <TextField label="Phone" type="tel" value={row.phone} maxLength={40} onChange={(value) => { update({ ...row, phone: value }); }} />
            <TextField label="Email" type="email" value={row.email} maxLength={254} onChange={(value) => { update({ ...row, email: value }); }} />
          </fieldset>
        )}
      />
      <EditableRows
        legend="Background documents"
        hint="Papers the report relies on that are open to inspection."
        noun="background document"
        rows={sheet.backgroundDocuments ?? []}
        max={100}
        blank={() => ''}
        onChange={(rows) => { set('backgroundDocuments', rows); }}
        renderRow={(row, update, position) => <TextField label={`Background document ${position}`} value={row} maxLength={1_000} onChange={update} />}
      />
      <div className="checkbox">
        <input type="checkbox" id={`${id}-exempt`} checked={sheet.isExempt === true} onChange={(event) => { set('isExempt', event.target.checked); }} />
        <label htmlFor={`${id}-exempt`}>This report is exempt from publication</label>
      </div>
      {sheet.isExempt === true && (
        <TextField label="Why it is exempt" value={text('exemptGround')} maxLength={500} hint="The paragraph of Schedule 12A that applies, e.g. Paragraph 3: financial or business affairs." onChange={(value) => { set('exemptGround', value); }} />
      )}
    </fieldset>
  );
}

/** The chosen date in words, since the date box shows it in the computer's own format. */
function dateWords(isoDate: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? longDate(isoDate) : undefined;
}
