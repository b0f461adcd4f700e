// One generated document on its own, as PDF (with its own page numbers and
// bookmarks) or Word: for officers who send a single report round, or check
// one paper before the whole pack is built.
import { createHash } from 'node:crypto';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { BuiltPackFile } from '../../../shared/api/methods/packs';
import { slugOf } from '../attachments/safe-names';
import { replaceFileInFolder } from '../files';
import { loadRenderers } from '../render/load';
import { documentModel, houseStyleOf } from './document-models';
import { todayOf, type ServiceContext, type TaskProgress } from './unit-of-work';

/** Renders one document and writes it into a folder, replacing an earlier export of the same name. */
export async function exportDocumentService(ctx: ServiceContext, input: ApiParsedInput<'documents/export'>, progress: TaskProgress = {}): Promise<BuiltPackFile> {
  const today = todayOf(ctx);
  const model = documentModel(ctx, input.id, { meetingId: input.meetingId ?? null, edition: 'members', buildDate: today });
  const style = houseStyleOf(ctx);
  const createdAt = new Date(`${today}T00:00:00Z`);
  const { renderPdf, renderDocx } = await loadRenderers();
  let bytes: Uint8Array;
  let pageCount: number | null = null;
  if (input.format === 'pdf') {
    const rendered = await renderPdf(model, { style, mode: 'standalone', createdAt, signal: progress.signal });
    bytes = rendered.bytes;
    pageCount = rendered.pageCount;
  } else {
    bytes = await renderDocx([{ model, startsOnOddPage: false }], { style, info: model.info, createdAt, signal: progress.signal });
  }
  progress.signal?.throwIfAborted();
  const fileName = `${slugOf(model.info.title)}.${input.format}`;
  const target = replaceFileInFolder(input.outDir, fileName, bytes);
  progress.step?.(1, 1);
  return { kind: 'main', edition: 'members', format: input.format, fileName, path: target, pageCount, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

