// Headings and paragraphs: their Word style, alignment and report numbering.
import { AlignmentType, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { Block, NumberingLevel, ParagraphStyle } from '../../documents/model';
import type { BlockPlace, RenderContext } from './context';
import type { ParagraphOptions } from './flow';
import { REPORT_NUMBERING, REPORT_TEXT_INDENT } from './numbering';
import { HEADING_STYLE_IDS, PARAGRAPH_STYLE_IDS, TABLE_TEXT_STYLE_ID } from './styles';

export const ALIGNMENTS = { left: AlignmentType.LEFT, centre: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

type TextBlock = Extract<Block, { type: 'heading' | 'paragraph' }>;

/** The style, alignment and numbering of a heading or paragraph. */
export function paragraphOptions(block: TextBlock, place: BlockPlace, ctx: RenderContext): ParagraphOptions {
  const style = block.type === 'heading' ? headingStyle(block.level) : textStyle(block.style ?? 'body', place);
  const align = block.type === 'paragraph' && block.align !== undefined ? ALIGNMENTS[block.align] : undefined;
  const keeps = block.type === 'paragraph' && block.keepWithNext === true ? { keepNext: true, keepLines: true } : {};
  const base: ParagraphOptions = { style, ...(align === undefined ? {} : { alignment: align }), ...keeps };
  const level = numberedLevel(block, place);
  if (level === undefined) return base;
  if (typedLabel(block, place, ctx) !== undefined) {
    return { ...base, indent: { left: REPORT_TEXT_INDENT, hanging: REPORT_TEXT_INDENT }, tabStops: [{ type: TabStopType.LEFT, position: REPORT_TEXT_INDENT }] };
  }
  return { ...base, numbering: { reference: REPORT_NUMBERING, level, instance: ctx.reportInstance, custom: true } };
}

/** The number typed in front of a paragraph whose label Word's automatic numbering would not print. */
export function numberPrefix(block: TextBlock, place: BlockPlace, ctx: RenderContext): ParagraphChild[] {
  const label = typedLabel(block, place, ctx);
  return label === undefined ? [] : [new TextRun({ children: [label, new Tab()] })];
}

/**
 * numberLabels() prints 0 for a level that has not started ("0.1" before any
 * section, "1.0.1" straight after one). Word and LibreOffice disagree on such
 * numbers, so they are typed in; every other number is Word's own, and the
 * typed ones never move Word's counters out of step with numberLabels().
 */
function typedLabel(block: TextBlock, place: BlockPlace, ctx: RenderContext): string | undefined {
  const level = numberedLevel(block, place);
  if (level === undefined || level === 0) return undefined;
  const label = ctx.labels.get(block);
  if (label === undefined) return undefined;
  return label.split('.').slice(0, level).includes('0') ? label : undefined;
}

/** The numbering level of a block in the document's own flow; blocks in lists and tables are never numbered. */
function numberedLevel(block: TextBlock, place: BlockPlace): NumberingLevel | undefined {
  if (place.isInTable || place.listDepth > 0) return undefined;
  const level = block.numbering;
  return level === 0 || level === 1 || level === 2 ? level : undefined;
}

/** The style id of a paragraph look; body text in a table cell uses the tighter table text. */
export function textStyle(style: ParagraphStyle, place: BlockPlace): string {
  if (style === 'body' && place.isInTable) return TABLE_TEXT_STYLE_ID;
  // Looked up as a partial record: a model from an older build may name a look this one lacks.
  const ids: Partial<Record<string, string>> = PARAGRAPH_STYLE_IDS;
  return ids[style] ?? PARAGRAPH_STYLE_IDS.body;
}

function headingStyle(level: number): string {
  const ids: Partial<Record<number, string>> = HEADING_STYLE_IDS;
  return ids[level] ?? HEADING_STYLE_IDS[1];
}
