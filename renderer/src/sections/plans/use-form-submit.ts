// The submit half of every plan form: the form keeps its own fields, this keeps
// whether a save is under way and what the engine last said was wrong, so a
// failure leaves what was typed on screen with the message beside it.
import { useState, type SyntheticEvent } from 'react';
import type { FormFailure, FormResult } from './plan-call';

export type FormSubmit = {
  /** The last failure, kept until the next one or until the form closes. */
  failure: FormFailure | null;
  isBusy: boolean;
  /** The form's onSubmit. */
  submit: (event: SyntheticEvent<HTMLFormElement>) => void;
};

/** Sends a form with `send` and hands the saved value to `onSaved`; a failure stays in `failure` for the form to show. */
export function useFormSubmit<T>(send: () => Promise<FormResult<T>>, onSaved: (value: T) => void): FormSubmit {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result);
  };

  return {
    failure,
    isBusy,
    submit: (event) => {
      // The form is sent through the API, never by the browser.
      event.preventDefault();
      void save();
    },
  };
}
