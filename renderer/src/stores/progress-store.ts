import { create } from 'zustand';
import type { ProgressEvent } from '../../../shared/api/types';

type ProgressState = {
  /** Long tasks still running, oldest first. */
  tasks: readonly ProgressEvent[];
  update: (event: ProgressEvent) => void;
};

/** Progress of long tasks reported by the engine, whichever door it runs behind. */
export const useProgressStore = create<ProgressState>()((set, get) => ({
  tasks: [],
  update: (event) => {
    const others = get().tasks.filter((task) => task.taskId !== event.taskId);
    set({ tasks: event.isFinished ? others : [...others, event] });
  },
}));
