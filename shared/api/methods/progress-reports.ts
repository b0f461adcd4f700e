// Progress reports: the report on an action plan that goes to committee,
// drafted from the plan and its progress updates, then rewritten by its
// author. The draft's sections are marked in the body (heading attrs
// `sectionKey` and `generated`, a fingerprint of the section as drafted), so
// a section can be drafted again without losing what the author wrote.
import { z } from 'zod';
import { method } from '../method';
import { id, isoDate } from '../schema';
import type { Document } from './documents';

/**
 * A drafted section: `as_drafted` when the author has not touched it (safe to
 * draft again), `changed` when they have, `removed` when its heading is gone
 * from the body, `missing` for a plan entry that has no section yet.
 */
export type ReportSectionState = 'as_drafted' | 'changed' | 'removed' | 'missing';

/** Keys: "introduction", "structure", "entry:<id>" (one per plan entry), "conclusion". */
export type ReportSection = { key: string; heading: string; state: ReportSectionState };

export type ProgressReportDraft = {
  /** The report: cover sheet and body, a draft. */
  document: Document;
  /** The action plan paper (kind action_plan) that goes with it as an appendix. */
  appendix: Document;
  /** Updates dated after this day are reported (the last report's meeting); null when this is the first report. */
  since: string | null;
  /** The plan as it stood on this day (the meeting's agenda issue date, or today when that is later). */
  asAt: string;
  sections: ReportSection[];
  /** How many progress updates the report sets out (those dated in the period). */
  updateCount?: number;
  /** The papers added to the agenda item, when one was given: the report, then the appendix. */
  paperIds: number[];
};

export type RegenerateResult = {
  document: Document;
  /** Keys of the sections drafted again (or added, for entries that had none). */
  replaced: string[];
  /** Sections the author changed, left as they were: ask before passing `overwriteChanged`. */
  keptChanged: ReportSection[];
};

const sectionKey = z.string().regex(/^(introduction|structure|conclusion|entry:[1-9]\d*)$/, 'A section key is introduction, structure, conclusion or entry:<id>.');

export const progressReportMethods = {
  'progressReports/draft': method<ProgressReportDraft>()(
    z.object({ planId: id, meetingId: id, agendaItemId: id.optional(), since: isoDate.optional() }).strict(),
    'Draft the progress report on a plan for a meeting (cover sheet, introduction, structure, a section per recommendation with the updates since the last report, conclusion) and its action plan appendix; with an agenda item, add both as its papers',
  ),
  'progressReports/sections': method<ReportSection[]>()(
    z.object({ documentId: id }).strict(),
    'The drafted sections of a progress report and whether the author has changed each since it was drafted',
  ),
  'progressReports/regenerate': method<RegenerateResult>()(
    z.object({ documentId: id, keys: z.array(sectionKey).max(1_000).optional(), overwriteChanged: z.boolean().optional(), since: isoDate.optional() }).strict(),
    'Draft sections of a progress report again from the plan as it stands (all by default; from `since`, else the last report); sections the author changed are kept unless overwriteChanged is true',
  ),
} as const;
