// Word reports for the import's tests, made with the `docx` package the way
// an author's Word makes them: a Title, hand-typed heading numbers, a
// multi-level decimal list for the report's paragraphs, bullets and an
// ordered list, a table with a header row and merged cells, a picture, a
// hyperlink and a footnote. The council is the demo's fictional Castlemere.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  type IRunOptions,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { logoPng } from '../../../electron/core/demo/files';

export const REPORT_TITLE = 'Fostering Service Annual Report 2026';
export const WEBSITE = 'https://www.castlemere.gov.uk/fostering';

/** A run; typed options keep lint from taking `bold` for the old String method. */
const run = (options: IRunOptions) => new TextRun(options);

const decimalLevels = (texts: readonly string[]) =>
  texts.map((text, level) => ({ level, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 720 } } } }));

const report = (text: string | TextRun[], level: 0 | 1 | 2, extra: (TextRun | ExternalHyperlink | FootnoteReferenceRun)[] = []) =>
  new Paragraph({ numbering: { reference: 'report', level }, children: [...(typeof text === 'string' ? [new TextRun(text)] : text), ...extra] });

const cell = (text: string, options: { isBold?: boolean; columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: [run({ text, bold: options.isBold === true })] })],
    ...(options.columnSpan === undefined ? {} : { columnSpan: options.columnSpan }),
    ...(options.verticalMerge === undefined ? {} : { verticalMerge: options.verticalMerge }),
  });

/** An author's annual report: 5 headings after the title, 6 numbered paragraphs, 2 lists, 1 table, 1 picture (and a GIF the pack cannot show). */
export async function authorReport(options: { withGif?: boolean } = {}): Promise<Buffer> {
  const logo = logoPng();
  const doc = new Document({
    title: 'Report template',
    creator: 'Castlemere Council',
    numbering: {
      config: [
        { reference: 'report', levels: decimalLevels(['%1.', '%1.%2', '%1.%2.%3']) },
        {
          reference: 'steps',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
          ],
        },
        {
          reference: 'points',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('Figures to 31 March 2026.')] } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(REPORT_TITLE)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('1.0 Introduction')] }),
          report('This report sets out the work of the fostering service in 2025/26.', 1),
          report([new TextRun('It is for '), run({ text: 'information', bold: true }), new TextRun(' and '), run({ text: 'comment', italics: true }), new TextRun('.')], 1),
          report('The full statistics are on ', 1, [
            new ExternalHyperlink({ link: WEBSITE, children: [new TextRun({ text: 'the council website', style: 'Hyperlink' })] }),
            new TextRun(' and '),
            new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('this link')] }),
            new TextRun(' goes nowhere.'),
          ]),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('2.0 Background')] }),
          report('The service approved more households than in any year since 2019.', 1, [new FootnoteReferenceRun(1)]),
          new Paragraph({ numbering: { reference: 'points', level: 0 }, children: [new TextRun('Recruitment events in every district')] }),
          new Paragraph({ numbering: { reference: 'points', level: 1 }, children: [new TextRun('Including two in Eastwick')] }),
          new Paragraph({ numbering: { reference: 'points', level: 0 }, children: [new TextRun('A new support group for carers')] }),
          new Paragraph('The steps taken were:'),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('Recruit carers')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('Train carers')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 1 }, children: [new TextRun('Skills to Foster')] }),
          report('Performance', 0),
          report('Current position', 1),
          report('Forty-two households were approved.', 2),
          report('Eleven carers retired.', 2),
          new Table({
            width: { size: 9000, type: WidthType.DXA },
            columnWidths: [4000, 2500, 2500],
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Measure'), cell('2024/25'), cell('2025/26')] }),
              new TableRow({ children: [cell('Households approved', { verticalMerge: VerticalMergeType.RESTART }), cell('35'), cell('42')] }),
              new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('of which kinship'), cell('9')] }),
              new TableRow({ children: [cell('Quarter 4 figures are provisional.', { columnSpan: 3 })] }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({ type: 'png', data: logo, transformation: { width: 240, height: 80 }, altText: { name: 'Logo', title: 'Logo', description: 'The Castlemere Council logo' } }),
            ],
          }),
          ...(options.withGif === true ? [new Paragraph({ children: [new ImageRun({ type: 'gif', data: TINY_GIF, transformation: { width: 10, height: 10 }, altText: { name: 'Dot', title: '', description: 'A dot' } })] })] : []),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('3.0 Conclusion')] }),
          new Paragraph({ children: [new TextRun('The service is on track.'), new TextRun({ text: 'Next year’s plan follows.', break: 1 })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A 1×1 GIF. */
export const TINY_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
