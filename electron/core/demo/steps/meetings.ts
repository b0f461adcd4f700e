import { APPENDIX_FILE_NAME, appendixPdf } from '../files';
import { DECEMBER_REPORT_TITLE, EXEMPT_REPORT_TITLE, JULY_REPORT_TITLE, decemberReport, exemptReport, julyReport } from '../content/documents';
import { ACCESS_NOTE, EXEMPT_GROUND, MEETINGS, PUBLIC_NOTICE, WORK_PROGRAMME } from '../content/meetings';
import type { DemoBuilder } from '../index';
import type { DemoPeople } from './authority';
import { buildJulyMinutes } from './minutes';
import type { DemoPlan } from './plan';

type MeetingKey = keyof typeof MEETINGS;
type Paper = { documentId: number } | { attachmentId: number };
type Item = {
  key: string;
  title: string;
  kind?: 'minutes' | 'report' | 'exclusion_of_public' | 'terms_and_work_programme' | 'other';
  reportOf?: string;
  summary?: string;
  isExempt?: boolean;
  exemptGround?: string;
  isToFollow?: boolean;
  workItem?: string;
  papers?: Paper[];
};

const DIRECTOR = 'Strategic Director of Children and Families';
const PROGRESS_SUMMARY = 'To receive a report on progress against the Children’s Services Improvement Plan 2025–2027, with the improvement plan and the Improvement Board’s performance summary attached.';

/** The work programme, two meetings with their agendas and papers, the July minutes, and the December agenda issued. */
export async function buildMeetings(builder: DemoBuilder, people: DemoPeople, plan: DemoPlan): Promise<void> {
  const { call, clock, step } = builder;
  const committeeId = people.subgroupId;

  clock.set('2026-05-26T09:30:00Z');
  const meetingIds = {} as Record<MeetingKey, number>;
  for (const [key, meeting] of Object.entries(MEETINGS) as [MeetingKey, (typeof MEETINGS)[MeetingKey]][]) {
    const created = await call('meetings/create', { committeeId, ...meeting, accessNotes: ACCESS_NOTE, publicNotice: PUBLIC_NOTICE });
    meetingIds[key] = created.id;
  }
  const workItemIds = new Map<string, number>();
  for (const { key, meeting, ...fields } of WORK_PROGRAMME) {
    const created = await call('workProgramme/create', { committeeId, ...(meeting ? { meetingId: meetingIds[meeting] } : {}), ...fields });
    workItemIds.set(key, created.id);
  }
  const termsOfReference = await call('documents/create', { kind: 'terms_of_reference', title: 'Terms of reference', status: 'final', committeeId });
  const workProgramme = await call('documents/create', { kind: 'work_programme', title: 'Work programme 2026/27', status: 'final', committeeId });
  step();

  const addAgenda = async (meeting: MeetingKey, items: Item[]): Promise<Map<string, number>> => {
    const ids = new Map<string, number>();
    for (const { key, workItem, papers, ...fields } of items) {
      const workProgrammeItemId = workItem ? workItemIds.get(workItem) : undefined;
      const created = await call('agendaItems/create', { meetingId: meetingIds[meeting], ...fields, ...(workProgrammeItemId ? { workProgrammeItemId } : {}) });
      for (const paper of papers ?? []) await call('papers/add', { agendaItemId: created.id, ...paper });
      ids.set(key, created.id);
    }
    step();
    return ids;
  };
  const standing = (minutesTitle: string, minutesPapers: Paper[]): Item[] => [
    { key: 'apologies', title: 'Apologies for absence', kind: 'other' },
    { key: 'declarations', title: 'Declarations of interest', kind: 'other', summary: 'To receive declarations of any personal or prejudicial interests in items on the agenda.' },
    { key: 'minutes', title: minutesTitle, kind: 'minutes', summary: 'To approve as a correct record the minutes of the last meeting.', papers: minutesPapers },
  ];
  const programmeItem: Item = {
    key: 'programme',
    title: 'Terms of reference and work programme',
    kind: 'terms_and_work_programme',
    reportOf: 'Scrutiny Support Officer',
    summary: 'To note the subgroup’s terms of reference and agree its work programme.',
    papers: [{ documentId: termsOfReference.id }, { documentId: workProgramme.id }],
  };

  // July: agenda issued, meeting held, minutes written.
  clock.set('2026-07-02T14:00:00Z');
  const july = julyReport();
  const julyReportDoc = await call('documents/create', { kind: 'report', title: JULY_REPORT_TITLE, status: 'final', committeeId, actionPlanId: plan.planId, author: 'Laura Pennick', ...july });
  const julyItems = await addAgenda('july', [
    ...standing('Minutes of the meeting held on 17 March 2026', []),
    { key: 'progress', title: 'Improvement plan: progress report', kind: 'report', reportOf: DIRECTOR, summary: PROGRESS_SUMMARY, workItem: 'progress-july', papers: [{ documentId: julyReportDoc.id }] },
    programmeItem,
  ]);
  clock.set('2026-07-03T09:00:00Z');
  await call('meetings/setStatus', { id: meetingIds.july, status: 'issued' });
  clock.set('2026-07-14T12:30:00Z');
  await call('meetings/setStatus', { id: meetingIds.july, status: 'held' });
  // July stays held: its minutes go to December to be approved as a correct record.
  await buildJulyMinutes(builder, people, meetingIds.july, julyItems, meetingIds.december);

  // December: the pack is out; one report is still to follow; one item is exempt.
  clock.set('2026-11-20T15:00:00Z');
  const minutesDoc = await call('documents/create', { kind: 'minutes', title: 'Minutes of the meeting held on 14 July 2026', status: 'final', committeeId });
  const decemberReportDoc = await call('documents/create', { kind: 'report', title: DECEMBER_REPORT_TITLE, status: 'final', committeeId, actionPlanId: plan.planId, author: 'Laura Pennick', ...decemberReport() });
  const planDoc = await call('documents/create', { kind: 'action_plan', title: 'Appendix 1: Children’s Services Improvement Plan 2025–2027', status: 'final', committeeId, actionPlanId: plan.planId });
  const appendix = await call('attachments/add', { fileName: APPENDIX_FILE_NAME, dataBase64: (await appendixPdf()).toString('base64'), description: 'Appendix 2 to the December progress report' });
  const exemptDoc = await call('documents/create', { kind: 'report', title: EXEMPT_REPORT_TITLE, status: 'final', committeeId, author: 'Fiona Whitlock', ...exemptReport() });
  step();
  await addAgenda('december', [
    ...standing('Minutes of the meeting held on 14 July 2026', [{ documentId: minutesDoc.id }]),
    { key: 'progress', title: 'Improvement plan: progress report', kind: 'report', reportOf: DIRECTOR, summary: PROGRESS_SUMMARY, workItem: 'progress-december', papers: [{ documentId: decemberReportDoc.id }, { documentId: planDoc.id }, { attachmentId: appendix.id }] },
    { key: 'care-leavers', title: 'Care leavers’ accommodation', kind: 'report', reportOf: 'Head of Commissioning (Children)', summary: 'To examine the range of homes available to care leavers aged 18 to 21.', isToFollow: true, workItem: 'care-leavers' },
    programmeItem,
    { key: 'exclusion', title: 'Exclusion of the public', kind: 'exclusion_of_public', summary: 'To resolve that the public be excluded from the meeting for the following item, because it is likely to involve the disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.' },
    { key: 'sufficiency', title: 'Placement sufficiency: commissioning update', kind: 'report', reportOf: 'Head of Commissioning (Children)', summary: 'To consider options for completing the second council-run children’s home.', isExempt: true, exemptGround: EXEMPT_GROUND, workItem: 'sufficiency', papers: [{ documentId: exemptDoc.id }] },
  ]);
  // The tracker of July's recommendations goes before the private part, as the officer would add it.
  await call('followUps/addMonitorToAgenda', { meetingId: meetingIds.december });
  // Issued as an officer would: the pack builder freezes both editions, PDF and Word, as version 1.
  clock.set('2026-11-23T09:00:00Z');
  await call('packs/issue', { meetingId: meetingIds.december, edition: 'both', format: 'both' });
  step();
}
