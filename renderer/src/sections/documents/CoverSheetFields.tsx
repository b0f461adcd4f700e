import { useId, useRef, type ReactNode } from 'react';

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  hint?: string;
  isMultiline?: boolean;
  type?: 'text' | 'date' | 'email' | 'tel';
  /** Words shown under the box, e.g. a date written out. */
  after?: string;
};

/** One labelled text box of the cover sheet, with its hint read out with it. */
export function TextField({ label, value, onChange, maxLength, hint, isMultiline = false, type = 'text', after }: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    value,
    maxLength,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (event: { target: { value: string } }) => { onChange(event.target.value); },
  };
  return (
    <div className="settings-field doc-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {isMultiline ? <textarea rows={3} {...common} /> : <input type={type} autoComplete="off" {...common} />}
      {after && <span className="doc-date-words">{after}</span>}
    </div>
  );
}

type RowsProps<Row> = {
  legend: string;
  hint?: string;
  /** What one row is called: "recommendation" gives "Add a recommendation", "Remove recommendation 2". */
  noun: string;
  rows: readonly Row[];
  max: number;
  blank: () => Row;
  onChange: (rows: Row[]) => void;
  renderRow: (row: Row, update: (row: Row) => void, position: number) => ReactNode;
};

/** A list of rows the author can add to and take from (recommendations, contact officers…). */
export function EditableRows<Row>({ legend, hint, noun, rows, max, blank, onChange, renderRow }: RowsProps<Row>) {
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const add = () => {
    onChange([...rows, blank()]);
    // The new row's first box takes focus once it is drawn.
    requestAnimationFrame(() => { list.current?.querySelector<HTMLElement>('li:last-child input, li:last-child textarea')?.focus(); });
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, position) => position !== index));
    addButton.current?.focus();
  };
  const article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  return (
    <fieldset className="doc-rows">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {rows.length > 0 && (
        <ol ref={list} className="doc-rows__list">
          {rows.map((row, index) => (
            <li key={index} className="doc-rows__row">
              <div className="doc-rows__fields">
                {renderRow(row, (changed) => { onChange(rows.map((old, position) => (position === index ? changed : old))); }, index + 1)}
              </div>
              <button type="button" className="button-secondary button-secondary--danger button-secondary--small" aria-label={`Remove ${noun} ${index + 1}`} onClick={() => { remove(index); }}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className="button-secondary" disabled={rows.length >= max} onClick={add}>
        Add {article} {noun}
      </button>
    </fieldset>
  );
}
