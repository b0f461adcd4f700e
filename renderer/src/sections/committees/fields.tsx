// Fields the plans' Field.tsx does not offer (time, e-mail, telephone, a
// checkbox), drawn the same way: label, hint, error beside the field.
import { useId, type Ref } from 'react';

type InputProps = {
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  type: 'text' | 'time' | 'email' | 'tel';
  isRequired?: boolean;
  isFocused?: boolean;
  className?: string;
  /** For the browser's own suggestions where they help (a person's e-mail), "off" elsewhere. */
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
};

/** A labelled one-line input of a type the plans' TextField does not offer. */
export function InputField({ label, hint, error, value, onChange, type, isRequired = false, isFocused = false, className, autoComplete = 'off', inputRef }: InputProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['plan-field', error ? 'plan-field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="plan-field__error">{error}</p>}
      <input
        ref={inputRef}
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        autoFocus={isFocused}
        spellCheck={type === 'text'}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired ? true : undefined}
        onChange={(event) => { onChange(event.target.value); }}
      />
    </div>
  );
}

type CheckboxProps = { label: string; hint?: string; isChecked: boolean; onChange: (isChecked: boolean) => void; inputRef?: Ref<HTMLInputElement> };

/** A checkbox with its label beside it and a hint below. */
export function CheckboxField({ label, hint, isChecked, onChange, inputRef }: CheckboxProps) {
  const id = useId();
  return (
    <div className="committee-checkbox">
      <input ref={inputRef} id={id} type="checkbox" checked={isChecked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => { onChange(event.target.checked); }} />
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
    </div>
  );
}
