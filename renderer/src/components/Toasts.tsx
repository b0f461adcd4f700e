import { useEffect } from 'react';
import { useToastStore, type Toast } from '../stores/toast-store';

/** Messages in two live regions: errors interrupt a screen reader, the rest wait their turn. */
export function Toasts() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const last = useToastStore.getState().toasts.at(-1);
      if (event.key === 'Escape' && last) dismiss(last.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => { window.removeEventListener('keydown', onKeyDown); };
  }, [dismiss]);

  const render = (toast: Toast) => (
    <div key={toast.id} className={`toast toast--${toast.tone}`}>
      <p>{toast.message}</p>
      <button type="button" className="toast__dismiss" onClick={() => { dismiss(toast.id); }} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );

  return (
    <div className="toasts">
      <div role="alert">{toasts.filter((toast) => toast.tone === 'error').map(render)}</div>
      <div role="status">{toasts.filter((toast) => toast.tone !== 'error').map(render)}</div>
    </div>
  );
}
