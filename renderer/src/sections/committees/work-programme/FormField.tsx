import { useId } from 'react';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown beside the field, which is marked invalid; what was typed stays. */
  error?: string | null;
  hint?: string;
  type?: 'text' | 'date' | 'textarea';
  isRequired?: boolean;
  /** Takes focus when shown (the first field of a form just opened). */
  isFocused?: boolean;
  className?: string;
};

/** A labelled field of the board's forms, with its hint and the engine's message when it refused the value. */
export function FormField({ label, value, onChange, error, hint, type = 'text', isRequired = false, isFocused = false, className }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    autoFocus: isFocused,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': isRequired ? true : undefined,
    onChange: (event: { target: { value: string } }) => { onChange(event.target.value); },
  };
  return (
    <div className={['wp-field', error ? 'wp-field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="wp-field__hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="wp-field__error">{error}</p>}
      {type === 'textarea' ? <textarea {...shared} rows={2} /> : <input {...shared} type={type} autoComplete="off" spellCheck={type === 'text'} />}
    </div>
  );
}
