// Inline content: runs, links, line breaks and page ranges. Page ranges are
// PAGEREF fields to bookmarks, so Word (and LibreOffice on conversion) prints
// the pages where the anchored parts actually fall.
import { ExternalHyperlink, InternalHyperlink, PageReference, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { isAnchorName } from '../../documents/anchors';
import type { Inline, TextRun as ModelTextRun } from '../../documents/model';
import { HYPERLINK_STYLE_ID } from './styles';
import { linesOf, xmlSafe } from './text';

/** How runs look beyond what the model says. */
export type RunLook = { isBold: boolean };

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** The paragraph children for a paragraph's inline content. */
export function renderInlines(inlines: readonly Inline[], look: RunLook): ParagraphChild[] {
  return inlines.flatMap((inline) => renderInline(inline, look));
}

function renderInline(inline: Inline, look: RunLook): ParagraphChild[] {
  switch (inline.type) {
    case 'text':
      return textRuns(inline, look);
    case 'lineBreak':
      return [new TextRun({ break: 1 })];
    case 'link':
      return renderLink(inline, look);
    case 'pageRange':
      return pageRange(inline.from, inline.to);
  }
}

function renderLink(link: Extract<Inline, { type: 'link' }>, look: RunLook): ParagraphChild[] {
  const href = xmlSafe(link.href ?? '').trim();
  if (href !== '' && SAFE_LINK.test(href)) {
    return [new ExternalHyperlink({ link: href, children: link.content.flatMap((run) => textRuns(run, look, HYPERLINK_STYLE_ID)) })];
  }
  if (link.anchor !== undefined && isAnchorName(link.anchor)) {
    return [new InternalHyperlink({ anchor: link.anchor, children: link.content.flatMap((run) => textRuns(run, look, HYPERLINK_STYLE_ID)) })];
  }
  // A link to nowhere Word could follow still says what it said.
  return link.content.flatMap((run) => textRuns(run, look));
}

/** "3 - 6" as two PAGEREF fields, or one when the range starts and ends at the same place. */
function pageRange(from: string, to: string): ParagraphChild[] {
  if (!isAnchorName(from) || !isAnchorName(to)) return [];
  const first = pageField(from);
  if (from === to) return [first];
  return [first, new TextRun(' - '), pageField(to)];
}

/** A PAGEREF field that links to its bookmark. */
function pageField(anchor: string): ParagraphChild {
  // PageReference is a run, which docx's ParagraphChild union leaves out although paragraphs write any run.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  return new PageReference(anchor, { hyperlink: true });
}

function textRuns(run: ModelTextRun, look: RunLook, style?: string): TextRun[] {
  const bold = look.isBold || run.isBold === true;
  const italics = run.isItalic === true;
  return linesOf(run.text).map((text, index) => {
    const options: IRunOptions = {
      text,
      ...(index > 0 ? { break: 1 } : {}),
      ...(bold ? { bold } : {}),
      ...(italics ? { italics } : {}),
      ...(style === undefined ? {} : { style }),
    };
    return new TextRun(options);
  });
}
