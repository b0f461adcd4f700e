import { create } from 'zustand';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/api/methods/attachments';
import type { InspectionImport, SourceRef } from '../../../shared/api/methods/imports';
import { formatFileSize } from '../../../shared/format/sizes';
import { api } from '../api/client';
import {
  checkDraft,
  draftFromImport,
  errorsFromMessage,
  inputFromDraft,
  isReviewError,
  newRowKey,
  type DraftJudgement,
  type ImportDraft,
  type ImportDraftFields,
  type ImportErrors,
} from '../sections/inspections/import-draft';
import { useProgressStore } from './progress-store';

export type ImportStep = 'choose' | 'review' | 'save';

/** Reading the chosen file, from the choice to the review (or why not). */
export type ImportRead =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; size: number; taskId: string | null; done: number; total: number; isCancelling: boolean }
  | { phase: 'failed'; fileName: string; message: string }
  | { phase: 'cancelled'; fileName: string };

export type PlanChoice = { isWanted: boolean; title: string; owner: string; isTitleEdited: boolean };

type ReportFile = { fileName: string; size: number; dataBase64: string };

type ImportState = {
  step: ImportStep;
  read: ImportRead;
  file: ReportFile | null;
  found: InspectionImport | null;
  draft: ImportDraft | null;
  errors: ImportErrors;
  /** The source line shown beside the form: where the focused field was found. */
  shown: { source: SourceRef | null; label: string } | null;
  plan: PlanChoice;
  isSaving: boolean;
  /** Goes up on each refused save, so the form can move focus to its error summary. */
  refusalCount: number;
  readFile: (file: File) => Promise<void>;
  cancelRead: () => Promise<void>;
  edit: <K extends keyof ImportDraftFields>(field: K, value: ImportDraftFields[K]) => void;
  editJudgement: (index: number, change: Partial<Omit<DraftJudgement, 'key' | 'source'>>) => void;
  addJudgement: () => void;
  removeJudgement: (index: number) => void;
  editRecommendation: (index: number, text: string) => void;
  addRecommendation: () => void;
  removeRecommendation: (index: number) => void;
  moveRecommendation: (index: number, by: -1 | 1) => void;
  show: (source: SourceRef | null, label: string) => void;
  goTo: (step: ImportStep) => void;
  choosePlan: (change: Partial<Omit<PlanChoice, 'isTitleEdited'>>) => void;
  /** Saves; resolves the new inspection's id, or null when refused (the errors say why). */
  save: () => Promise<{ inspectionId: number; planId: number | null } | null>;
  reset: () => void;
};

/** The label of the engine's task, to pick this read's progress out of the events. */
export const READ_TASK_LABEL = 'Reading the inspection report';


/** Counts reads started, so the answer to a read that was cancelled or replaced is dropped. */
let readCount = 0;

const START: Pick<ImportState, 'step' | 'read' | 'file' | 'found' | 'draft' | 'errors' | 'shown' | 'plan' | 'isSaving'> = {
  step: 'choose',
  read: { phase: 'idle' },
  file: null,
  found: null,
  draft: null,
  errors: {},
  shown: null,
  plan: { isWanted: true, title: '', owner: '', isTitleEdited: false },
  isSaving: false,
};

/** The import wizard: the file, what was found in it, the officer's corrections, and the save. */
export const useImportStore = create<ImportState>()((set, get) => ({
  ...START,
  refusalCount: 0,

  readFile: async (file) => {
    if (get().read.phase === 'reading') return;
    const refusal = fileProblem(file);
    if (refusal) {
      set({ ...START, read: { phase: 'failed', fileName: file.name, message: refusal } });
      return;
    }
    readCount += 1;
    const thisRead = readCount;
    set({ ...START, read: { phase: 'reading', fileName: file.name, size: file.size, taskId: null, done: 0, total: 0, isCancelling: false } });
    const dataBase64 = await readAsBase64(file);
    if (thisRead !== readCount) return;
    if (dataBase64 === null) {
      set({ read: { phase: 'failed', fileName: file.name, message: `Could not read “${file.name}” from this computer. Check the file opens, then choose it again.` } });
      return;
    }
    const stop = followProgress(get, set);
    const result = await api.call('imports/readInspection', { fileName: file.name, dataBase64 });
    stop();
    // Cancelled, or another file chosen meanwhile: this answer is no longer wanted.
    if (thisRead !== readCount) return;
    if (!result.ok) {
      set({ read: result.error.code === 'cancelled' ? { phase: 'cancelled', fileName: file.name } : { phase: 'failed', fileName: file.name, message: result.error.message } });
      return;
    }
    const draft = draftFromImport(result.value);
    set({
      step: 'review',
      read: { phase: 'idle' },
      file: { fileName: file.name, size: file.size, dataBase64 },
      found: result.value,
      draft,
      plan: { ...START.plan, isWanted: draft.recommendations.length > 0, title: planTitleFor(draft.title) },
    });
  },

  cancelRead: async () => {
    const { read } = get();
    if (read.phase !== 'reading' || read.isCancelling) return;
    set({ read: { ...read, isCancelling: true } });
    const taskId = read.taskId ?? latestReadTask();
    if (taskId !== null) await api.call('tasks/cancel', { taskId });
    // Whatever the engine still sends for this read is dropped; the officer can choose again at once.
    readCount += 1;
    set({ read: { phase: 'cancelled', fileName: read.fileName } });
  },

  edit: (field, value) => {
    const { draft, plan, errors } = get();
    if (!draft) return;
    set({ draft: { ...draft, [field]: value }, errors: without(errors, (key) => key === field) });
    if (field === 'title' && !plan.isTitleEdited) set({ plan: { ...plan, title: planTitleFor(value) } });
  },

  editJudgement: (index, change) => {
    const { draft, errors } = get();
    if (!draft) return;
    const judgements = draft.judgements.map((row, at) => (at === index ? { ...row, ...change } : row));
    set({ draft: { ...draft, judgements }, errors: without(errors, (key) => Object.keys(change).some((column) => key === `judgements.${index}.${column}`)) });
  },

  addJudgement: () => {
    const { draft } = get();
    if (!draft) return;
    set({ draft: { ...draft, judgements: [...draft.judgements, { key: newRowKey(), reference: '', area: '', grade: '', source: null }] } });
  },

  removeJudgement: (index) => {
    const { draft, errors } = get();
    if (!draft) return;
    // Errors are kept by row number, which a removal shifts: they come back on the next save if still true.
    set({ draft: { ...draft, judgements: draft.judgements.filter((_, at) => at !== index) }, errors: without(errors, (key) => key.startsWith('judgements.')) });
  },

  editRecommendation: (index, text) => {
    const { draft, errors } = get();
    if (!draft) return;
    const recommendations = draft.recommendations.map((row, at) => (at === index ? { ...row, text } : row));
    set({ draft: { ...draft, recommendations }, errors: without(errors, (key) => key === `recommendations.${index}.text`) });
  },

  addRecommendation: () => {
    const { draft } = get();
    if (!draft) return;
    set({ draft: { ...draft, recommendations: [...draft.recommendations, { key: newRowKey(), text: '', source: null }] } });
  },

  removeRecommendation: (index) => {
    const { draft, errors } = get();
    if (!draft) return;
    set({ draft: { ...draft, recommendations: draft.recommendations.filter((_, at) => at !== index) }, errors: without(errors, (key) => key.startsWith('recommendations.')) });
  },

  moveRecommendation: (index, by) => {
    const { draft, errors } = get();
    const target = index + by;
    if (!draft || target < 0 || target >= draft.recommendations.length) return;
    const recommendations = [...draft.recommendations];
    const [moved] = recommendations.splice(index, 1);
    if (moved) recommendations.splice(target, 0, moved);
    set({ draft: { ...draft, recommendations }, errors: without(errors, (key) => key.startsWith('recommendations.')) });
  },

  show: (source, label) => { set({ shown: { source, label } }); },

  goTo: (step) => {
    const { draft, errors } = get();
    if (step !== 'save' || !draft) {
      set({ step });
      return;
    }
    // The form is checked on the way to the last step, so the save itself rarely fails on a field.
    const problems = { ...checkDraft(draft), ...(errors.form ? { form: errors.form } : {}) };
    if (Object.keys(problems).length > 0) set({ errors: problems, refusalCount: get().refusalCount + 1 });
    else set({ step, errors: {} });
  },

  choosePlan: (change) => {
    const { plan, errors } = get();
    set({ plan: { ...plan, ...change, isTitleEdited: plan.isTitleEdited || change.title !== undefined }, errors: without(errors, (key) => key.startsWith('createPlan.') || key === 'form') });
  },

  save: async () => {
    const { draft, file, plan, isSaving } = get();
    if (!draft || !file || isSaving) return null;
    const errors = checkDraft(draft);
    if (plan.isWanted && plan.title.trim() === '') errors['createPlan.title'] = 'Give the plan’s title, or untick “Also create the action plan”.';
    if (Object.keys(errors).length > 0) return refuse(errors, get, set);
    set({ isSaving: true, errors: {} });
    const result = await api.call('imports/saveInspection', {
      file: { fileName: file.fileName, dataBase64: file.dataBase64 },
      inspection: inputFromDraft(draft),
      ...(plan.isWanted ? { createPlan: { title: plan.title.trim(), ...(plan.owner.trim() ? { owner: plan.owner.trim() } : {}) } } : {}),
    });
    set({ isSaving: false });
    if (!result.ok) return refuse(errorsFromMessage(result.error.message), get, set);
    set({ ...START });
    return { inspectionId: result.value.inspection.id, planId: result.value.planId };
  },

  reset: () => {
    const { read } = get();
    const taskId = read.phase === 'reading' ? (read.taskId ?? latestReadTask()) : null;
    if (taskId !== null) void api.call('tasks/cancel', { taskId });
    readCount += 1;
    set({ ...START });
  },
}));

/** "Castlemere: inspection of children's services: action plan". */
export function planTitleFor(inspectionTitle: string): string {
  const title = inspectionTitle.trim();
  return title === '' ? 'Action plan' : `${title}: action plan`;
}

function without(errors: ImportErrors, isGone: (key: string) => boolean): ImportErrors {
  const kept = Object.entries(errors).filter(([key]) => !isGone(key));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}

/** What can be said about a file before it is sent: nothing, or why it will not do. */
function fileProblem(file: File): string | null {
  if (file.size === 0) return `“${file.name}” is empty (0 bytes). Choose the report itself; it may not have finished downloading.`;
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return `“${file.name}” is ${formatFileSize(file.size)}, larger than ${formatFileSize(ATTACHMENT_MAX_BYTES)}, far larger than any inspection report. Check it is the right file.`;
  }
  return null;
}

function readAsBase64(file: File): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.startsWith('data:') ? url.slice(url.indexOf(',') + 1) : null);
    };
    reader.onerror = () => { resolve(null); };
    reader.readAsDataURL(file);
  });
}

type Get = () => ImportState;
type Set = (partial: Partial<ImportState>) => void;

/** Shows the refusal where it belongs: field errors on the review form, the plan's and the rest on the save step. */
function refuse(errors: ImportErrors, get: Get, set: Set): null {
  const isForReview = Object.keys(errors).some(isReviewError);
  set({ errors, step: isForReview ? 'review' : 'save', refusalCount: get().refusalCount + 1 });
  return null;
}

/** The newest read under way, for a cancel sent before its first progress event reached the store. */
function latestReadTask(): string | null {
  return useProgressStore.getState().tasks.findLast((task) => task.label === READ_TASK_LABEL)?.taskId ?? null;
}

/** Copies the engine's progress for this read into the store: the first new task with the read's label. */
function followProgress(get: Get, set: Set): () => void {
  const before = new Set(useProgressStore.getState().tasks.map((task) => task.taskId));
  return useProgressStore.subscribe(({ tasks }) => {
    const { read } = get();
    if (read.phase !== 'reading') return;
    const task = read.taskId === null
      ? tasks.find((candidate) => candidate.label === READ_TASK_LABEL && !before.has(candidate.taskId))
      : tasks.find((candidate) => candidate.taskId === read.taskId);
    if (!task) return;
    set({ read: { ...read, taskId: task.taskId, done: task.done, total: task.total } });
    if (read.taskId === null && read.isCancelling) void api.call('tasks/cancel', { taskId: task.taskId });
  });
}
