import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceInfo } from '../../../shared/api/types';
import type { CoreContext } from '../context';

/** The tables people think of as things, and their names in reports. */
const COUNTED: readonly (readonly [table: string, label: string])[] = [
  ['authority_settings', 'authoritySettings'],
  ['people', 'people'],
  ['committees', 'committees'],
  ['committee_rationale_items', 'rationaleItems'],
  ['memberships', 'memberships'],
  ['meetings', 'meetings'],
  ['agenda_items', 'agendaItems'],
  ['papers', 'papers'],
  ['attendance', 'attendance'],
  ['minute_entries', 'minuteEntries'],
  ['decisions', 'decisions'],
  ['follow_ups', 'followUps'],
  ['work_programme_items', 'workProgrammeItems'],
  ['inspections', 'inspections'],
  ['judgements', 'judgements'],
  ['recommendations', 'recommendations'],
  ['inspection_evidence', 'inspectionEvidence'],
  ['action_plans', 'actionPlans'],
  ['plan_entries', 'planEntries'],
  ['measures', 'measures'],
  ['actions', 'actions'],
  ['progress_updates', 'progressUpdates'],
  ['documents', 'documents'],
  ['attachments', 'attachments'],
  ['attachment_contents', 'attachmentContents'],
  ['issued_packs', 'issuedPacks'],
  ['non_working_days', 'nonWorkingDays'],
  ['audit_log', 'auditEntries'],
];

/** Schema version, rows per entity and a full integrity check of the open workspace. */
export function describeWorkspaceContents(ctx: CoreContext, isFullCheck: boolean): WorkspaceInfo {
  const { db, path: file } = ctx.workspace.current();
  const counts: Record<string, number> = {};
  for (const [table, label] of COUNTED) counts[label] = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const problems = (db.pragma(isFullCheck ? 'integrity_check(20)' : 'quick_check(20)') as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '');
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  const walSize = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
  return {
    path: file,
    fileName: path.basename(file),
    sizeBytes: fs.statSync(file).size + walSize,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    integrity: problems.length === 1 && problems[0] === 'ok' ? 'ok' : problems.join('; '),
    foreignKeyProblems,
    counts,
  };
}
