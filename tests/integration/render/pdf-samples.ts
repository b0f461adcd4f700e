// Document models for the PDF renderer's tests and timing: a realistic
// committee report (cover sheet, numbered sections, a table, a list, a
// picture) and a generated long document of a chosen length.
import { logoPng } from '../../../electron/core/demo/files';
import type { Block, DocumentModel, HouseStyle, Inline, TableRow } from '../../../electron/core/documents/model';

export const HOUSE_STYLE: HouseStyle = { fontFamily: 'Liberation Sans', bodySizePt: 11, accentColour: '#12395B' };

export const CREATED_AT = new Date(Date.UTC(2026, 10, 24, 9, 30, 0));

const text = (value: string, emphasis: { isBold?: boolean; isItalic?: boolean } = {}): Inline => ({ type: 'text', text: value, ...emphasis });
const paragraph = (content: Inline[], extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({ type: 'paragraph', content, ...extra });
const cell = (value: string) => ({ content: [paragraph([text(value)])] });
const row = (...values: string[]): TableRow => ({ cells: values.map(cell) });

/** A progress report as a committee would receive it. */
export function sampleReport(): DocumentModel {
  const blocks: Block[] = [
    paragraph([text('Agenda item 4')], { style: 'small', align: 'right' }),
    paragraph([text('Castlemere City Council')], { style: 'subtitle' }),
    paragraph([text('Report for Information')], { style: 'title' }),
    {
      type: 'keyValue',
      rows: [
        { key: 'Report to:', value: [paragraph([text('Improvement Subgroup – 1 December 2026')])] },
        { key: 'Subject:', value: [paragraph([text('Children’s services improvement plan: progress against the inspection recommendations')])] },
        { key: 'Report of:', value: [paragraph([text('Strategic Director of Children & Families')])] },
        { key: 'Summary', value: [paragraph([text('This report sets out the progress made since the inspection in June 2026 against each of the six recommendations, and the risks to delivering the plan by March 2027.')])] },
        { key: 'Recommendations', value: [paragraph([text('The Subgroup is recommended to note the progress described in this report and to ask for a further update in March 2027.')])] },
        { key: 'Wards affected:', value: [paragraph([text('All')])] },
        { key: 'Contribution to the Children and Young People’s Plan priorities:', value: [paragraph([text('Safe and well')]), paragraph([text('Ready for school, work and life')])] },
        {
          key: 'Contact officer:',
          value: [paragraph([text('Dana Whitlock, Scrutiny Officer'), { type: 'lineBreak' }, text('Tel: 01632 960000'), { type: 'lineBreak' }, { type: 'link', href: 'mailto:dana.whitlock@castlemere.example', content: [{ type: 'text', text: 'dana.whitlock@castlemere.example' }] }])],
        },
      ],
    },
    { type: 'rule' },
    paragraph([text('Background documents: '), { type: 'link', href: 'https://castlemere.example/inspection', content: [{ type: 'text', text: 'inspection report, 2026' }] }], { style: 'small' }),
    paragraph([text('Printed on recycled paper')], { style: 'small', align: 'centre' }),
    { type: 'pageBreak' },
    { type: 'heading', level: 1, numbering: 0, content: [text('Introduction')], anchor: 'intro' },
    paragraph([text('This report updates the Subgroup on the action plan agreed after the inspection. It follows the structure of the plan: one section for each recommendation.')], { numbering: 1 }),
    paragraph([text('The plan is monitored monthly by the Improvement Board. '), text('Progress is reported by exception', { isBold: true }), text(': actions rated '), text('red', { isItalic: true }), text(' are set out in section 4.')], { numbering: 1 }),
    { type: 'heading', level: 1, numbering: 0, content: [text('Background')] },
    paragraph([text('The inspection judged the overall effectiveness of services to be '), text('requires improvement to be good', { isBold: true }), text('. See '), { type: 'link', anchor: 'recommendations', content: [{ type: 'text', text: 'the recommendations' }] }, text(' for what inspectors asked of us.')], { numbering: 1 }),
    {
      type: 'list',
      isOrdered: false,
      items: [
        [paragraph([text('Management oversight and supervision in every team.')])],
        [paragraph([text('Caseloads of newly qualified social workers.')]), { type: 'list', isOrdered: true, items: [[paragraph([text('Assessed and Supported Year in Employment.')])], [paragraph([text('Caseload guidance refreshed.')])]] }],
        [paragraph([text('Timeliness of return home interviews.')])],
      ],
    },
    { type: 'heading', level: 1, numbering: 0, content: [text('Recommendations – progress, risk and next steps')], anchor: 'recommendations' },
    paragraph([text('Recommendation 1 – Monitor and improve the frequency and quality of management oversight and supervision in all teams.', { isBold: true, isItalic: true })], { numbering: 1 }),
    paragraph([text('Systems and processes for recording supervision were reviewed. A new tool lets managers record supervision promptly and gives senior managers timely oversight of compliance and performance across every team.')], { numbering: 2 }),
    paragraph([text('A focused audit of management oversight has been completed; its action plan will be published in January 2027.')], { numbering: 2 }),
    {
      type: 'table',
      caption: 'Table 1: Supervision within timescale',
      columnWidths: [0.4, 0.2, 0.2, 0.2],
      headerRows: [row('Team', 'Target', 'October', 'November')],
      rows: [
        row('Assessment', '90%', '84%', '88%'), row('Children in need', '90%', '91%', '93%'), row('Looked after children', '90%', '79%', '86%'), row('Leaving care', '90%', '95%', '96%'),
        { cells: [{ content: [paragraph([text('All teams', { isBold: true })])], columnSpan: 2 }, cell('87%'), cell('91%')] },
      ],
    },
    { type: 'image', data: logoPng(), mediaType: 'image/png', alt: 'The council crest: a blue shield with a gold band', widthMm: 25, heightMm: 25, align: 'centre' },
    { type: 'toFollow', title: 'Appendix 2 – Improvement Board performance summary' },
    paragraph([text('Pages of the plan: '), { type: 'pageRange', from: 'plan_start', to: 'plan_end' }, text('; summary on page '), { type: 'pageRange', from: 'plan_start', to: 'plan_start' }, text('; appendix: '), { type: 'pageRange', from: 'missing', to: 'plan_end' }, text('.')]),
    { type: 'anchor', name: 'report_end' },
  ];
  return { info: { title: 'Progress report – Children & Families <2026>', subject: 'Improvement Subgroup, 1 December 2026', author: 'Castlemere City Council' }, blocks };
}

const SENTENCES = [
  'The service has reviewed how supervision is recorded and monitored across every team.',
  'Managers now receive a monthly summary of overdue visits, with the reasons recorded against each child.',
  'Partners in health and education have agreed a shared set of measures for the next two quarters.',
  'Audits completed in the autumn found stronger management oversight in most of the cases sampled.',
  'The recruitment campaign brought experienced social workers back into the service on flexible terms.',
  'Caseloads of newly qualified social workers are checked weekly against the agreed guidance.',
];

/** A long report: numbered sections of paragraphs, with a table every few sections. About `pages` pages long. */
export function longDocument(pages: number): DocumentModel {
  const blocks: Block[] = [];
  for (let section = 1; section <= pages; section += 1) {
    blocks.push({ type: 'heading', level: 1, numbering: 0, content: [text(`Section ${section}: progress against the plan`)] });
    for (let index = 0; index < 5; index += 1) {
      const sentences = Array.from({ length: 4 + ((section + index) % 4) }, (_, offset) => SENTENCES[(section + index + offset) % SENTENCES.length] ?? '');
      blocks.push(paragraph([text(sentences.join(' '))], { numbering: index === 0 ? 1 : 2 }));
    }
    if (section % 4 === 0) {
      const rows = Array.from({ length: 12 }, (_, index) => row(`Measure ${section}.${index + 1}: ${SENTENCES[index % SENTENCES.length] ?? ''}`, `${80 + (index % 15)}%`, index % 3 === 0 ? 'Red' : 'Green'));
      blocks.push({ type: 'table', columnWidths: [0.6, 0.2, 0.2], headerRows: [row('Measure', 'Now', 'Rating')], rows });
    }
  }
  return { info: { title: `Long report of ${pages} pages`, subject: 'Timing', author: 'Castlemere City Council' }, blocks };
}
