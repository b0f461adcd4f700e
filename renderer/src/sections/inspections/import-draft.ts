// The import wizard's editable copy of what the parser found, and the way
// back from it to what imports/saveInspection takes. Pure, so the store stays
// small and the rules read in one place.
import type { ApiInput } from '../../../../shared/api/contract';
import type { InspectionImport, SourceRef } from '../../../../shared/api/methods/imports';
import { inspectionCreateFields, type InspectionFramework } from '../../../../shared/api/methods/inspections';
import type { Grade } from '../../../../shared/api/schema';

export type DraftJudgement = { key: number; reference: string; area: string; grade: Grade | ''; source: SourceRef | null };
export type DraftRecommendation = { key: number; text: string; source: SourceRef | null };

/** The one-value fields of the review form, each a string as its control holds it ('' for none). */
export type ImportDraftFields = {
  localAuthority: string;
  title: string;
  framework: InspectionFramework | '';
  inspectionStart: string;
  inspectionEnd: string;
  publicationDate: string;
  leadInspector: string;
  overallGrade: Grade | '';
};
export type DraftField = keyof ImportDraftFields;

export type ImportDraft = ImportDraftFields & {
  judgements: DraftJudgement[];
  recommendations: DraftRecommendation[];
  evidence: InspectionImport['parsed']['evidence'];
  /** Where each one-value field was found; null when the parser did not find it. */
  sources: Record<DraftField, SourceRef | null>;
};

/** Messages by field key: a draft field ("title"), a row's cell ("recommendations.2.text"), "createPlan.title", or "form". */
export type ImportErrors = Record<string, string>;

export type SaveInput = ApiInput<'imports/saveInspection'>['inspection'];

let nextKey = 1;

/** A key for a new row, so React keeps each row's control when others are added, removed or moved. */
export function newRowKey(): number {
  return nextKey++;
}

/** The form as the parser filled it: found values, and empty fields where nothing was found. */
export function draftFromImport(found: InspectionImport): ImportDraft {
  const { parsed } = found;
  return {
    localAuthority: parsed.localAuthority.value ?? '',
    title: parsed.title.value ?? '',
    framework: parsed.framework.value ?? '',
    inspectionStart: parsed.inspectionStart.value ?? '',
    inspectionEnd: parsed.inspectionEnd.value ?? '',
    publicationDate: parsed.published.value ?? '',
    leadInspector: parsed.leadInspector.value ?? '',
    overallGrade: parsed.overall.value ?? '',
    judgements: parsed.judgements.map((judgement) => ({ key: newRowKey(), reference: judgement.ref, area: judgement.area, grade: judgement.grade ?? '', source: judgement.source })),
    recommendations: parsed.recommendations.map((recommendation) => ({ key: newRowKey(), text: recommendation.text, source: recommendation.source })),
    evidence: parsed.evidence,
    sources: {
      localAuthority: parsed.localAuthority.source,
      title: parsed.title.source,
      framework: parsed.framework.source,
      inspectionStart: parsed.inspectionStart.source,
      inspectionEnd: parsed.inspectionEnd.source,
      publicationDate: parsed.published.source,
      leadInspector: parsed.leadInspector.source,
      overallGrade: parsed.overall.source,
    },
  };
}

/** What the API takes: '' becomes "none", recommendations are numbered in list order, untouched new rows are left out. */
export function inputFromDraft(draft: ImportDraft): SaveInput {
  const judgements = draft.judgements.filter((row) => row.reference.trim() !== '' || row.area.trim() !== '' || row.grade !== '');
  return {
    // An unchosen framework is sent as '' so the check below names the field.
    framework: draft.framework as InspectionFramework,
    title: draft.title,
    localAuthority: draft.localAuthority,
    inspectionStart: draft.inspectionStart || null,
    inspectionEnd: draft.inspectionEnd || null,
    publicationDate: draft.publicationDate || null,
    leadInspector: draft.leadInspector,
    overallGrade: draft.overallGrade || null,
    judgements: judgements.map((row) => ({ reference: row.reference, area: row.area, grade: row.grade || null })),
    recommendations: draft.recommendations.map((row, index) => ({ number: index + 1, text: row.text, sourcePage: row.source?.page ?? null })),
    evidence: draft.evidence.map((paragraph) => ({ text: paragraph.text, sourcePage: paragraph.source?.page ?? null })),
  };
}

/**
 * Checks the form with the contract's own schema before anything is sent, so
 * every problem shows at once (the API names only the first few). Judgement
 * rows are matched back to the table, as empty rows are left out of the input.
 */
export function checkDraft(draft: ImportDraft): ImportErrors {
  const errors: ImportErrors = {};
  if (draft.framework === '') errors.framework = 'Choose the framework the report was written under, or “Another framework”.';
  const input = inputFromDraft(draft);
  const result = inspectionCreateFields.safeParse(input);
  if (result.success) return errors;
  const keptRows = draft.judgements.flatMap((row, index) => (row.reference.trim() !== '' || row.area.trim() !== '' || row.grade !== '' ? [index] : []));
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    if (path[0] === 'judgements' && path[1] !== undefined) path[1] = String(keptRows[Number(path[1])] ?? path[1]);
    const key = fieldKey(path);
    if (errors[key] === undefined) errors[key] = issue.message;
  }
  return errors;
}

/**
 * The API's refusal split by field: "Invalid input for imports/saveInspection:
 * inspection.title: Give…; createPlan.title: Give…". What names no field is
 * kept whole under "form".
 */
export function errorsFromMessage(message: string): ImportErrors {
  const detail = message.replace(/^Invalid input for [^:]+: /, '');
  const errors: ImportErrors = {};
  if (detail === message) return { form: message };
  for (const part of detail.split('; ')) {
    const match = /^([\w.]+): (.+)$/s.exec(part);
    if (!match?.[1] || !match[2]) {
      if (errors.form === undefined) errors.form = part;
      continue;
    }
    const path = match[1].split('.');
    const key = path[0] === 'inspection' ? fieldKey(path.slice(1)) : match[1];
    errors[key] ??= match[2];
  }
  return errors;
}

/** The element id of the control an error key names, so a summary can move focus to it. */
export function controlIdFor(key: string): string {
  return `import-${key.replace(/\./g, '-')}`;
}

/** True when an error belongs to the review form (not to the save step). */
export function isReviewError(key: string): boolean {
  return key !== 'createPlan.title' && key !== 'createPlan.owner' && key !== 'form';
}

/** A row's cell keeps its index and column; a recommendation's number error is shown on its text. */
function fieldKey(path: string[]): string {
  const [list, index, column] = path;
  if (list === 'recommendations' && index !== undefined) return `recommendations.${index}.text`;
  if (list === 'judgements' && index !== undefined) return `judgements.${index}.${column === 'reference' || column === 'grade' ? column : 'area'}`;
  if (list === 'evidence') return 'form';
  return list ?? 'form';
}

/** True when the officer has changed anything the parser found, so starting again would lose work. */
export function isDraftChanged(found: InspectionImport, draft: ImportDraft): boolean {
  return JSON.stringify(inputFromDraft(draft)) !== JSON.stringify(inputFromDraft(draftFromImport(found)));
}

const FIELD_ORDER = ['localAuthority', 'title', 'framework', 'inspectionStart', 'inspectionEnd', 'publicationDate', 'leadInspector', 'overallGrade', 'judgements', 'recommendations', 'createPlan', 'form'];
const COLUMN_ORDER = ['reference', 'area', 'grade', 'text', 'title', 'owner'];

/** Sorts error keys into the order their fields appear on screen, so a summary reads top to bottom. */
export function byFormOrder(a: string, b: string): number {
  const rank = (key: string) => {
    const [field = '', second = '', third = ''] = key.split('.');
    const row = Number(second);
    const column = COLUMN_ORDER.indexOf(Number.isInteger(row) && second !== '' ? third : second);
    return [FIELD_ORDER.indexOf(field), Number.isInteger(row) ? row : 0, column];
  };
  const [left, right] = [rank(a), rank(b)];
  for (let index = 0; index < left.length; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
