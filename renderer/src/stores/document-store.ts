import { create } from 'zustand';
import type { Document, DocumentStatus, ReportCoverSheet } from '../../../shared/api/methods/documents';
import type { RichText } from '../../../shared/api/schema';
import { api } from '../api/client';
import { tidyCoverSheet } from '../sections/documents/cover-sheet-values';
import { showError } from './toast-store';

/** What the author can change on the document page. */
export type DocumentDraft = { title: string; status: DocumentStatus; coverSheet: ReportCoverSheet; body: RichText };
type Field = keyof DocumentDraft;

/** Where the open document's changes stand. */
export type SaveState =
  | { phase: 'unchanged' }
  | { phase: 'waiting' }
  | { phase: 'saving' }
  | { phase: 'saved'; at: Date }
  | { phase: 'failed'; reason: string };

type DocumentState = {
  documentId: number | null;
  /** The document as last read or saved. */
  stored: Document | null;
  loadError: string | null;
  /** What the author sees: the stored document with their changes. */
  draft: DocumentDraft | null;
  /** Fields changed since they were last sent. */
  unsaved: readonly Field[];
  save: SaveState;
  /** Goes up when the body is replaced from the engine (a section drafted again), so the editor reloads. */
  bodyRevision: number;
  open: (documentId: number) => Promise<void>;
  edit: (fields: Partial<DocumentDraft>) => void;
  /** Sends what is unsaved now; true when everything is saved. */
  saveNow: () => Promise<boolean>;
  /** Takes a body the engine has changed, keeping the author's unsaved title and cover sheet. */
  replaceBody: (document: Document) => void;
};

/** How long typing must pause before changes are saved. */
export const AUTOSAVE_DELAY_MS = 1000;

let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<unknown> | null = null;

function stopTimer() {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

/**
 * The document open on the document page, its unsaved changes and its
 * autosave. Changes live here, not in the page, so a failed save or a quick
 * move to another page never loses what was typed: it is retried, and is
 * still here when the author comes back.
 */
export const useDocumentStore = create<DocumentState>()((set, get) => ({
  documentId: null,
  stored: null,
  loadError: null,
  draft: null,
  unsaved: [],
  save: { phase: 'unchanged' },
  bodyRevision: 0,

  open: async (documentId) => {
    const state = get();
    // Coming back to a document with changes not yet saved: keep them and try again.
    if (state.documentId === documentId && state.draft && state.unsaved.length > 0) {
      void get().saveNow();
      return;
    }
    if (state.documentId !== null && state.documentId !== documentId && state.unsaved.length > 0 && !(await get().saveNow())) {
      showError(`Changes to “${state.draft?.title.trim() || 'the last document'}” could not be saved and were dropped when another document was opened.`);
    }
    stopTimer();
    set({ documentId, stored: null, draft: null, loadError: null, unsaved: [], save: { phase: 'unchanged' } });
    const result = await api.call('documents/get', { id: documentId });
    if (get().documentId !== documentId) return;
    if (!result.ok) {
      set({ loadError: result.error.message });
      return;
    }
    set({ stored: result.value, draft: draftOf(result.value), bodyRevision: get().bodyRevision + 1 });
  },

  edit: (fields) => {
    const { draft, unsaved } = get();
    if (!draft) return;
    const changed = (Object.keys(fields) as Field[]).filter((field) => fields[field] !== draft[field]);
    if (changed.length === 0) return;
    set({ draft: { ...draft, ...fields }, unsaved: [...new Set([...unsaved, ...changed])], save: { phase: 'waiting' } });
    stopTimer();
    timer = setTimeout(() => { void get().saveNow(); }, AUTOSAVE_DELAY_MS);
  },

  saveNow: async () => {
    stopTimer();
    while (inFlight) await inFlight;
    const { documentId, draft, unsaved } = get();
    if (documentId === null || !draft) return true;
    // A blank title cannot be stored; everything else still is, and the title waits.
    const isTitleBlank = draft.title.trim() === '';
    const sending = unsaved.filter((field) => !(field === 'title' && isTitleBlank));
    if (sending.length === 0) {
      if (isTitleBlank && unsaved.includes('title')) set({ save: { phase: 'failed', reason: 'Give the document a title.' } });
      return unsaved.length === 0 && get().save.phase !== 'failed';
    }
    set({ unsaved: unsaved.filter((field) => !sending.includes(field)), save: { phase: 'saving' } });
    const call = sendFields(documentId, draft, sending);
    inFlight = call;
    const outcome = await call.finally(() => { inFlight = null; });
    if (get().documentId !== documentId) return outcome.failed.length === 0;
    const stillUnsaved = [...new Set([...get().unsaved, ...outcome.failed])];
    if (outcome.stored) set({ stored: outcome.stored });
    if (outcome.reason !== null) {
      set({ unsaved: stillUnsaved, save: { phase: 'failed', reason: outcome.reason } });
      return false;
    }
    if (isTitleBlank && stillUnsaved.includes('title')) {
      set({ unsaved: stillUnsaved, save: { phase: 'failed', reason: 'Give the document a title.' } });
      return false;
    }
    set({ unsaved: stillUnsaved, save: stillUnsaved.length > 0 ? { phase: 'waiting' } : { phase: 'saved', at: new Date() } });
    // Typing went on during the save: its own pause will save it.
    if (stillUnsaved.length > 0 && timer === null) timer = setTimeout(() => { void get().saveNow(); }, AUTOSAVE_DELAY_MS);
    return stillUnsaved.length === 0;
  },

  replaceBody: (document) => {
    const { draft } = get();
    if (!draft || document.id !== get().documentId) return;
    set({ stored: document, draft: { ...draft, body: document.body }, unsaved: get().unsaved.filter((field) => field !== 'body'), bodyRevision: get().bodyRevision + 1 });
  },
}));

function draftOf(document: Document): DocumentDraft {
  return { title: document.title, status: document.status, coverSheet: document.coverSheet, body: document.body };
}

type Outcome = { stored: Document | null; failed: Field[]; reason: string | null };

/**
 * One update with every unsaved field. If it is refused and the body was in
 * it, the body is sent on its own: a wrong cover-sheet field must never hold
 * back the text being typed.
 */
async function sendFields(id: number, draft: DocumentDraft, fields: readonly Field[]): Promise<Outcome> {
  const result = await api.call('documents/update', { id, ...valuesOf(draft, fields) });
  if (result.ok) return { stored: result.value, failed: [], reason: null };
  if (result.error.code !== 'invalid_input' || !fields.includes('body') || fields.length === 1) return { stored: null, failed: [...fields], reason: result.error.message };
  const bodyOnly = await api.call('documents/update', { id, body: draft.body });
  return { stored: bodyOnly.ok ? bodyOnly.value : null, failed: fields.filter((field) => field !== 'body' || !bodyOnly.ok), reason: result.error.message };
}

function valuesOf(draft: DocumentDraft, fields: readonly Field[]): Partial<DocumentDraft> {
  const values: Partial<DocumentDraft> = {};
  if (fields.includes('title')) values.title = draft.title.trim();
  if (fields.includes('status')) values.status = draft.status;
  if (fields.includes('coverSheet')) values.coverSheet = tidyCoverSheet(draft.coverSheet);
  if (fields.includes('body')) values.body = draft.body;
  return values;
}

/** True while something the author changed is not yet stored. */
export function hasUnsavedChanges(state: Pick<DocumentState, 'unsaved' | 'save'>): boolean {
  return state.unsaved.length > 0 || state.save.phase === 'saving';
}
