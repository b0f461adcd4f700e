// The submit half of the committee forms. Unlike plans' useFormSubmit, which
// serves forms that close on success, these forms stay open (add another
// member, another meeting), so a success also clears the last failure.
import { useState, type SyntheticEvent } from 'react';
import type { FormFailure, FormResult } from '../plans/plan-call';

export type Submit = {
  failure: FormFailure | null;
  isBusy: boolean;
  submit: (event: SyntheticEvent<HTMLFormElement>) => void;
  /** Forgets the last failure (when the form is reset by hand). */
  clear: () => void;
};

/** Sends a form with `send`; the saved value goes to `onSaved`, a failure stays in `failure` beside what was typed. */
export function useSubmit<T>(send: () => Promise<FormResult<T>>, onSaved: (value: T) => void): Submit {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const result = await send();
    setBusy(false);
    setFailure(result.ok ? null : result);
    if (result.ok) onSaved(result.value);
  };
  return {
    failure,
    isBusy,
    submit: (event) => {
      // The form is sent through the API, never by the browser.
      event.preventDefault();
      if (!isBusy) void save();
    },
    clear: () => { setFailure(null); },
  };
}
