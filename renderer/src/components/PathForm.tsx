import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';

type Props = {
  legend: string;
  hint: string;
  buttonLabel: string;
  placeholder?: string;
  /** Resolves true when done, so the field can be cleared. */
  onSubmit: (path: string) => Promise<boolean>;
  children?: ReactNode;
};

/** A labelled file-path field and its button: the browser host's stand-in for a file dialog. */
export function PathForm({ legend, hint, buttonLabel, placeholder, onSubmit, children }: Props) {
  const [path, setPath] = useState('');
  const [isBusy, setBusy] = useState(false);
  const fieldId = useId();
  const hintId = useId();

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy || path.trim() === '') return;
    setBusy(true);
    const isDone = await onSubmit(path.trim());
    setBusy(false);
    if (isDone) setPath('');
  };

  return (
    <form className="path-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{legend}</legend>
        <label htmlFor={fieldId}>File path</label>
        <p id={hintId} className="hint">{hint}</p>
        <div className="path-form__row">
          <input
            id={fieldId}
            type="text"
            value={path}
            spellCheck={false}
            autoComplete="off"
            placeholder={placeholder}
            aria-describedby={hintId}
            onChange={(event) => { setPath(event.target.value); }}
          />
          <button type="submit" disabled={isBusy || path.trim() === ''} aria-busy={isBusy}>
            {buttonLabel}
          </button>
        </div>
        {children}
      </fieldset>
    </form>
  );
}
