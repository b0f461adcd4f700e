import { useId, type ReactNode, type Ref } from 'react';

type Common = {
  label: string;
  hint?: string;
  /** Shown beside the field, which is marked invalid; what was typed stays. */
  error?: string | null;
  className?: string;
};

type TextProps = Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number';
  isMultiline?: boolean;
  isRequired?: boolean;
  /** Takes focus when shown (the first field of a form just opened). */
  isFocused?: boolean;
  max?: string;
  min?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
};

/** A labelled text, date or number field with its hint and error. */
export function TextField({ label, hint, error, className, value, onChange, type = 'text', isMultiline = false, isRequired = false, isFocused = false, max, min, inputRef }: TextProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': isRequired ? true : undefined,
    autoFocus: isFocused,
    onChange: (event: { target: { value: string } }) => { onChange(event.target.value); },
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {isMultiline ? (
        <textarea {...shared} ref={inputRef} rows={3} />
      ) : (
        <input {...shared} ref={inputRef} type={type} max={max} min={min} autoComplete="off" spellCheck={type === 'text'} />
      )}
    </FieldFrame>
  );
}

type SelectProps<V extends string> = Common & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
};

/** A labelled drop-down list. */
export function SelectField<V extends string>({ label, hint, error, className, value, onChange, options }: SelectProps<V>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </FieldFrame>
  );
}

type FrameProps = { id: string; label: string; hint?: string | undefined; error?: string | null | undefined; className?: string | undefined; children: ReactNode };

function FieldFrame({ id, label, hint, error, className, children }: FrameProps) {
  return (
    <div className={['plan-field', error ? 'plan-field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="plan-field__error">{error}</p>}
      {children}
    </div>
  );
}
