import { useId } from 'react';
import type { RichText } from '../../../../shared/api/schema';
import { LazyRichTextEditor as RichTextEditor } from '../../components/editor/LazyRichTextEditor';

type Props = { value: RichText; onChange: (value: RichText) => void; label: string; error?: string | null };

/** A progress note: the compact rich-text editor (paragraphs, bold, italic, links, lists) under its label, with any error beside it. */
export function NoteField({ value, onChange, label, error = null }: Props) {
  const id = useId();
  return (
    <div className={error ? 'plan-field plan-field--error plan-note-field' : 'plan-field plan-note-field'}>
      {/* The editor is not a form control a <label> can point at; it carries the same words as its accessible name. */}
      <span className="plan-field__label" aria-hidden="true">{label}</span>
      {error && <p id={`${id}-error`} className="plan-field__error">{error}</p>}
      <RichTextEditor value={value} onChange={onChange} label={label} variant="compact" {...(error ? { describedBy: `${id}-error` } : {})} />
    </div>
  );
}
