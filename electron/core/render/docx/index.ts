// The Word edition of a pack (or of one document): real heading styles with
// outline levels, report numbering that restarts per document, repeating
// table header rows, a page number in every footer, and agenda page ranges as
// PAGEREF fields that Word updates when the file opens.
import { Document, Packer, Paragraph, type ISectionOptions } from 'docx';
import type { DocumentInfo, DocumentModel, HouseStyle } from '../../documents/model';
import { numberLabels } from '../../documents/numbering';
import { renderBlocks } from './blocks';
import type { BlockPlace, RenderContext } from './context';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './core-properties';
import { buildNumbering, createNumberingInstances } from './numbering';
import { notForPublicationLine, sectionFooter, sectionHeader, sectionProperties, TEXT_WIDTH } from './sections';
import { buildStyles, PARAGRAPH_STYLE_IDS } from './styles';
import { xmlSafe } from './text';

/** One document of the pack, in its own Word section. */
export type DocxPart = {
  model: DocumentModel;
  /** Start on an odd page (section break "odd page"); false for the first part. */
  startsOnOddPage: boolean;
};

export type DocxRenderOptions = {
  style: HouseStyle;
  /** Core properties of the file: title, subject, creator (the authority). */
  info: DocumentInfo;
  createdAt: Date;
  /** Checked between parts/blocks; when aborted, throw signal.reason. */
  signal?: AbortSignal;
};

const BODY: BlockPlace = { isInTable: false, listDepth: 0, isBold: false, width: TEXT_WIDTH };

/** A whole pack (or one document: a single part) as a .docx file. */
export async function renderDocx(parts: readonly DocxPart[], options: DocxRenderOptions): Promise<Uint8Array> {
  const { signal } = options;
  signal?.throwIfAborted();
  let drawings = 0;
  const shared = {
    style: options.style,
    instances: createNumberingInstances(),
    bookmarks: new Set<string>(),
    drawings: { next: () => (drawings += 1) },
    ...(signal === undefined ? {} : { signal }),
  };
  const sections = parts.map((part, index) => renderPart(part, { ...shared, reportInstance: index + 1, labels: numberLabels(part.model.blocks) }));
  const document = new Document({
    title: xmlSafe(options.info.title),
    subject: xmlSafe(options.info.subject),
    creator: xmlSafe(options.info.author),
    styles: buildStyles(options.style),
    numbering: buildNumbering(),
    features: { updateFields: true },
    sections: sections.length > 0 ? sections : [{ properties: sectionProperties(false), footers: { default: sectionFooter() }, children: [new Paragraph({})] }],
  });
  signal?.throwIfAborted();
  return Packer.pack(document, 'uint8array', false, [{ path: CORE_PROPERTIES_PATH, data: corePropertiesXml(options.info, options.createdAt) }]);
}

function renderPart(part: DocxPart, ctx: RenderContext): ISectionOptions {
  ctx.signal?.throwIfAborted();
  const marking = notForPublicationLine(part.model.info);
  const notice = marking === undefined ? [] : [new Paragraph({ style: PARAGRAPH_STYLE_IDS.notice, text: marking })];
  const body = renderBlocks(part.model.blocks, BODY, ctx);
  const children = [...notice, ...body];
  return {
    properties: sectionProperties(part.startsOnOddPage),
    headers: { default: sectionHeader(marking) },
    footers: { default: sectionFooter() },
    // Word needs a paragraph in every section, even for an empty document.
    children: children.length > 0 ? children : [new Paragraph({})],
  };
}
