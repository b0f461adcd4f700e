import { useEffect, useRef } from 'react';
import type { Grade } from '../../../../shared/api/schema';
import { useImportStore } from '../../stores/import-store';
import { controlIdFor, type DraftJudgement } from './import-draft';
import { ImportFieldError } from './ImportField';
import { GRADE_NAMES, GRADES } from './inspection-words';

type Column = 'reference' | 'area' | 'grade';

/** The judgement table as an editable table: reference, area and grade per row. */
export function ImportJudgements({ judgements }: { judgements: DraftJudgement[] }) {
  const addJudgement = useImportStore((state) => state.addJudgement);
  const removeJudgement = useImportStore((state) => state.removeJudgement);
  const added = useFocusOnAdd(judgements.length, (index) => controlIdFor(`judgements.${index}.reference`));
  const remove = (index: number) => {
    removeJudgement(index);
    // Focus goes to the row that takes this one's place, or to the button below when none is left.
    requestAnimationFrame(() => {
      const next = document.getElementById(controlIdFor(`judgements.${Math.min(index, judgements.length - 2)}.area`));
      (next ?? document.getElementById('import-add-judgement'))?.focus();
    });
  };

  return (
    <fieldset className="import-fieldset import-judgements" id="import-judgements">
      <legend>Judgements</legend>
      <p className="hint">
        Each graded area of the judgement table. Overall effectiveness is set above. {judgements.length === 0 && <strong>No judgement table was found: add the judgements, or leave the table empty.</strong>}
      </p>
      {judgements.length > 0 && (
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col" className="import-table__ref">Ref.</th>
              <th scope="col">Area judged</th>
              <th scope="col" className="import-table__grade">Grade</th>
              <th scope="col"><span className="visually-hidden">Where found and actions</span></th>
            </tr>
          </thead>
          <tbody>
            {judgements.map((row, index) => (
              <JudgementRow key={row.key} row={row} index={index} onRemove={() => { remove(index); }} />
            ))}
          </tbody>
        </table>
      )}
      <button type="button" id="import-add-judgement" className="button-secondary button-secondary--small" onClick={() => { added(); addJudgement(); }}>
        Add a judgement
      </button>
    </fieldset>
  );
}

function JudgementRow({ row, index, onRemove }: { row: DraftJudgement; index: number; onRemove: () => void }) {
  const editJudgement = useImportStore((state) => state.editJudgement);
  const show = useImportStore((state) => state.show);
  const errors = useImportStore((state) => state.errors);
  const name = `judgement ${index + 1}${row.area ? ` (${row.area})` : ''}`;
  const cell = (column: Column) => {
    const key = `judgements.${index}.${column}`;
    const id = controlIdFor(key);
    const error = errors[key];
    return {
      control: {
        id,
        'aria-invalid': error ? (true as const) : undefined,
        'aria-describedby': error ? `${id}-error` : undefined,
        onFocus: () => { show(row.source, `judgement ${index + 1}`); },
      },
      error: error ? <ImportFieldError id={`${id}-error`} message={error} /> : null,
    };
  };
  const reference = cell('reference');
  const area = cell('area');
  const grade = cell('grade');
  return (
    <tr className={reference.error || area.error || grade.error ? 'import-table__row--error' : undefined}>
      <td className="import-table__ref">
        {reference.error}
        <input {...reference.control} type="text" aria-label={`Reference of judgement ${index + 1}`} value={row.reference} autoComplete="off" onChange={(event) => { editJudgement(index, { reference: event.target.value }); }} />
      </td>
      <td>
        {area.error}
        {/* A one-line value that wraps as it grows, so long area names stay readable in a narrow column. */}
        <textarea
          {...area.control}
          rows={1}
          aria-label={`Area of judgement ${index + 1}`}
          value={row.area}
          onKeyDown={(event) => { if (event.key === 'Enter') event.preventDefault(); }}
          onChange={(event) => { editJudgement(index, { area: event.target.value.replace(/\s*\n\s*/g, ' ') }); }}
        />
      </td>
      <td className="import-table__grade">
        {grade.error}
        <select {...grade.control} aria-label={`Grade of judgement ${index + 1}`} value={row.grade} onChange={(event) => { editJudgement(index, { grade: event.target.value as Grade | '' }); }}>
          <option value="">No grade</option>
          {GRADES.map((value) => <option key={value} value={value}>{GRADE_NAMES[value]}</option>)}
        </select>
      </td>
      <td className="import-table__actions">
        {row.source && (
          <button type="button" className="import-source-link" onClick={() => { show(row.source, `judgement ${index + 1}`); }}>
            <span className="visually-hidden">Show judgement {index + 1} in the report: </span>
            p.&nbsp;{row.source.page}, l.&nbsp;{row.source.line}
          </button>
        )}
        <button type="button" className="import-icon-button" aria-label={`Remove ${name}`} onClick={onRemove}>Remove</button>
      </td>
    </tr>
  );
}

/**
 * Moves focus to the first control of a row just added, once it is there;
 * `arm` is called before the add so other renders leave focus alone.
 */
export function useFocusOnAdd(count: number, idOf: (index: number) => string): () => void {
  const isArmed = useRef(false);
  const idOfLatest = useRef(idOf);
  useEffect(() => {
    idOfLatest.current = idOf;
  });
  useEffect(() => {
    if (!isArmed.current) return;
    isArmed.current = false;
    document.getElementById(idOfLatest.current(count - 1))?.focus();
  }, [count]);
  return () => { isArmed.current = true; };
}
