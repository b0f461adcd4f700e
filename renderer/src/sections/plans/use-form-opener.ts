// A form that opens in place of the button that opened it (Add, Edit, Correct).
// When it closes, focus goes back to that button, which is shown again, and a
// save is stamped for the SavedNote beside it.
import { useState } from 'react';
import { useFocusReturn } from './FormParts';

/** Whether the form is open, the ref for its opener button, and when it last saved. */
export function useFormOpener<T extends HTMLElement = HTMLButtonElement>() {
  const [isOpen, setOpen] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [openerRef, requestOpenerFocus] = useFocusReturn<T>();
  const open = () => { setOpen(true); };
  const close = (isSaved: boolean) => {
    setOpen(false);
    requestOpenerFocus();
    if (isSaved) setSavedAt(new Date());
  };
  return { isOpen, open, close, savedAt, openerRef };
}
