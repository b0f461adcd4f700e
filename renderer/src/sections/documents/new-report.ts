// Writing a new committee report from the report template, optionally put
// straight onto an agenda item as its paper (for the meeting page to use too).
import type { Document } from '../../../../shared/api/methods/documents';
import { api } from '../../api/client';
import { failureOf, type FormResult } from '../plans/plan-call';
import { reportTemplateBody } from './report-template';

export type NewReport = { title: string; committeeId?: number; agendaItemId?: number };

/**
 * Creates a draft report with an empty cover sheet and the template's
 * numbered sections; with an agenda item, adds it there as a paper. If adding
 * the paper fails the report is still kept, and the message says so.
 */
export async function createReportFromTemplate({ title, committeeId, agendaItemId }: NewReport): Promise<FormResult<Document>> {
  if (title.trim() === '') return { ok: false, message: 'Give the report a title, as it will appear on the agenda.', field: 'title' };
  const created = await api.call('documents/create', { kind: 'report', title: title.trim(), coverSheet: {}, body: reportTemplateBody(), ...(committeeId === undefined ? {} : { committeeId }) });
  // "Invalid input for documents/create: title: …" names the field after the method.
  if (!created.ok) return failureOf(created.error.message.replace(/^Invalid input for [^:]+: /, ''));
  if (agendaItemId === undefined) return { ok: true, value: created.value };
  const paper = await api.call('papers/add', { agendaItemId, documentId: created.value.id });
  if (!paper.ok) return { ok: false, message: `The report “${created.value.title}” was written, but could not be added to the agenda item: ${paper.error.message} Add it from the Documents list.`, field: null };
  return { ok: true, value: created.value };
}
