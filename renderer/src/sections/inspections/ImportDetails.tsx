import type { InspectionFramework } from '../../../../shared/api/methods/inspections';
import type { Grade } from '../../../../shared/api/schema';
import { dateFromIso, formatLongDate } from '../../../../shared/format/dates';
import { useImportStore } from '../../stores/import-store';
import type { DraftField, ImportDraft } from './import-draft';
import { ImportField } from './ImportField';
import { FRAMEWORK_NAMES, GRADE_NAMES, GRADES } from './inspection-words';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type TextField = Exclude<DraftField, 'framework' | 'overallGrade'>;

const TEXT_FIELDS: readonly { field: TextField; label: string; sourceLabel: string; type: 'text' | 'date'; hint?: string }[] = [
  { field: 'localAuthority', label: 'Local authority', sourceLabel: 'the local authority', type: 'text' },
  { field: 'title', label: 'Title', sourceLabel: 'the title', type: 'text', hint: 'As the inspection will be listed, for example “Inspection of children’s social care services”.' },
  { field: 'inspectionStart', label: 'Inspection started', sourceLabel: 'the first day of the inspection', type: 'date' },
  { field: 'inspectionEnd', label: 'Inspection ended', sourceLabel: 'the last day of the inspection', type: 'date' },
  { field: 'publicationDate', label: 'Published', sourceLabel: 'the publication date', type: 'date' },
  { field: 'leadInspector', label: 'Lead inspector', sourceLabel: 'the lead inspector', type: 'text' },
];

/** The inspection's one-value fields, each with where it was found. */
export function ImportDetails({ draft }: { draft: ImportDraft }) {
  const edit = useImportStore((state) => state.edit);
  const field = (name: DraftField) => ({
    field: name,
    source: draft.sources[name],
    isMissing: draft.sources[name] === null,
    isEmpty: draft[name] === '',
    isRequired: name === 'title' || name === 'framework',
  });
  const [authority, title, ...rest] = TEXT_FIELDS;
  const dates = rest.filter((one) => one.type === 'date');
  const lead = rest.filter((one) => one.type === 'text');
  const text = (one: (typeof TEXT_FIELDS)[number]) => (
    <ImportField key={one.field} {...field(one.field)} label={one.label} sourceLabel={one.sourceLabel} hint={one.hint} className={one.type === 'date' ? 'import-field--date' : undefined}>
      {(control) => (
        <>
          <input {...control} type={one.type} value={draft[one.field]} autoComplete="off" onChange={(event) => { edit(one.field, event.target.value); }} />
          {/* The date control follows the computer's locale, which may not be British: the words leave no doubt. */}
          {one.type === 'date' && ISO_DATE.test(draft[one.field]) && <span className="import-date-words">{formatLongDate(dateFromIso(draft[one.field]))}</span>}
        </>
      )}
    </ImportField>
  );

  return (
    <fieldset className="import-fieldset">
      <legend>The inspection</legend>
      {authority && text(authority)}
      {title && text(title)}
      <ImportField {...field('framework')} label="Framework" sourceLabel="the framework">
        {(control) => (
          <select {...control} value={draft.framework} onChange={(event) => { edit('framework', event.target.value as InspectionFramework | ''); }}>
            <option value="">Choose the framework</option>
            {(Object.keys(FRAMEWORK_NAMES) as InspectionFramework[]).map((value) => <option key={value} value={value}>{FRAMEWORK_NAMES[value]}</option>)}
          </select>
        )}
      </ImportField>
      <div className="import-row">{dates.map(text)}</div>
      {lead.map(text)}
      <ImportField {...field('overallGrade')} label="Overall effectiveness" sourceLabel="the overall effectiveness grade">
        {(control) => (
          <select {...control} value={draft.overallGrade} onChange={(event) => { edit('overallGrade', event.target.value as Grade | ''); }}>
            <option value="">No grade given</option>
            {GRADES.map((grade) => <option key={grade} value={grade}>{GRADE_NAMES[grade]}</option>)}
          </select>
        )}
      </ImportField>
    </fieldset>
  );
}
