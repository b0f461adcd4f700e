import { create } from 'zustand';
import type { PackBuildResult, PackEdition, PackFormat, PackKind } from '../../../shared/api/methods/packs';
import type { IssuedPack } from '../../../shared/api/methods/records';
import { api } from '../api/client';
import { useProgressStore } from './progress-store';

export type EditionChoice = PackEdition | 'both';
export type FormatChoice = PackFormat | 'both';
export type PackAction = 'build' | 'issue';

/** What the officer has chosen in the pack panel. */
export type PackChoices = {
  edition: EditionChoice;
  format: FormatChoice;
  kind: PackKind;
  outDir: string;
};

/** One build or issue, from the click to its outcome, for the meeting it was started on. */
export type PackRun =
  | { phase: 'idle' }
  | { phase: 'running'; action: PackAction; meetingId: number; taskId: string | null; label: string; done: number; total: number; isCancelling: boolean }
  | { phase: 'done'; action: PackAction; meetingId: number; result: PackBuildResult }
  | { phase: 'cancelled'; action: PackAction; meetingId: number }
  | { phase: 'failed'; action: PackAction; meetingId: number; message: string };

/** The outcome of the last export of an issued version, shown beside the list. */
export type ExportNote = { packId: number; isError: boolean; message: string };

type PackState = {
  meetingId: number | null;
  choices: PackChoices;
  run: PackRun;
  /** Issued versions of the open meeting, newest first; null until loaded. */
  issued: readonly IssuedPack[] | null;
  issuedError: string | null;
  exportingId: number | null;
  exportNote: ExportNote | null;
  /** Goes up after each issue, so the meeting page reloads its issue date and status. */
  issueCount: number;
  /** Points the panel at a meeting; `defaultFolder` is used when no folder was chosen before. */
  openMeeting: (meetingId: number, defaultFolder: string) => void;
  choose: <K extends keyof PackChoices>(key: K, value: PackChoices[K]) => void;
  start: (action: PackAction) => Promise<void>;
  cancel: () => Promise<void>;
  loadIssued: () => Promise<void>;
  exportIssued: (pack: IssuedPack) => Promise<void>;
};

/** The engine's labels for the two long tasks: how a panel recognises the progress events of its own build. */
export const TASK_LABELS: Record<PackAction, string> = { build: 'Building the pack', issue: 'Issuing the pack' };
const FOLDER_KEY = 'scrutiny-pack-builder.pack-folder';

/** Builds, issues and exports of meeting packs, with the progress of the one under way. */
export const usePackStore = create<PackState>()((set, get) => ({
  meetingId: null,
  choices: { edition: 'both', format: 'pdf', kind: 'main', outDir: '' },
  run: { phase: 'idle' },
  issued: null,
  issuedError: null,
  exportingId: null,
  exportNote: null,
  issueCount: 0,

  openMeeting: (meetingId, defaultFolder) => {
    const { choices, run } = get();
    const outDir = choices.outDir || rememberedFolder() || defaultFolder;
    if (get().meetingId === meetingId) {
      if (outDir !== choices.outDir) set({ choices: { ...choices, outDir } });
      return;
    }
    // A supplementary pack belongs to one meeting's "to follow" items, so the choice does not carry over.
    set({
      meetingId,
      choices: { ...choices, kind: 'main', outDir },
      run: run.phase === 'running' ? run : { phase: 'idle' },
      issued: null,
      issuedError: null,
      exportNote: null,
    });
  },

  choose: (key, value) => {
    set({ choices: { ...get().choices, [key]: value } });
    if (key === 'outDir' && typeof value === 'string') rememberFolder(value.trim());
  },

  start: async (action) => {
    const { meetingId, choices, run } = get();
    if (meetingId === null || run.phase === 'running') return;
    const label = TASK_LABELS[action];
    const stop = followProgress(label, get, set);
    set({ run: { phase: 'running', action, meetingId, taskId: null, label, done: 0, total: 0, isCancelling: false }, exportNote: null });
    const fields = { meetingId, kind: choices.kind, edition: choices.edition, format: choices.format };
    const outDir = choices.outDir.trim();
    const result = action === 'build'
      ? await api.call('packs/build', { ...fields, outDir })
      : await api.call('packs/issue', outDir === '' ? fields : { ...fields, outDir });
    stop();
    if (result.ok) {
      set({ run: { phase: 'done', action, meetingId, result: result.value } });
      if (action === 'issue') {
        set({ issueCount: get().issueCount + 1 });
        await get().loadIssued();
      }
    } else if (result.error.code === 'cancelled') {
      set({ run: { phase: 'cancelled', action, meetingId } });
    } else {
      set({ run: { phase: 'failed', action, meetingId, message: result.error.message } });
    }
  },

  cancel: async () => {
    const { run } = get();
    if (run.phase !== 'running' || run.isCancelling) return;
    set({ run: { ...run, isCancelling: true } });
    // Before the first progress event there is no task id yet: the cancel is sent when it arrives.
    if (run.taskId !== null) await sendCancel(run.taskId, get, set);
  },

  loadIssued: async () => {
    const { meetingId } = get();
    if (meetingId === null) return;
    const result = await api.call('packs/list', { meetingId });
    if (get().meetingId !== meetingId) return;
    set(result.ok ? { issued: result.value, issuedError: null } : { issued: [], issuedError: result.error.message });
  },

  exportIssued: async (pack) => {
    const outDir = get().choices.outDir.trim();
    if (get().exportingId !== null) return;
    if (outDir === '') {
      set({ exportNote: { packId: pack.id, isError: true, message: 'Give an output folder in the panel above, then export again.' } });
      return;
    }
    set({ exportingId: pack.id, exportNote: null });
    const result = await api.call('packs/export', { id: pack.id, outDir });
    set({
      exportingId: null,
      exportNote: result.ok
        ? { packId: pack.id, isError: false, message: `Exported version ${pack.version} to ${result.value.path}.` }
        : { packId: pack.id, isError: true, message: result.error.message },
    });
  },
}));

type Get = () => PackState;
type Set = (partial: Partial<PackState>) => void;

/**
 * Copies the progress of this panel's task into its run. Progress events carry
 * no request id, so the task is the first new one with the expected label
 * that appears after the call was made.
 */
function followProgress(label: string, get: Get, set: Set): () => void {
  const before = new Set(useProgressStore.getState().tasks.map((task) => task.taskId));
  return useProgressStore.subscribe(({ tasks }) => {
    const { run } = get();
    if (run.phase !== 'running') return;
    const task = run.taskId === null
      ? tasks.find((candidate) => candidate.label === label && !before.has(candidate.taskId))
      : tasks.find((candidate) => candidate.taskId === run.taskId);
    if (!task) return;
    set({ run: { ...run, taskId: task.taskId, label: task.label, done: task.done, total: task.total } });
    if (run.taskId === null && run.isCancelling) void sendCancel(task.taskId, get, set);
  });
}

async function sendCancel(taskId: string, get: Get, set: Set): Promise<void> {
  const result = await api.call('tasks/cancel', { taskId });
  const { run } = get();
  // The task had already finished: its result stands, so the button comes back for nothing.
  if (run.phase === 'running' && (!result.ok || !result.value.isCancelled)) set({ run: { ...run, isCancelling: false } });
}

function rememberedFolder(): string {
  try {
    return localStorage.getItem(FOLDER_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberFolder(folder: string): void {
  try {
    if (folder === '') localStorage.removeItem(FOLDER_KEY);
    else localStorage.setItem(FOLDER_KEY, folder);
  } catch {
    // Private windows may refuse storage; the folder is then remembered for this session only.
  }
}
