import { create } from 'zustand';

export type ToastTone = 'error' | 'success' | 'info';

export type Toast = {
  id: number;
  tone: ToastTone;
  message: string;
};

type ToastState = {
  toasts: readonly Toast[];
  show: (tone: ToastTone, message: string) => void;
  dismiss: (id: number) => void;
};

const AUTO_DISMISS_MS = 8000;
let nextId = 1;

/** Messages for the user; errors stay until dismissed, the rest fade after a while. */
export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (tone, message) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, tone, message }].slice(-5) });
    if (tone !== 'error') setTimeout(() => { get().dismiss(id); }, AUTO_DISMISS_MS);
  },
  dismiss: (id) => { set({ toasts: get().toasts.filter((toast) => toast.id !== id) }); },
}));

/** Shows an API failure as an error toast. */
export function showError(message: string): void {
  useToastStore.getState().show('error', message);
}
