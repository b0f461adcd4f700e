import type { ReactNode } from 'react';
import { useSettingsStore, type SettingsField as Field } from '../../stores/settings-store';

/** What a control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type Props = {
  field: Field;
  label: string;
  hint?: ReactNode;
  children: (control: ControlProps) => ReactNode;
};

/** The element id of a field's control, so the form can move focus to the first error. */
export function controlId(field: Field): string {
  return `settings-${field}`;
}

/** A labelled control with its hint and, after a refused save, the API's message for it. */
export function SettingsField({ field, label, hint, children }: Props) {
  const error = useSettingsStore((state) => state.errors[field]);
  const id = controlId(field);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'settings-field settings-field--error' : 'settings-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
    </div>
  );
}

/** The message shown against a field the API refused. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="settings-field__error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
