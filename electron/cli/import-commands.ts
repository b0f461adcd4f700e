// import-inspection: read an inspection report and print what was found;
// with --workspace, also save it as the import wizard would.
import type { InspectionImport, ParsedInspection } from '../../shared/api/methods/imports';
import type { ApiInput } from '../../shared/api/contract';
import { openStartupWorkspace } from '../core/workspace/startup';
import { call, onePositional, type Command } from './command-kit';

type Value<K extends keyof ParsedInspection> = ParsedInspection[K] extends { value: infer T } ? T | null : never;

/** What `import-inspection --json` prints: values only, nulls where nothing was found. */
export type ImportJson = {
  localAuthority: Value<'localAuthority'>;
  title: Value<'title'>;
  framework: Value<'framework'>;
  inspectionStart: Value<'inspectionStart'>;
  inspectionEnd: Value<'inspectionEnd'>;
  published: Value<'published'>;
  leadInspector: Value<'leadInspector'>;
  overall: Value<'overall'>;
  judgements: Pick<ParsedInspection['judgements'][number], 'ref' | 'area' | 'grade'>[];
  recommendations: Pick<ParsedInspection['recommendations'][number], 'number' | 'text'>[];
  warnings: string[];
};

/** The one-line-per-field JSON the issue fixes: values only, nulls where nothing was found. */
export function importJson(parsed: ParsedInspection): ImportJson {
  return {
    localAuthority: parsed.localAuthority.value,
    title: parsed.title.value,
    framework: parsed.framework.value,
    inspectionStart: parsed.inspectionStart.value,
    inspectionEnd: parsed.inspectionEnd.value,
    published: parsed.published.value,
    leadInspector: parsed.leadInspector.value,
    overall: parsed.overall.value,
    judgements: parsed.judgements.map(({ ref, area, grade }) => ({ ref, area, grade })),
    recommendations: parsed.recommendations.map(({ number, text }) => ({ number, text })),
    warnings: parsed.warnings,
  };
}

/** What the wizard saves when the officer accepts everything as found. */
export function inspectionFromImport(found: InspectionImport): ApiInput<'imports/saveInspection'>['inspection'] {
  const { parsed } = found;
  return {
    framework: parsed.framework.value ?? 'other',
    // A title is needed to save; the file name says which report it was when none was found.
    title: parsed.title.value ?? `Inspection report (${found.fileName})`,
    localAuthority: parsed.localAuthority.value ?? '',
    inspectionStart: parsed.inspectionStart.value,
    inspectionEnd: parsed.inspectionEnd.value,
    publicationDate: parsed.published.value,
    leadInspector: parsed.leadInspector.value ?? '',
    overallGrade: parsed.overall.value,
    judgements: parsed.judgements.map(({ ref, area, grade }) => ({ reference: ref, area, grade })),
    recommendations: parsed.recommendations.map(({ number, text, source }) => ({ number, text, sourcePage: source?.page ?? null })),
    evidence: parsed.evidence.map(({ text, source }) => ({ text, sourcePage: source?.page ?? null })),
  };
}

function describeImport(found: InspectionImport): string {
  const { parsed } = found;
  const value = (field: { value: string | null }) => field.value ?? '(not found)';
  const lines = [
    `${found.fileName}: ${found.format.toUpperCase()}, ${found.pageCount} ${found.pageCount === 1 ? 'page' : 'pages'}`,
    `Local authority: ${value(parsed.localAuthority)}`,
    `Title:           ${value(parsed.title)}`,
    `Framework:       ${value(parsed.framework)}`,
    `Inspected:       ${value(parsed.inspectionStart)} to ${value(parsed.inspectionEnd)}`,
    `Published:       ${value(parsed.published)}`,
    `Lead inspector:  ${value(parsed.leadInspector)}`,
    `Overall:         ${value(parsed.overall)}`,
    '',
    `Judgements (${parsed.judgements.length}):`,
    ...parsed.judgements.map((judgement) => `  ${judgement.ref.padEnd(5)} ${judgement.area}: ${judgement.grade ?? '(no grade)'}`),
    '',
    `Recommendations (${parsed.recommendations.length}):`,
    ...parsed.recommendations.map((recommendation) => `  ${String(recommendation.number).padStart(2)}. ${recommendation.text}`),
  ];
  if (parsed.warnings.length > 0) lines.push('', 'Check:', ...parsed.warnings.map((warning) => `  - ${warning}`));
  return lines.join('\n');
}

export const importCommands: Record<string, Command> = {
  'import-inspection': {
    usage: 'import-inspection FILE [--workspace FILE]',
    summary: 'Read an inspection report (PDF, Word or text): judgements and recommendations; with --workspace, save it',
    needsWorkspace: false,
    run: async (ctx, args, io) => {
      const file = onePositional(args, 'FILE (the inspection report)');
      const found = await call(ctx, 'imports/readInspection', { path: file });
      let savedId: number | null = null;
      if (args.workspace !== undefined) {
        await openStartupWorkspace(ctx, { kind: 'file', path: args.workspace });
        savedId = (await call(ctx, 'imports/saveInspection', { file: { path: file }, inspection: inspectionFromImport(found) })).inspection.id;
      }
      if (args.isJson) {
        io.out(JSON.stringify(savedId === null ? importJson(found.parsed) : { ...importJson(found.parsed), inspectionId: savedId }, null, 2));
        return;
      }
      io.out(describeImport(found));
      if (savedId !== null) io.out(`\nSaved as inspection ${savedId}.`);
    },
  },
};
