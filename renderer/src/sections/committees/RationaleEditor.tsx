import { useRef, useState } from 'react';
import type { CommitteeDetail, RationaleItem } from '../../../../shared/api/methods/committees';
import { TextField } from '../plans/Field';
import { FormActions, FormProblem, useFocusReturn } from '../plans/FormParts';
import { MoveButtons } from '../../components/MoveButtons';
import type { FormResult } from '../plans/plan-call';
import { callForCommitteeForm } from './committee-call';
import { ConfirmRemove } from './ConfirmRemove';
import { useSubmit } from './use-submit';

type Props = { committee: CommitteeDetail; onSaved: (committee: CommitteeDetail) => void };

/**
 * The rationale of the terms of reference as a numbered list. Each change
 * (add, edit, move, remove) saves the whole list at once, as the engine
 * stores it, so the numbers on screen are always the numbers in the papers.
 */
export function RationaleEditor({ committee, onSaved }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const [isAdding, setAdding] = useState(false);
  const [addRef, requestAddFocus] = useFocusReturn<HTMLButtonElement>();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = committee.rationaleItems;
  const texts = items.map((item) => item.text);
  // The engine stores the list afresh on every save, so item ids change; rows keep their own keys so focus stays on the row that moved.
  const [keyed, setKeyed] = useState<{ ids: string; keys: string[] } | null>(null);
  const addedCount = useRef(0);
  const ids = items.map((item) => item.id).join(',');
  const keys = keyed?.ids === ids ? keyed.keys : items.map((item) => `item-${String(item.id)}`);

  const save = async (next: readonly (readonly [string, string])[], said: string): Promise<FormResult<CommitteeDetail>> => {
    const result = await callForCommitteeForm('committees/setRationale', { id: committee.id, items: next.map(([, text]) => text) });
    if (result.ok) {
      setKeyed({ ids: result.value.rationaleItems.map((item) => item.id).join(','), keys: next.map(([key]) => key) });
      onSaved(result.value);
      setAnnouncement(said);
    } else {
      setAnnouncement(result.message);
    }
    return result;
  };
  const pairs = texts.map((text, index) => [keys[index] ?? `item-${String(index)}`, text] as const);
  const move = async (index: number, delta: -1 | 1) => {
    const next = [...pairs];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + delta, 0, moved);
    await save(next, `Moved item ${String(index + 1)} ${delta === -1 ? 'up' : 'down'}: it is now item ${String(index + delta + 1)}.`);
  };
  const add = (text: string) => {
    addedCount.current += 1;
    return save([...pairs, [`added-${String(addedCount.current)}`, text]], `Added item ${String(items.length + 1)}.`);
  };

  return (
    <section className="card committee-rationale" aria-labelledby="rationale-heading">
      <h2 id="rationale-heading" ref={heading} tabIndex={-1}>Rationale</h2>
      <p className="hint">Why the committee exists: each item is numbered in the terms of reference.</p>
      <p className="visually-hidden" role="status">{announcement}</p>
      {items.length === 0 ? (
        <p className="committee-empty">No rationale items yet.</p>
      ) : (
        <ol className="committee-rationale__list">
          {items.map((item, index) => (
            <RationaleRow
              key={pairs[index]?.[0] ?? item.id}
              item={item}
              index={index}
              count={items.length}
              onMove={(delta) => move(index, delta)}
              onEdit={(text) => save(pairs.map((pair, at) => (at === index ? [pair[0], text] as const : pair)), `Saved item ${String(index + 1)}.`)}
              onRemove={async () => {
                const result = await save(pairs.filter((_, at) => at !== index), `Removed item ${String(index + 1)}.`);
                if (result.ok) heading.current?.focus();
                return result;
              }}
            />
          ))}
        </ol>
      )}
      {isAdding ? (
        <RationaleForm
          label={`Item ${String(items.length + 1)}`}
          initial=""
          saveLabel="Add the item"
          onSave={add}
          onDone={() => { setAdding(false); requestAddFocus(); }}
        />
      ) : (
        <button ref={addRef} type="button" className="button-secondary" onClick={() => { setAdding(true); }}>Add a rationale item</button>
      )}
    </section>
  );
}

type RowProps = {
  item: RationaleItem;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => Promise<void>;
  onEdit: (text: string) => Promise<FormResult<CommitteeDetail>>;
  onRemove: () => Promise<FormResult<unknown>>;
};

function RationaleRow({ item, index, count, onMove, onEdit, onRemove }: RowProps) {
  const [isEditing, setEditing] = useState(false);
  const [editRef, requestEditFocus] = useFocusReturn<HTMLButtonElement>();
  const what = `item ${String(index + 1)}`;
  return (
    <li className="committee-rationale__item">
      {isEditing ? (
        <RationaleForm label={`Item ${String(index + 1)}`} initial={item.text} saveLabel="Save" onSave={onEdit} onDone={() => { setEditing(false); requestEditFocus(); }} />
      ) : (
        <div className="committee-rationale__row">
          <p className="committee-rationale__text">{item.text}</p>
          <div className="committee-member__tools">
            <MoveButtons what={what} index={index} count={count} onMove={onMove} />
            <button ref={editRef} type="button" className="button-secondary button-secondary--small" onClick={() => { setEditing(true); }}>
              Edit<span className="visually-hidden"> {what}</span>
            </button>
            <ConfirmRemove name={what} question="Remove this item?" onRemove={onRemove} />
          </div>
        </div>
      )}
    </li>
  );
}

type FormProps = { label: string; initial: string; saveLabel: string; onSave: (text: string) => Promise<FormResult<CommitteeDetail>>; onDone: () => void };

function RationaleForm({ label, initial, saveLabel, onSave, onDone }: FormProps) {
  const [text, setText] = useState(initial);
  const { failure, isBusy, submit } = useSubmit(() => onSave(text), onDone);
  return (
    <form className="plan-form plan-form--inset" aria-label={label} noValidate onSubmit={submit}>
      <FormProblem message={failure?.field === 'items' ? null : (failure?.message ?? null)} />
      <TextField label={label} isMultiline isRequired isFocused value={text} onChange={setText} error={failure?.field === 'items' ? failure.message : null} />
      <FormActions isBusy={isBusy} saveLabel={saveLabel} onCancel={onDone} />
    </form>
  );
}
