// The demo reports: the December progress report (its section 4 is written
// from the plan's own progress updates, as an officer would), the shorter July
// report, and the exempt commissioning update.
import type { RichText, RichTextNode } from '../../../../shared/api/schema';
import { bullets, doc, heading, numbered, paragraph } from '../rich-text';
import { ENTRIES, type DemoEntry } from './action-plan';
import { RECOMMENDATIONS } from './inspection';

const RAG_WORDS = { red: 'red (off track)', amber: 'amber (some risk)', green: 'green (on track)' } as const;

const contactOfficers = [
  { name: 'Ruth Calloway', jobTitle: 'Strategic Director of Children and Families', phone: '0113 496 0412', email: 'ruth.calloway@castlemere.example' },
  { name: 'Laura Pennick', jobTitle: 'Head of Quality Assurance and Improvement', phone: '0113 496 0455', email: 'laura.pennick@castlemere.example' },
];

const strategyAlignment = [
  { priority: 'A thriving and sustainable city', contribution: 'Children who are safe and well are able to do well at school and in work.' },
  { priority: 'Healthy, cared for people', contribution: 'The plan improves help for children in need, children in care and care leavers.' },
  { priority: 'A well-managed council', contribution: 'The plan answers the inspectorate’s points for improvement with clear governance.' },
];

/** The latest update of each action on or before a date. */
function latestBy(entry: DemoEntry, date: string) {
  return entry.actions.map((action) => ({ action, update: [...action.updates].reverse().find((update) => update.date <= date) }));
}

function progressSection(date: string): RichTextNode[] {
  return ENTRIES.flatMap((entry, index) => {
    const lines = latestBy(entry, date);
    return [
      heading(2, `Point ${index + 1}: ${RECOMMENDATIONS[index] ?? ''}`),
      numbered(`**Strategic lead:** ${entry.strategicLead}. ${entry.impactStatement}`),
      ...lines.map(({ action, update }) =>
        numbered(update ? `**${action.description}** — rated ${RAG_WORDS[update.rag]}. ${update.note}` : `**${action.description}** — not yet started.`),
      ),
    ];
  });
}

export const DECEMBER_REPORT_TITLE = 'Improvement plan: progress report, December 2026';

export function decemberReport(): { coverSheet: Record<string, unknown>; body: RichText } {
  return {
    coverSheet: {
      reportTo: 'Improvement Subgroup',
      meetingDate: '2026-12-01',
      subject: 'Children’s Services Improvement Plan 2025–2027: progress report',
      reportOf: 'Strategic Director of Children and Families',
      reportType: 'for_information',
      summary: 'This report updates members on progress against the improvement plan agreed after the inspection of children’s social care services in June 2025, with the position at the end of October 2026.',
      recommendations: ['Members are asked to note the progress made and to comment on the actions rated red.'],
      wardsAffected: 'All',
      strategyAlignment,
      contactOfficers,
      backgroundDocuments: ['Inspection of children’s social care services, published 4 August 2025', 'Children’s Services Improvement Plan 2025–2027'],
    },
    body: doc(
      heading(1, 'Introduction'),
      numbered('This report sets out the progress made since the subgroup last met in July 2026 against each of the ten points for improvement identified by the inspection of children’s social care services in June 2025.'),
      numbered('The improvement plan itself is attached as Appendix 1 and the Improvement Board’s performance summary for October 2026 as Appendix 2.'),
      heading(1, 'Background'),
      numbered('The inspection judged the overall effectiveness of children’s services to require improvement to be good. The experiences and progress of children in care were judged good.'),
      numbered('The council agreed its improvement plan in September 2025. The Improvement Board, chaired by the Chief Executive, meets monthly and receives a full performance report each quarter.'),
      heading(1, 'The structure of the plan'),
      numbered('The plan has one section for each point for improvement. Each section names a strategic lead, the measures that show whether children’s experiences are improving, and the actions, each with an owner, a timescale and a RAG rating.'),
      bullets(['Red: the action is off track and needs intervention.', 'Amber: there is some risk to delivery, with a recovery plan in place.', 'Green: the action is on track or complete.']),
      heading(1, 'Progress against each point for improvement'),
      ...progressSection('2026-11-30'),
      heading(1, 'Conclusion'),
      numbered('Good progress has been made on assessments, supervision, the return home interview service and pathway planning. Three actions are rated red: the second children’s home, the supported lodgings scheme and, until recently, health attendance at strategy meetings.'),
      numbered('Members are asked to note the progress made and to comment on the actions rated red.'),
    ),
  };
}

export const JULY_REPORT_TITLE = 'Improvement plan: progress report, July 2026';

export function julyReport(): { coverSheet: Record<string, unknown>; body: RichText } {
  return {
    coverSheet: {
      reportTo: 'Improvement Subgroup',
      meetingDate: '2026-07-14',
      subject: 'Children’s Services Improvement Plan 2025–2027: progress report',
      reportOf: 'Strategic Director of Children and Families',
      reportType: 'for_information',
      summary: 'Progress against the improvement plan to the end of June 2026.',
      recommendations: ['Members are asked to note the progress made.'],
      wardsAffected: 'All',
      strategyAlignment,
      contactOfficers,
      backgroundDocuments: ['Children’s Services Improvement Plan 2025–2027'],
    },
    body: doc(
      heading(1, 'Introduction'),
      numbered('This report sets out progress against the improvement plan to the end of June 2026.'),
      heading(1, 'Progress against each point for improvement'),
      ...progressSection('2026-06-30'),
    ),
  };
}

export const EXEMPT_REPORT_TITLE = 'Placement sufficiency: commissioning of the second children’s home';

export function exemptReport(): { coverSheet: Record<string, unknown>; body: RichText } {
  return {
    coverSheet: {
      reportTo: 'Improvement Subgroup',
      meetingDate: '2026-12-01',
      subject: 'Commissioning of the second council-run children’s home',
      reportOf: 'Head of Commissioning (Children)',
      reportType: 'for_resolution',
      summary: 'The contractor building the second children’s home has stopped work in a dispute over costs. This report sets out the options and their costs.',
      recommendations: ['Members are asked to recommend to the Executive Member that option B, the negotiated settlement with Brackenford Builders Ltd, be taken forward.'],
      wardsAffected: 'Eastgate',
      contactOfficers: [{ name: 'Fiona Whitlock', jobTitle: 'Head of Commissioning (Children)', phone: '0113 496 0471', email: 'fiona.whitlock@castlemere.example' }],
      backgroundDocuments: [],
      isExempt: true,
      exemptGround: 'Paragraph 3',
    },
    body: doc(
      heading(1, 'Purpose'),
      numbered('Brackenford Builders Ltd stopped work on the Eastgate home on 2 September 2026, claiming additional costs of £412,000 for ground works.'),
      heading(1, 'Options'),
      numbered('Option A: terminate the contract and re-tender. Estimated delay of nine months and additional cost of £180,000.'),
      numbered('Option B: a negotiated settlement of £265,000 with a fixed completion date of 31 March 2027 and a penalty of £2,500 for every week of delay.'),
      numbered('Option C: pause the scheme and use the budget for spot-purchased placements. Not recommended: the cost per child is 40% higher.'),
      paragraph('Members are asked to recommend option B.'),
    ),
  };
}
