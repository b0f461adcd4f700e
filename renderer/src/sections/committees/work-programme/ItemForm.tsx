import { useId, useState, type SyntheticEvent } from 'react';
import { errorFor, formError, type FormFailure, type FormResult } from '../../plans/plan-call';
import { FormField } from './FormField';
import type { ItemValues } from './use-board-actions';

const FIELDS = ['item', 'purpose', 'leadOfficer', 'executiveMember', 'comments'] as const;

export const EMPTY_ITEM: ItemValues = { item: '', purpose: '', leadOfficer: '', executiveMember: '', comments: '' };

type Props = {
  /** The form's title: "New item for Tuesday, 1 December 2026". */
  label: string;
  initial: ItemValues;
  submitLabel: string;
  onSubmit: (values: ItemValues) => Promise<FormResult<unknown>>;
  onCancel: () => void;
};

/**
 * The add and edit form of a work programme item, with the seed's columns:
 * item, purpose of report, lead officer, executive member, comments. A
 * refusal keeps what was typed, with the engine's message beside the field.
 */
export function ItemForm({ label, initial, submitLabel, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<ItemValues>(initial);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setBusy] = useState(false);
  const titleId = useId();
  const field = (name: keyof ItemValues) => ({
    value: values[name],
    onChange: (value: string) => { setValues({ ...values, [name]: value }); },
    error: errorFor(failure, name),
  });

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    // The form is sent through the API, never by the browser.
    event.preventDefault();
    setBusy(true);
    const trimmed = Object.fromEntries(FIELDS.map((name) => [name, values[name].trim()])) as ItemValues;
    const result = await onSubmit(trimmed);
    // A saved form is closed by its owner; only a refusal comes back here.
    if (!result.ok) {
      setBusy(false);
      setFailure(result);
    }
  };
  const problem = formError(failure, FIELDS);

  return (
    <form className="wp-form" aria-labelledby={titleId} noValidate onSubmit={(event) => void submit(event)}>
      <h3 id={titleId} className="wp-form__title">{label}</h3>
      {/* In the order of the table's columns. */}
      <FormField label="Item" hint="What the committee will look at." isRequired isFocused {...field('item')} />
      <FormField label="Purpose of report" type="textarea" {...field('purpose')} />
      <div className="wp-form__row">
        <FormField label="Lead officer" {...field('leadOfficer')} />
        <FormField label="Executive member" {...field('executiveMember')} />
      </div>
      <FormField label="Comments" type="textarea" {...field('comments')} />
      {problem && <p className="wp-problem" role="alert">{problem}</p>}
      <div className="wp-form__actions">
        <button type="submit" disabled={isBusy}>{submitLabel}</button>
        <button type="button" className="button-secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
