import { create } from 'zustand';
import type { ApiInput } from '../../../shared/api/contract';
import type { AuthoritySettings, FontFamily, MinuteNumbering, ReportDeadlineBasis } from '../../../shared/api/methods/settings';
import { api } from '../api/client';
import { callOrToast } from './call';
import { showError, useToastStore } from './toast-store';

/** What the form edits: numbers stay text while typed, so a half-typed value is not lost. */
export type SettingsDraft = {
  name: string;
  address: string;
  fontFamily: FontFamily;
  bodyFontSizePt: string;
  accentColour: string;
  minuteNumbering: MinuteNumbering;
  municipalYearStartMonth: number;
  reportDeadlineDays: string;
  reportDeadlineBasis: ReportDeadlineBasis;
  authorName: string;
};
export type DraftField = keyof SettingsDraft;
/** A field an error can be shown against: the draft's, plus the logo. */
export type SettingsField = DraftField | 'logoAttachmentId';
export type FieldErrors = Partial<Record<SettingsField, string>>;

const LOGO_TYPES = new Set(['image/png', 'image/jpeg']);
const LOGO_MAX_BYTES = 5_000_000;
const FIELDS: readonly SettingsField[] = [
  'name', 'address', 'logoAttachmentId', 'fontFamily', 'bodyFontSizePt', 'accentColour',
  'minuteNumbering', 'municipalYearStartMonth', 'reportDeadlineDays', 'reportDeadlineBasis', 'authorName',
];

type SettingsState = {
  /** The workspace the settings were loaded from: another workspace has its own. */
  loadedFor: string | null;
  saved: AuthoritySettings | null;
  draft: SettingsDraft | null;
  errors: FieldErrors;
  isSaving: boolean;
  isLogoBusy: boolean;
  /** The logo as a data: URL for the preview, when it could be read. */
  logoPreview: string | null;
  load: (workspacePath: string) => Promise<void>;
  setField: <F extends DraftField>(field: F, value: SettingsDraft[F]) => void;
  /** Saves the changed fields; resolves false (with errors by field) when refused. */
  save: () => Promise<boolean>;
  uploadLogo: (file: File) => Promise<void>;
  removeLogo: () => Promise<void>;
};

/** The authority's details and house style, and the unsaved edits to them. */
export const useSettingsStore = create<SettingsState>()((set, get) => ({
  loadedFor: null,
  saved: null,
  draft: null,
  errors: {},
  isSaving: false,
  isLogoBusy: false,
  logoPreview: null,

  load: async (workspacePath) => {
    if (get().loadedFor === workspacePath) return;
    set({ loadedFor: workspacePath, saved: null, draft: null, errors: {}, logoPreview: null });
    const settings = await callOrToast('settings/get', {});
    if (!settings || get().loadedFor !== workspacePath) return;
    set({ saved: settings, draft: draftOf(settings) });
    set({ logoPreview: await readLogo(settings.logoAttachmentId) });
  },

  setField: (field, value) => {
    const { draft, errors } = get();
    if (!draft) return;
    set({ draft: { ...draft, [field]: value }, errors: withoutField(errors, field) });
  },

  save: async () => {
    const { saved, draft, isSaving } = get();
    if (!saved || !draft || isSaving) return false;
    set({ isSaving: true });
    const result = await api.call('settings/update', changesOf(saved, draft));
    set({ isSaving: false });
    if (!result.ok) {
      const errors = fieldErrorsOf(result.error.message);
      const messages = Object.values(errors);
      set({ errors });
      showError(messages.length > 0 ? `Settings not saved. ${messages.join(' ')}` : result.error.message);
      return false;
    }
    set({ saved: result.value, draft: draftOf(result.value), errors: {} });
    useToastStore.getState().show('success', 'Settings saved. They apply to the next pack you build.');
    return true;
  },

  uploadLogo: async (file) => {
    const refuse = (message: string) => {
      set({ errors: { ...get().errors, logoAttachmentId: message } });
      showError(message);
    };
    const problem = logoProblem(file);
    if (problem) {
      refuse(problem);
      return;
    }
    set({ isLogoBusy: true, errors: withoutField(get().errors, 'logoAttachmentId') });
    const dataUrl = await readAsDataUrl(file);
    const attachment = dataUrl === null ? null : await callOrToast('attachments/add', { fileName: file.name, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1), mediaType: file.type });
    const settings = attachment && (await updateLogo(attachment.id));
    set({ isLogoBusy: false });
    if (dataUrl === null) refuse(`Could not read “${file.name}”. Check the file and try again.`);
    if (!dataUrl || !settings) return;
    set({ saved: settings, logoPreview: dataUrl });
    useToastStore.getState().show('success', `Logo saved: ${file.name}.`);
  },

  removeLogo: async () => {
    set({ isLogoBusy: true });
    const settings = await updateLogo(null);
    set({ isLogoBusy: false });
    if (!settings) return;
    set({ saved: settings, logoPreview: null, errors: withoutField(get().errors, 'logoAttachmentId') });
    useToastStore.getState().show('success', 'Logo removed. Packs are built without a logo until you add one.');
  },
}));

/** True while the form holds edits that are not saved. */
export function useIsDirty(): boolean {
  return useSettingsStore((state) => state.saved !== null && state.draft !== null && Object.keys(changesOf(state.saved, state.draft)).length > 0);
}

function draftOf(settings: AuthoritySettings): SettingsDraft {
  return {
    name: settings.name,
    address: settings.address,
    fontFamily: settings.fontFamily,
    bodyFontSizePt: String(settings.bodyFontSizePt),
    accentColour: settings.accentColour,
    minuteNumbering: settings.minuteNumbering,
    municipalYearStartMonth: settings.municipalYearStartMonth,
    reportDeadlineDays: String(settings.reportDeadlineDays),
    reportDeadlineBasis: settings.reportDeadlineBasis,
    authorName: settings.authorName,
  };
}

/** Only the fields the user changed; numbers that are not numbers are sent as they are, for the API to refuse by name. */
export function changesOf(saved: AuthoritySettings, draft: SettingsDraft): ApiInput<'settings/update'> {
  const candidate: Record<string, unknown> = {
    ...draft,
    accentColour: draft.accentColour.toUpperCase(),
    bodyFontSizePt: toNumber(draft.bodyFontSizePt),
    reportDeadlineDays: toNumber(draft.reportDeadlineDays),
  };
  const changes = Object.entries(candidate).filter(([field, value]) => value !== saved[field as keyof AuthoritySettings]);
  return Object.fromEntries(changes);
}

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * Splits an API refusal into messages by field: "Invalid input for
 * settings/update: accentColour: Give a colour…; bodyFontSizePt: Use…" or a
 * service's "logoAttachmentId: there is no attachment…".
 */
export function fieldErrorsOf(message: string): FieldErrors {
  const errors: FieldErrors = {};
  const detail = message.replace(/^Invalid input for [^:]+: /, '');
  for (const part of detail.split('; ')) {
    const match = /^([A-Za-z]+): (.+)$/s.exec(part);
    const field = FIELDS.find((candidate) => candidate === match?.[1]);
    if (field && match?.[2] && errors[field] === undefined) errors[field] = match[2];
  }
  return errors;
}

function withoutField(errors: FieldErrors, field: SettingsField): FieldErrors {
  return errors[field] === undefined ? errors : Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field));
}

function logoProblem(file: File): string | null {
  if (!LOGO_TYPES.has(file.type)) return `“${file.name}” is not a PNG or JPEG image. Choose a PNG or JPEG file for the logo.`;
  if (file.size > LOGO_MAX_BYTES) return `“${file.name}” is over 5 MB. Choose a smaller image for the logo.`;
  return null;
}

async function updateLogo(logoAttachmentId: number | null): Promise<AuthoritySettings | null> {
  const result = await api.call('settings/update', { logoAttachmentId });
  if (result.ok) return result.value;
  const { errors } = useSettingsStore.getState();
  useSettingsStore.setState({ errors: { ...errors, ...fieldErrorsOf(result.error.message) } });
  showError(result.error.message);
  return null;
}

/** The stored logo as a data: URL; the preview is a nicety, so a failure leaves just the file name. */
async function readLogo(attachmentId: number | null): Promise<string | null> {
  if (attachmentId === null) return null;
  const result = await api.call('attachments/read', { id: attachmentId });
  return result.ok ? `data:${result.value.mediaType};base64,${result.value.dataBase64}` : null;
}

/** The file as a data: URL, or null when the browser could not read it. */
function readAsDataUrl(file: File): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => { resolve(typeof reader.result === 'string' ? reader.result : null); };
    reader.onerror = () => { resolve(null); };
    reader.readAsDataURL(file);
  });
}
