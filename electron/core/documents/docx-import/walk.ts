// The body walk: one forward pass over word/document.xml, building paragraphs
// (with their runs) and tables. It keeps what the report says as it reads now
// (tracked insertions in, deletions out, field results in, field codes out)
// and leaves out what is not the report's running text: text boxes, the
// table of contents, comments, bookmarks and footnote markers, counting them
// so the officer is told.
import { isOn, type StyleInfo } from '../../import/readers/docx-styles';
import { attribute, xmlEvents } from '../../import/readers/xml';
import { onDrawingPart, picturesOf, type Drawing } from './drawings';
import type { Relationships } from './relationships';
import type { BodyFindings, WordBlock, WordCell, WordParagraph, WordRow, WordTable } from './word-model';

// Content that is not the document as it reads now (the fallback copy for old
// Word versions, tracked deletions, the formatting a tracked change replaced),
// or not running text at all (text boxes).
const SKIPPED = new Set(['mc:Fallback', 'w:del', 'w:moveFrom', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange', 'w:txbxContent']);

/** Only these addresses become links; anything else keeps its words without the link. */
export const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

type Run = { isBold?: boolean; isItalic?: boolean; styleId?: string; isHidden: boolean };
type Field = { instruction: string; isResult: boolean; href: string | undefined };
type TableFrame = { table: WordTable; row: WordRow | undefined; cell: WordCell | undefined };

/** The blocks of a Word body, and what was left out of them. */
export function walkBody(xml: string, styles: ReadonlyMap<string, StyleInfo>, relationships: Relationships): { blocks: WordBlock[]; findings: BodyFindings } {
  const body: WordBlock[] = [];
  const findings: BodyFindings = { footnotes: 0, endnotes: 0, textBoxes: 0, equations: 0, hasTrackedChanges: false, hasContents: false };
  const open: string[] = [];
  const paragraphs: WordParagraph[] = [];
  const tables: TableFrame[] = [];
  const links: (string | undefined)[] = [];
  const fields: Field[] = [];
  const contentControls: boolean[] = [];
  let run: Run = { isHidden: false };
  let drawing: Drawing | undefined;
  let skipping = '';
  let skipDepth = 0;

  const container = (): WordBlock[] => tables.at(-1)?.cell?.blocks ?? body;
  const href = (): string | undefined => fields.findLast((field) => field.isResult && field.href !== undefined)?.href ?? links.findLast((link) => link !== undefined);
  const addText = (text: string): void => {
    const paragraph = paragraphs.at(-1);
    if (paragraph === undefined || run.isHidden || text === '') return;
    paragraph.runs.push({ kind: 'text', text, ...marksOf(run, paragraph, styles), href: href() });
  };
  const skip = (name: string, isSelfClosing: boolean): void => {
    if (isSelfClosing) return;
    skipping = name;
    skipDepth = 1;
  };

  for (const event of xmlEvents(xml)) {
    if (event.kind === 'text') {
      if (skipDepth > 0) continue;
      if (open.at(-1) === 'w:t') addText(event.text);
      else if (open.at(-1) === 'w:instrText') {
        const field = fields.at(-1);
        if (field !== undefined && !field.isResult) field.instruction += event.text;
      }
      continue;
    }
    if (event.kind === 'close') {
      open.pop();
      if (skipDepth > 0) {
        if (event.name === skipping) skipDepth -= 1;
        continue;
      }
      switch (event.name) {
        case 'w:p': {
          const paragraph = paragraphs.pop();
          if (paragraph !== undefined) container().push(paragraph);
          break;
        }
        case 'w:tc': {
          const frame = tables.at(-1);
          if (frame?.cell !== undefined) frame.row?.cells.push(frame.cell);
          if (frame !== undefined) frame.cell = undefined;
          break;
        }
        case 'w:tr': {
          const frame = tables.at(-1);
          if (frame?.row !== undefined && !frame.row.isDeleted) frame.table.rows.push(frame.row);
          if (frame !== undefined) frame.row = undefined;
          break;
        }
        case 'w:tbl':
          tables.pop();
          break;
        case 'w:hyperlink':
          links.pop();
          break;
        case 'w:fldSimple':
          fields.pop();
          break;
        case 'w:sdt':
          contentControls.pop();
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          if (drawing === undefined) break;
          drawing.depth -= 1;
          if (drawing.depth === 0) {
            for (const picture of picturesOf(drawing)) paragraphs.at(-1)?.runs.push({ kind: 'picture', picture });
            drawing = undefined;
          }
          break;
        default:
          break;
      }
      continue;
    }

    const parent = open.at(-1);
    if (!event.isSelfClosing) open.push(event.name);
    if (skipDepth > 0) {
      if (event.name === skipping && !event.isSelfClosing) skipDepth += 1;
      continue;
    }
    const value = attribute(event.attributes, 'w:val');
    if (SKIPPED.has(event.name)) {
      if (event.name === 'w:del' && parent === 'w:trPr') {
        const row = tables.at(-1)?.row;
        if (row !== undefined) row.isDeleted = true;
      }
      if (event.name === 'w:del' || event.name === 'w:moveFrom') findings.hasTrackedChanges = true;
      if (event.name === 'w:txbxContent') findings.textBoxes += 1;
      skip(event.name, event.isSelfClosing);
      continue;
    }
    const paragraph = paragraphs.at(-1);
    const frame = tables.at(-1);
    const isRunProperty = parent === 'w:rPr' && open.at(event.isSelfClosing ? -2 : -3) === 'w:r';
    switch (event.name) {
      case 'w:p':
        if (!event.isSelfClosing) paragraphs.push({ kind: 'paragraph', styleId: undefined, outlineLevel: undefined, list: undefined, runs: [] });
        break;
      case 'w:pStyle':
        if (paragraph !== undefined && parent === 'w:pPr') paragraph.styleId = value;
        break;
      case 'w:numId':
        if (paragraph !== undefined && parent === 'w:numPr') paragraph.list = { ...paragraph.list, numId: value ?? '0' };
        break;
      case 'w:ilvl':
        if (paragraph !== undefined && parent === 'w:numPr') paragraph.list = { ...paragraph.list, level: Number(value ?? 0) || 0 };
        break;
      case 'w:outlineLvl':
        if (paragraph !== undefined && parent === 'w:pPr') paragraph.outlineLevel = Number(value);
        break;
      case 'w:r':
        run = { isHidden: false };
        break;
      case 'w:b':
        if (isRunProperty) run.isBold = isOn(value);
        break;
      case 'w:i':
        if (isRunProperty) run.isItalic = isOn(value);
        break;
      case 'w:rStyle':
        if (isRunProperty) run.styleId = value;
        break;
      case 'w:vanish':
        if (isRunProperty) run.isHidden = isOn(value);
        break;
      case 'w:tab':
        if (parent === 'w:r') addText('\t');
        break;
      case 'w:br':
      case 'w:cr': {
        // Page and column breaks are the page's business; the pack lays out its own pages.
        const type = attribute(event.attributes, 'w:type');
        if (parent === 'w:r' && type !== 'page' && type !== 'column' && !run.isHidden) paragraph?.runs.push({ kind: 'break' });
        break;
      }
      case 'w:noBreakHyphen':
        addText('-');
        break;
      case 'w:sym': {
        // Symbol-font characters sit in the private use area and mean nothing outside that font.
        const code = Number.parseInt(attribute(event.attributes, 'w:char') ?? '', 16);
        if (Number.isFinite(code) && code > 0x1f && (code < 0xe000 || code > 0xf8ff)) addText(String.fromCodePoint(code));
        break;
      }
      case 'w:hyperlink':
        if (!event.isSelfClosing) links.push(linkOf(attribute(event.attributes, 'r:id'), relationships));
        break;
      case 'w:fldSimple':
        if (!event.isSelfClosing) fields.push({ instruction: '', isResult: true, href: fieldLink(attribute(event.attributes, 'w:instr') ?? '') });
        break;
      case 'w:fldChar': {
        const type = attribute(event.attributes, 'w:fldCharType');
        const field = fields.at(-1);
        if (type === 'begin') fields.push({ instruction: '', isResult: false, href: undefined });
        else if (type === 'separate' && field !== undefined) {
          field.isResult = true;
          field.href = fieldLink(field.instruction);
        } else if (type === 'end') fields.pop();
        break;
      }
      case 'w:footnoteReference':
        findings.footnotes += 1;
        break;
      case 'w:endnoteReference':
        findings.endnotes += 1;
        break;
      case 'w:ins':
      case 'w:moveTo':
        findings.hasTrackedChanges = true;
        break;
      case 'm:oMath':
        findings.equations += 1;
        break;
      case 'w:sdt':
        if (!event.isSelfClosing) contentControls.push(false);
        break;
      case 'w:docPartGallery':
        if (/table of contents/i.test(value ?? '') && contentControls.length > 0) contentControls[contentControls.length - 1] = true;
        break;
      case 'w:sdtContent':
        if (contentControls.at(-1) === true) {
          findings.hasContents = true;
          skip(event.name, event.isSelfClosing);
        }
        break;
      case 'w:tbl':
        if (!event.isSelfClosing) {
          const table: WordTable = { kind: 'table', gridTwips: [], rows: [] };
          container().push(table);
          tables.push({ table, row: undefined, cell: undefined });
        }
        break;
      case 'w:gridCol':
        if (frame !== undefined && parent === 'w:tblGrid') frame.table.gridTwips.push(Number(attribute(event.attributes, 'w:w') ?? 0) || 0);
        break;
      case 'w:tr':
        if (frame !== undefined && !event.isSelfClosing) frame.row = { isHeader: false, isDeleted: false, cells: [] };
        break;
      case 'w:tblHeader':
        if (frame?.row !== undefined && parent === 'w:trPr') frame.row.isHeader = isOn(value);
        break;
      case 'w:tc':
        if (frame !== undefined && !event.isSelfClosing) frame.cell = { blocks: [], span: 1, isMergedFromAbove: false };
        break;
      case 'w:gridSpan':
        if (frame?.cell !== undefined && parent === 'w:tcPr') frame.cell.span = Math.max(1, Math.min(63, Number(value ?? 1) || 1));
        break;
      case 'w:vMerge':
        if (frame?.cell !== undefined && parent === 'w:tcPr') frame.cell.isMergedFromAbove = value === undefined || value === 'continue';
        break;
      default:
        drawing = onDrawingPart(event.name, event.attributes, event.isSelfClosing, drawing);
        break;
    }
  }
  return { blocks: body, findings };
}

/** Bold and italic as the run, its character style and its paragraph's style say, nearest first. */
function marksOf(run: Run, paragraph: WordParagraph, styles: ReadonlyMap<string, StyleInfo>): { isBold: boolean; isItalic: boolean } {
  const character = run.styleId === undefined ? undefined : styles.get(run.styleId);
  const own = paragraph.styleId === undefined ? undefined : styles.get(paragraph.styleId);
  return {
    isBold: run.isBold ?? (character?.isBold === true ? true : (own?.isBold ?? false)),
    isItalic: run.isItalic ?? (character?.isItalic === true ? true : (own?.isItalic ?? false)),
  };
}

/** A hyperlink's address when it goes to the web or an email address; internal links (bookmarks) keep their words only. */
function linkOf(relationshipId: string | undefined, relationships: Relationships): string | undefined {
  const relationship = relationshipId === undefined ? undefined : relationships.get(relationshipId);
  if (relationship?.type !== 'hyperlink') return undefined;
  const target = relationship.target.trim();
  return SAFE_LINK.test(target) ? target : undefined;
}

/** The address of a HYPERLINK field ('HYPERLINK "https://…" \o "tip"'), when it is one the pack may link to. */
function fieldLink(instruction: string): string | undefined {
  const target = /^\s*HYPERLINK\s+"([^"]+)"/i.exec(instruction)?.[1]?.trim();
  return target !== undefined && SAFE_LINK.test(target) ? target : undefined;
}
