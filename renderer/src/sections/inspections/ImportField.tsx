import type { ReactNode } from 'react';
import type { SourceRef } from '../../../../shared/api/methods/imports';
import { useImportStore } from '../../stores/import-store';
import { controlIdFor } from './import-draft';
import { sourcePhrase } from './inspection-words';

/** What a control needs to be tied to its label, notes and error, and to show its source when focused. */
export type FieldControl = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  onFocus: () => void;
};

type Props = {
  /** The error key and control id: "title", "recommendations.2.text". */
  field: string;
  label: ReactNode;
  /** The words the source pane uses for this field: "the lead inspector". */
  sourceLabel: string;
  source: SourceRef | null;
  /** Whether the parser looked for this field and did not find it (a new row was never in the report). */
  isMissing: boolean;
  isEmpty: boolean;
  /** The inspection cannot be saved without it, so "leave empty" is not offered. */
  isRequired?: boolean;
  hint?: ReactNode;
  className?: string;
  children: (control: FieldControl) => ReactNode;
};

/** A review field: its label, where it was found (or that it was not), the API's message for it, and its control. */
export function ImportField({ field, label, sourceLabel, source, isMissing, isEmpty, isRequired = false, hint, className, children }: Props) {
  const error = useImportStore((state) => state.errors[field]);
  const show = useImportStore((state) => state.show);
  const id = controlIdFor(field);
  const note = fieldNote(source, isMissing, isEmpty, isRequired);
  const describedBy = [hint ? `${id}-hint` : null, note ? `${id}-found` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const classes = ['import-field', note?.isFlag ? 'import-field--missing' : '', error ? 'import-field--error' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {note && (
        <p id={`${id}-found`} className={note.isFlag ? 'import-flag' : 'import-found'}>
          {note.isFlag && <span className="import-flag__mark" aria-hidden="true">!</span>}
          {note.text}
        </p>
      )}
      {error && <ImportFieldError id={`${id}-error`} message={error} />}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
        onFocus: () => { show(source, sourceLabel); },
      })}
    </div>
  );
}

/** The message against a field the check or the API refused. */
export function ImportFieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="import-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

function fieldNote(source: SourceRef | null, isMissing: boolean, isEmpty: boolean, isRequired: boolean): { text: string; isFlag: boolean } | null {
  if (source) return { text: `Found on ${sourcePhrase(source)}`, isFlag: false };
  if (!isMissing) return null;
  if (!isEmpty) return { text: 'Not found in the report — filled in by you', isFlag: false };
  return { text: isRequired ? 'Not found in the report — fill it in' : 'Not found in the report — fill in or leave empty', isFlag: true };
}
