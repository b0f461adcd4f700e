// Gathers what one pack needs from the workspace: the plan (which items and
// papers), each generated paper as a document model, each attached file's
// bytes. Everything is read here, synchronously, before any rendering starts,
// so a build sees one consistent state of the workspace.
import type { MeetingDetail, Paper } from '../../../shared/api/methods/meetings';
import type { PackEdition, PackKind } from '../../../shared/api/methods/packs';
import { planPack, type PackPlan, type PlannedItem } from '../domain/pack-plan';
import type { Block, DocumentModel, HouseStyle } from '../documents/model';
import { appendixNotice } from '../documents/builders/appendix';
import { notForPublication } from '../documents/builders/common';
import { imageBlock } from '../documents/builders/images';
import { getAttachmentData } from '../repositories/attachments';
import { documentModel, houseStyleOf } from './document-models';
import { found, type ServiceContext } from './unit-of-work';

/** A paper ready to render: a model we generate, or an attached PDF as it came. */
export type PaperSource =
  | { kind: 'model'; key: string; bookmarkTitle: string; model: DocumentModel }
  | { kind: 'pdf'; key: string; bookmarkTitle: string; fileName: string; data: Uint8Array };

export type ItemSource = { planned: PlannedItem; bookmarkTitle: string; papers: PaperSource[] };

export type PackSources = { plan: PackPlan; items: ItemSource[]; style: HouseStyle; warnings: string[] };

/** Reads everything one edition of a pack needs. */
export function gatherPackSources(ctx: ServiceContext, meeting: MeetingDetail, edition: PackEdition, kind: PackKind, buildDate: string): PackSources {
  const plan = planPack(meeting, edition, kind);
  const warnings = [...plan.warnings];
  const items = plan.items
    .filter((planned) => planned.papers.length > 0)
    .map((planned): ItemSource => ({
      planned,
      bookmarkTitle: `${planned.number}. ${planned.item.title}`,
      papers: planned.papers.map((paper) => paperSource(ctx, meeting, planned, paper, { edition, buildDate, warnings })),
    }));
  return { plan, items, style: houseStyleOf(ctx), warnings };
}

type PaperContext = { edition: PackEdition; buildDate: string; warnings: string[] };

function paperSource(ctx: ServiceContext, meeting: MeetingDetail, planned: PlannedItem, paper: Paper, context: PaperContext): PaperSource {
  const key = `paper_${paper.id}`;
  const notForPublicationNote = planned.item.isExempt ? notForPublication(planned.item.exemptGround) : undefined;
  if (paper.kind === 'document') {
    // The builder marks the papers of exempt items itself (documents/builders/report.ts).
    const model = documentModel(ctx, paper.documentId, { meetingId: meeting.id, edition: context.edition, buildDate: context.buildDate });
    return { kind: 'model', key, bookmarkTitle: paper.label || model.info.title, model };
  }
  const attachment = found(getAttachmentData(ctx.db, paper.attachmentId), 'attachment', paper.attachmentId);
  const title = paper.label || attachment.fileName;
  if (attachment.mediaType === 'application/pdf') return { kind: 'pdf', key, bookmarkTitle: title, fileName: attachment.fileName, data: attachment.data };
  if (attachment.mediaType === 'image/png' || attachment.mediaType === 'image/jpeg') {
    return { kind: 'model', key, bookmarkTitle: title, model: imagePaper(title, attachment.data, attachment.mediaType, notForPublicationNote) };
  }
  context.warnings.push(`Item ${planned.number} (${planned.item.title}): “${attachment.fileName}” is not a PDF or an image, so the pack carries a page saying so. Save it as PDF and attach that instead.`);
  return { kind: 'model', key, bookmarkTitle: title, model: appendixNotice({ title, fileName: attachment.fileName, pageCount: null }) };
}

function imagePaper(title: string, data: Uint8Array, mediaType: 'image/png' | 'image/jpeg', notForPublication: string | undefined): DocumentModel {
  // As large as the page allows: an image appendix is usually a chart or a scanned page.
  const image = imageBlock({ data, mediaType }, title, { widthMm: 160, align: 'centre' });
  const blocks: Block[] = [{ type: 'heading', level: 1, content: [{ type: 'text', text: title }] }];
  blocks.push(image ?? { type: 'paragraph', style: 'notice', content: [{ type: 'text', text: `The picture ${title} could not be read. Attach it again, or save it as PDF.` }] });
  return { info: { title, subject: title, author: '', ...(notForPublication ? { notForPublication } : {}) }, blocks };
}
