// Importing an inspection report: read it (PDF, Word or text) into lines,
// parse them into judgements and recommendations with where each was found,
// and — once the officer has checked and corrected the result — save the
// inspection with the report attached, and its action plan skeleton if asked.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { InspectionImport } from '../../../shared/api/methods/imports';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/api/methods/attachments';
import type { InspectionDetail } from '../../../shared/api/methods/inspections';
import { formatFileSize } from '../../../shared/format/sizes';
import { checkFile } from '../attachments/check-file';
import { decodeBase64Strictly } from '../attachments/base64';
import { CoreError } from '../errors';
import { looksLikeInspection, NOT_AN_INSPECTION, parseInspection } from '../import/parser';
import { readSourceText } from '../import/readers';
import { createPlan } from './action-plans';
import { addAttachment, addAttachmentFromFile } from './attachments';
import { createInspection, getInspectionService } from './inspections';
import { inTransaction, type ServiceContext, type TaskProgress } from './unit-of-work';

/**
 * The largest report the import reads: the report is kept with the
 * inspection as an attachment, so the attachment limit, far above any real
 * inspection report; a larger one is refused before it is read, not after.
 */
export const IMPORT_MAX_BYTES = ATTACHMENT_MAX_BYTES;

type ReportFile = ApiParsedInput<'imports/readInspection'>;

/** Reads and parses a report; writes nothing anywhere. */
export async function readInspectionImport(file: ReportFile, progress: TaskProgress = {}): Promise<InspectionImport> {
  const { fileName, data } = loadReport(file);
  const source = await readSourceText(data, fileName, { signal: progress.signal, onPage: progress.step });
  const parsed = parseInspection(source);
  if (!looksLikeInspection(parsed)) {
    throw new CoreError('invalid_input', `${NOT_AN_INSPECTION} Check that ${fileName} is the inspection report itself (not a covering letter or minutes); nothing was saved.`);
  }
  refuseUnkeepable(fileName, data);
  return {
    fileName,
    size: data.length,
    format: source.format,
    pageCount: source.pageCount,
    parsed: { ...parsed, warnings: [...source.warnings, ...parsed.warnings] },
    lines: source.lines.map((line) => ({ page: line.page, line: line.line, text: line.text, isFurniture: line.isFurniture === true })),
  };
}

/** Saves the checked inspection with its report attached, and the action plan if asked, all or nothing. */
export function saveInspectionImport(ctx: ServiceContext, input: ApiParsedInput<'imports/saveInspection'>): { inspection: InspectionDetail; planId: number | null } {
  return inTransaction(ctx, () => {
    const attachment = 'path' in input.file
      ? addAttachmentFromFile(ctx, { path: input.file.path, description: `Inspection report: ${input.inspection.title}` })
      : addAttachment(ctx, { fileName: input.file.fileName, dataBase64: input.file.dataBase64, description: `Inspection report: ${input.inspection.title}` });
    const inspection = createInspection(ctx, { ...input.inspection, sourceAttachmentId: attachment.id });
    const plan = input.createPlan ? createPlan(ctx, { title: input.createPlan.title, owner: input.createPlan.owner, inspectionId: inspection.id }) : null;
    // With a plan, each recommendation now lists the plan entry that answers it.
    return { inspection: plan === null ? inspection : getInspectionService(ctx, inspection.id), planId: plan?.id ?? null };
  });
}

function loadReport(file: ReportFile): { fileName: string; data: Uint8Array } {
  if ('path' in file) {
    const target = path.resolve(file.path);
    let size: number;
    try {
      const stats = fs.statSync(target);
      if (!stats.isFile()) throw new CoreError('invalid_input', `${target} is a folder, not a report. Choose the report's file.`);
      size = stats.size;
    } catch (error) {
      if (error instanceof CoreError) throw error;
      throw new CoreError('not_found', `There is no file at ${target}. Check the path and try again.`);
    }
    refuseSize(path.basename(target), size);
    return { fileName: path.basename(target), data: fs.readFileSync(target) };
  }
  const data = decodeBase64Strictly(file.dataBase64, 'dataBase64');
  refuseSize(file.fileName, data.length);
  return { fileName: file.fileName, data };
}

/**
 * Saving keeps the report with the inspection, through the checks every
 * attachment passes; a report that would fail them is refused now, before
 * the officer checks the findings, rather than when they save.
 */
function refuseUnkeepable(fileName: string, data: Uint8Array): void {
  try {
    checkFile({ fileName, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) }, ATTACHMENT_MAX_BYTES);
  } catch (error) {
    if (!(error instanceof CoreError)) throw error;
    throw new CoreError(error.code, `The report could be read, but it could not be kept with the inspection: ${error.message}`);
  }
}

function refuseSize(fileName: string, size: number): void {
  if (size === 0) throw new CoreError('invalid_input', `${fileName} is empty (0 bytes). Choose the report itself; it may not have finished downloading.`);
  if (size > IMPORT_MAX_BYTES) {
    throw new CoreError('invalid_input', `${fileName} is larger than ${formatFileSize(IMPORT_MAX_BYTES)}, far larger than any inspection report. Check it is the right file; nothing was read.`);
  }
}
