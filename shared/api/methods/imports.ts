import { z } from 'zod';
import { method } from '../method';
import { line, pathOn, requiredLine, type Grade } from '../schema';
import { dataBase64, fileName } from './attachments';
import { inspectionCreateFields, type InspectionDetail } from './inspections';

/** Where a value was found in the source: page and line as the import shows them side by side. */
export type SourceRef = { page: number; line: number };

/** A value the parser found, with where it found it; null value and null source when it was not found. */
export type Found<T> = { value: T | null; source: SourceRef | null };

/** An inspection report as the parser read it: every field with its source, and what to check. */
export type ParsedInspection = {
  localAuthority: Found<string>;
  title: Found<string>;
  framework: Found<'SIF' | 'ILACS'>;
  inspectionStart: Found<string>;
  inspectionEnd: Found<string>;
  published: Found<string>;
  leadInspector: Found<string>;
  overall: Found<Grade>;
  judgements: { ref: string; area: string; grade: Grade | null; source: SourceRef | null }[];
  recommendations: { number: number; text: string; source: SourceRef | null }[];
  /** Paragraphs ending "(Recommendation)", kept as evidence. */
  evidence: { text: string; source: SourceRef | null }[];
  /** e.g. "The judgement table was not found.", "Recommendation 7 may be cut at a page break (page 12)." */
  warnings: string[];
};

/** One line of the report as read, for showing the source beside what was found. */
export type SourceLineView = { page: number; line: number; text: string; isFurniture: boolean };

/** What reading a report gives: what was found, and the text it was found in. */
export type InspectionImport = {
  fileName: string;
  size: number;
  format: 'pdf' | 'docx' | 'text';
  pageCount: number;
  parsed: ParsedInspection;
  lines: SourceLineView[];
};

/** A report to import: a file on this computer, or its bytes sent by the UI. */
const reportFile = z.union([z.object({ path: pathOn('file path') }).strict(), z.object({ fileName, dataBase64 }).strict()], {
  // The keys show which form was meant: say what is wrong with that one (a file too large, say), not that neither fits.
  error: (issue) => {
    const input = issue.input;
    const chosen = typeof input !== 'object' || input === null ? -1 : 'path' in input ? 0 : 'dataBase64' in input || 'fileName' in input ? 1 : -1;
    const inner = chosen < 0 ? undefined : (issue as unknown as { errors: { message: string; path: PropertyKey[] }[][] }).errors[chosen]?.[0];
    return inner === undefined ? 'Give the report as { path } or as { fileName, dataBase64 }.' : `${inner.path.map(String).join('.')}: ${inner.message}`;
  },
});

export const importMethods = {
  'imports/readInspection': method<InspectionImport>()(reportFile, 'Read an inspection report (PDF, Word or text) and show what was found, with where; nothing is saved'),
  'imports/saveInspection': method<{ inspection: InspectionDetail; planId: number | null }>()(
    z
      .object({
        file: reportFile,
        inspection: inspectionCreateFields,
        createPlan: z.object({ title: requiredLine('the plan’s title', 300), owner: line(200).optional() }).strict().optional(),
      })
      .strict(),
    'Save an imported inspection as checked by the officer, with the report attached, and optionally its action plan (one entry per recommendation)',
  ),
} as const;
