// Builds a meeting's pack files in memory: for each edition asked for, the
// PDF (generated papers rendered by pdfkit, attached PDFs as they came,
// assembled by pdf-lib) and/or the Word file (one section per paper). Reads
// the workspace first, then renders; nothing is written here.
import { createHash } from 'node:crypto';
import type { MeetingDetail } from '../../../shared/api/methods/meetings';
import type { PackEdition, PackFormat, PackKind } from '../../../shared/api/methods/packs';
import { slugOf } from '../attachments/safe-names';
import { CoreError } from '../errors';
import { itemEndAnchor, itemStartAnchor, paperAnchor } from '../documents/anchors';
import { appendixNotice } from '../documents/builders/appendix';
import { notForPublicationHead } from '../documents/builders/common';
import type { Block, DocumentModel } from '../documents/model';
import type { DocxPart } from '../render/docx';
import { loadRenderers } from '../render/load';
import type { PdfItem } from '../render/pack/assemble-pdf';
import { UnreadablePdfError } from '../render/pack/unreadable-pdf';
import type { PdfRenderResult } from '../render/pdf';
import { contentKey, RenderCache } from '../render/render-cache';
import { agendaModel } from './document-models';
import { gatherPackSources, type ItemSource, type PackSources } from './pack-sources';
import type { ServiceContext, TaskProgress } from './unit-of-work';

export type PackRequest = {
  meeting: MeetingDetail;
  kind: PackKind;
  editions: PackEdition[];
  formats: PackFormat[];
  /** The date the agenda says it was issued (YYYY-MM-DD). */
  issueDate: string;
};

/** One built file, in memory; a Word file has no page count of its own (Word lays it out). */
export type BuiltFile = { kind: PackKind; edition: PackEdition; format: PackFormat; fileName: string; bytes: Uint8Array; pageCount: number | null; sha256: string };

/** Builds every file of the request; warnings and log lines are gathered across editions without repeats. */
export async function buildPack(ctx: ServiceContext, request: PackRequest, progress: TaskProgress = {}): Promise<{ files: BuiltFile[]; warnings: string[]; log: string[] }> {
  const sources = request.editions.map((edition) => ({ edition, sources: gatherPackSources(ctx, request.meeting, edition, request.kind, request.issueDate) }));
  if (request.kind === 'supplementary' && sources.every(({ sources: s }) => s.items.length === 0)) {
    throw new CoreError('conflict', 'There is nothing for a supplementary pack: no item marked “to follow” has papers yet. Add the late papers to those items first.');
  }
  // One step per paper rendered and one per file assembled, so the bar moves evenly on a long pack.
  const papersOf = (pack: PackSources): number => pack.items.reduce((sum, item) => sum + item.papers.length, 0);
  const total = sources.reduce((sum, { sources: pack }) => sum + request.formats.length * (papersOf(pack) + 1), 0);
  const files: BuiltFile[] = [];
  const warnings = new Set<string>();
  const log = new Set<string>();
  let done = 0;
  const tick = (): void => {
    done += 1;
    progress.step?.(Math.min(done, total), total);
  };
  for (const { edition, sources: editionSources } of sources) {
    editionSources.warnings.forEach((warning) => warnings.add(warning));
    // One front sheet per edition, whichever formats it goes out in.
    const agenda = frontSheet(ctx, request, edition, editionSources);
    for (const format of request.formats) {
      progress.signal?.throwIfAborted();
      const built = await (format === 'pdf'
        ? buildPdf(request, agenda, editionSources, { signal: progress.signal, tick })
        : buildDocx(request, agenda, editionSources, { signal: progress.signal, tick })
      ).catch((error: unknown) => {
        throw error instanceof UnreadablePdfError ? unreadablePaper(editionSources, error) : error;
      });
      built.log.forEach((line) => log.add(line));
      files.push({
        kind: request.kind,
        edition,
        format,
        fileName: packFileName(request.meeting, request.kind, edition, format),
        bytes: built.bytes,
        pageCount: built.pageCount,
        sha256: createHash('sha256').update(built.bytes).digest('hex'),
      });
      tick();
    }
  }
  return { files, warnings: [...warnings], log: [...log] };
}

/** Names the attached PDF that cannot be used, and its item, so the officer can replace it. */
function unreadablePaper(sources: PackSources, error: UnreadablePdfError): CoreError {
  const item = sources.items.find((candidate) => candidate.papers.some((paper) => paper.key === error.paperKey));
  const paper = item?.papers.find((candidate) => candidate.key === error.paperKey);
  const where = item === undefined ? '' : ` (item ${item.planned.number}, ${item.planned.item.title})`;
  const what = error.reason === 'no_pages' ? 'has no pages' : 'is damaged and cannot be opened';
  return new CoreError(
    'conflict',
    `The pack was not built: the attached PDF “${paper?.bookmarkTitle ?? error.paperKey}”${where} ${what}. Open the original file, save or print it to PDF again, put that copy on the item in place of this one, then build the pack again.`,
  );
}

/** "2026-12-01-improvement-subgroup-members.pdf"; a supplementary pack says so. */
export function packFileName(meeting: Pick<MeetingDetail, 'meetingDate' | 'committeeName'>, kind: PackKind, edition: PackEdition, format: PackFormat): string {
  const committee = slugOf(meeting.committeeName);
  const supplement = kind === 'supplementary' ? '-supplementary' : '';
  return `${meeting.meetingDate}-${committee}${supplement}-${edition}.${format}`;
}

function createdAtOf(issueDate: string): Date {
  // Fixed by the workspace's state, not the clock, so the same state gives the same bytes.
  return new Date(`${issueDate}T00:00:00Z`);
}

function frontSheet(ctx: ServiceContext, request: PackRequest, edition: PackEdition, sources: PackSources): DocumentModel {
  return agendaModel(ctx, request.meeting.id, {
    edition,
    kind: request.kind,
    itemsWithPages: sources.plan.itemsWithPages,
    buildDate: request.issueDate,
    ...(request.kind === 'main' ? { issueDate: request.issueDate } : {}),
  });
}

type Steps = { signal: AbortSignal | undefined; tick: () => void };

/** Papers rendered by earlier builds in this process, reused when nothing about them changed. */
const renderedPapers = new RenderCache<PdfRenderResult>();

/** Forgets the papers kept from earlier builds, so the next build renders everything afresh. */
export function forgetRenderedPapers(): void {
  renderedPapers.clear();
}

async function buildPdf(request: PackRequest, agenda: DocumentModel, sources: PackSources, { signal, tick }: Steps) {
  const { renderPdf, assemblePdfPack } = await loadRenderers();
  const createdAt = createdAtOf(request.issueDate);
  const items: PdfItem[] = [];
  for (const item of sources.items) {
    const papers = [];
    for (const paper of item.papers) {
      signal?.throwIfAborted();
      if (paper.kind === 'pdf') {
        papers.push({ key: paper.key, bookmarkTitle: paper.bookmarkTitle, pdf: paper.data, isGenerated: false, ...notForPublicationOf(item) });
        tick();
        continue;
      }
      const key = contentKey({ model: paper.model, style: sources.style, mode: 'pack-part', createdAt });
      const rendered = await renderedPapers.get(key, () => renderPdf(paper.model, { style: sources.style, mode: 'pack-part', createdAt, signal }));
      tick();
      papers.push({ key: paper.key, bookmarkTitle: paper.bookmarkTitle, pdf: rendered.bytes, isGenerated: true, anchors: rendered.anchors, ...notForPublicationOf(item) });
    }
    items.push({ itemId: item.planned.item.id, startAnchor: itemStartAnchor(item.planned.item.id), endAnchor: itemEndAnchor(item.planned.item.id), bookmarkTitle: item.bookmarkTitle, papers });
  }
  return assemblePdfPack({
    items,
    renderFrontSheet: (anchorPages) => renderPdf(agenda, { style: sources.style, mode: 'pack-part', createdAt, anchorPages, signal }),
    frontSheetBookmark: agenda.info.title,
    fontFamily: sources.style.fontFamily,
    metadata: { title: agenda.info.title, author: agenda.info.author, subject: agenda.info.subject, createdAt },
    signal,
  });
}

/** The running head on every page of an exempt item's papers (members' edition), attached PDFs included. */
function notForPublicationOf(item: ItemSource): { notForPublication?: string } {
  if (!item.planned.item.isExempt) return {};
  return { notForPublication: notForPublicationHead(item.planned.item.exemptGround) };
}

async function buildDocx(request: PackRequest, agenda: DocumentModel, sources: PackSources, { signal, tick }: Steps) {
  const { renderDocx, pdfPageCount } = await loadRenderers();
  const parts: DocxPart[] = [{ model: agenda, startsOnOddPage: false }];
  for (const item of sources.items) {
    const last = item.papers.length - 1;
    for (const [index, paper] of item.papers.entries()) {
      const model = paper.kind === 'model' ? paper.model : appendixNotice({ title: paper.bookmarkTitle, fileName: paper.fileName, pageCount: await pdfPageCount(paper.key, paper.data) });
      const anchors: Block[] = [{ type: 'anchor', name: paperAnchor(Number(paper.key.slice('paper_'.length))) }];
      if (index === 0) anchors.unshift({ type: 'anchor', name: itemStartAnchor(item.planned.item.id) });
      const end: Block[] = index === last ? [{ type: 'anchor', name: itemEndAnchor(item.planned.item.id) }] : [];
      parts.push({ model: { ...model, blocks: [...anchors, ...model.blocks, ...end] }, startsOnOddPage: index === 0 });
      tick();
    }
  }
  const bytes = await renderDocx(parts, { style: sources.style, info: agenda.info, createdAt: createdAtOf(request.issueDate), signal });
  return { bytes, pageCount: null, log: [] as string[] };
}
