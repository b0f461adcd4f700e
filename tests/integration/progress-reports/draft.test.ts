// Drafting the progress report on the demo plan for the December meeting:
// the cover sheet, one section per recommendation in plan order, and in each
// the progress updates after the last report (July's agenda) up to the day
// the December agenda went out, as they stood that day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES, PLAN, REVISION } from '../../../electron/core/demo/content/action-plan';
import { PEOPLE } from '../../../electron/core/demo/content/authority';
import { INSPECTION, RECOMMENDATIONS } from '../../../electron/core/demo/content/inspection';
import type { ProgressReportDraft } from '../../../shared/api/methods/progress-reports';
import type { RichTextNode } from '../../../shared/api/schema';
import { headingsOf, openDemoWorkspace, sectionOf, textOf, type DemoWorkspace } from './demo-workspace';

let ws: DemoWorkspace;
let december: ProgressReportDraft;
const SINCE = '2026-07-03';
const AS_AT = '2026-11-23';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const inWords = (iso: string) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;

beforeAll(async () => {
  ws = await openDemoWorkspace('progress-report-draft');
  december = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december });
}, 60_000);
afterAll(() => { ws.close(); });

const entryIds = async () => (await ws.call('actionPlans/get', { id: ws.ids.planId })).entries.map((entry) => entry.id);
const paragraphs = (nodes: readonly RichTextNode[]) => nodes.filter((node) => node.type === 'paragraph');

describe('a drafted progress report', () => {
  it('is a draft report on the plan for the subgroup, with the cover sheet filled from the committee, meeting and plan', async () => {
    const plan = await ws.call('actionPlans/get', { id: ws.ids.planId, asAt: AS_AT });
    const actions = plan.entries.flatMap((entry) => entry.actions);
    const complete = actions.filter((action) => action.status === 'complete').length;
    const red = actions.filter((action) => action.status !== 'complete' && action.rag === 'red').length;
    const { document } = december;
    expect(document).toMatchObject({
      kind: 'report',
      status: 'draft',
      title: `${PLAN.title}: progress report, December 2026`,
      actionPlanId: ws.ids.planId,
      author: 'Aisha Rahman',
    });
    expect(december).toMatchObject({ since: SINCE, asAt: AS_AT, paperIds: [] });
    const calloway = PEOPLE.find((person) => person.key === 'calloway');
    const rahman = PEOPLE.find((person) => person.key === 'rahman');
    expect(document.coverSheet).toMatchObject({
      reportTo: 'Improvement Subgroup of the Children and Young People Scrutiny Committee',
      meetingDate: '2026-12-01',
      subject: `${PLAN.title}: progress report`,
      reportOf: 'Strategic Director of Children and Families',
      reportType: 'for_information',
      wardsAffected: 'All',
      contactOfficers: [
        { name: calloway?.fullName, jobTitle: calloway?.jobTitle, phone: calloway?.phone, email: calloway?.email },
        { name: rahman?.fullName, jobTitle: rahman?.jobTitle, phone: rahman?.phone, email: rahman?.email },
      ],
      backgroundDocuments: [`${INSPECTION.title}, published 4 August 2025`, PLAN.title],
    });
    const summary = document.coverSheet.summary ?? '';
    for (const words of ['3 July 2026', '23 November 2026', `${complete} complete`, `${red} red`, `${plan.overdueCount} are overdue`]) expect(summary).toContain(words);
    expect(document.coverSheet.recommendations).toEqual([expect.stringMatching(/^The Improvement Subgroup is asked to note and comment on the progress made/)]);
    // The plan's table already made for the December agenda is the appendix; no second one is made.
    expect(december.appendix).toMatchObject({ kind: 'action_plan', actionPlanId: ws.ids.planId, title: `Appendix 1: ${PLAN.title}` });
    expect((await ws.call('documents/list', { kind: 'action_plan', actionPlanId: ws.ids.planId })).map((doc) => doc.id)).toEqual([december.appendix.id]);
  });

  it('has the introduction, the structure, one section per recommendation in plan order and the conclusion', async () => {
    const { body } = december.document;
    expect(headingsOf(body)).toEqual([
      '1 Introduction',
      '1 Action plan structure',
      '1 Recommendations: progress, risk and next steps',
      ...RECOMMENDATIONS.map((text, index) => `2 Recommendation ${index + 1}: ${text}`),
      '1 Conclusion',
    ]);
    const keys = ['introduction', 'structure', ...(await entryIds()).map((entryId) => `entry:${entryId}`), 'conclusion'];
    expect(december.sections.map((section) => [section.key, section.state])).toEqual(keys.map((key) => [key, 'as_drafted']));
    expect(await ws.call('progressReports/sections', { documentId: december.document.id })).toEqual(december.sections);
    // The heading over the entries belongs to no section.
    const over = body.content.find((node) => textOf(node) === 'Recommendations: progress, risk and next steps');
    expect(over?.attrs?.['sectionKey']).toBeUndefined();

    const introduction = sectionOf(body, 'introduction');
    expect(paragraphs(introduction).every((node) => node.attrs?.['numbered'] === true)).toBe(true);
    const said = introduction.map(textOf).join('\n');
    for (const words of ['Ofsted inspection', '4 August 2025', 'made 10 recommendations', 'after 3 July 2026', 'up to and including 23 November 2026', 'Appendix 1']) expect(said).toContain(words);
    const structure = sectionOf(body, 'structure').map(textOf).join('\n');
    for (const part of ['Recommendation', 'Strategic lead', 'Performance management framework', 'Measures', 'Actions', 'Timescale', 'Progress', 'Partnership focus', 'Link plans', 'Governance', 'Impact']) {
      expect(structure).toContain(`${part} — `);
    }
  });

  it('sets out every update after the last report and up to the agenda issue date, with the action in bold, its rating and date', async () => {
    const ids = await entryIds();
    let expected = 0;
    for (const [index, entry] of ENTRIES.entries()) {
      const section = sectionOf(december.document.body, `entry:${ids[index] ?? 0}`);
      const numbered = paragraphs(section).filter((node) => node.attrs?.['numbered'] === true);
      for (const action of entry.actions) {
        const about = numbered.filter((node) => node.content?.[0]?.text === action.description && node.content[0].marks?.[0]?.type === 'bold');
        const inPeriod = action.updates.filter((update) => update.date > SINCE && update.date <= AS_AT);
        expected += inPeriod.length;
        if (inPeriod.length === 0) {
          expect(about.map(textOf)).toEqual([expect.stringMatching(/ — (no progress update|complete; no further update) since 3 July 2026/)]);
        } else {
          expect(about.map(textOf)).toEqual(
            inPeriod.map((update) => `${action.description} — ${update.status === 'complete' ? `complete, rated ${update.rag}, on` : `rated ${update.rag} on`} ${inWords(update.date)}: ${update.note}`),
          );
        }
        const sectionText = section.map(textOf).join('\n');
        for (const update of action.updates.filter((candidate) => candidate.date <= SINCE)) expect(sectionText).not.toContain(update.note);
      }
      // Measures close the section, with their targets and latest values.
      const last = section.at(-1);
      expect(last?.type).toBe('bulletList');
      expect(textOf(last ?? { type: 'text' })).toContain(`${entry.measures[0]?.description ?? ''}: target ${entry.measures[0]?.target ?? ''}; latest ${entry.measures[0]?.currentValue ?? ''}`);
    }
    expect(expected).toBeGreaterThan(5);
    expect(december.updateCount).toBe(expected);
  });

  it('counts the actions in the conclusion and names the overdue ones', async () => {
    const plan = await ws.call('actionPlans/get', { id: ws.ids.planId, asAt: AS_AT });
    const overdue = plan.entries.flatMap((entry) => entry.actions).filter((action) => action.isOverdue);
    expect(overdue.length).toBeGreaterThan(0);
    const conclusion = sectionOf(december.document.body, 'conclusion');
    const said = conclusion.map(textOf).join('\n');
    expect(said).toContain(`the plan has ${plan.entries.flatMap((entry) => entry.actions).length} actions`);
    expect(said).toContain(`${overdue.length} of them are overdue`);
    for (const action of overdue) expect(said).toContain(action.description);
  });

  it('finds the period from the last report: none before July, July’s agenda for December, the author’s date when given', async () => {
    const july = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.july });
    expect(july).toMatchObject({ since: null, asAt: '2026-07-03' });
    expect(sectionOf(july.document.body, 'introduction').map(textOf).join(' ')).toContain('This is the first progress report on the plan');
    expect(july.document.coverSheet.summary).toContain('up to 3 July 2026');

    const fromSeptember = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december, since: '2026-09-01' });
    expect(fromSeptember.since).toBe('2026-09-01');
    const count = ENTRIES.flatMap((entry) => entry.actions.flatMap((action) => action.updates)).filter((update) => update.date > '2026-09-01' && update.date <= AS_AT).length;
    expect(fromSeptember.updateCount).toBe(count);
    expect(count).toBeLessThan(december.updateCount ?? 0);
  });

  it('shows a revised update as its revision stood on the day: the demo’s correction in July, not a correction made after December’s agenda went out', async () => {
    const ids = await entryIds();
    // The demo corrected one update in February 2026: a report as at July shows the correction, not the original.
    const july = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.july });
    const revisedEntry = sectionOf(july.document.body, `entry:${ids[REVISION.entryIndex] ?? 0}`).map(textOf).join('\n');
    const original = ENTRIES[REVISION.entryIndex]?.actions[REVISION.actionIndex]?.updates[REVISION.updateIndex]?.note ?? '';
    expect(revisedEntry).toContain(REVISION.note);
    expect(revisedEntry).not.toContain(original);

    // Today (25 November) an officer corrects an October update, and records one dated after the agenda went out.
    const plan = await ws.call('actionPlans/get', { id: ws.ids.planId });
    const huddles = plan.entries[0]?.actions[1];
    if (!huddles) throw new Error('no action');
    const [october] = await ws.call('progress/history', { actionId: huddles.id });
    if (!october) throw new Error('no update');
    const correction = 'Timeliness corrected to 84% after a data cleanse.';
    await ws.call('progress/revise', { id: october.id, note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: correction }] }] } });
    await ws.call('progress/add', { actionId: huddles.id, updateDate: '2026-11-24', note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Recorded after the agenda went out.' }] }] }, rag: 'green' });

    const again = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december });
    const first = sectionOf(again.document.body, `entry:${ids[0] ?? 0}`).map(textOf).join('\n');
    expect(first).toContain(ENTRIES[0]?.actions[1]?.updates.at(-1)?.note);
    expect(first).not.toContain(correction);
    expect(first).not.toContain('Recorded after the agenda went out.');
    expect(again.updateCount).toBe(december.updateCount);
  });

  it('keeps the emphasis and links of an update’s note, and its later paragraphs and lists', async () => {
    const plan = await ws.call('actionPlans/get', { id: ws.ids.planId });
    const action = plan.entries[1]?.actions[0];
    if (!action) throw new Error('no action');
    const link = { type: 'link', attrs: { href: 'https://castlemere.example/audit' } };
    await ws.call('progress/add', {
      actionId: action.id,
      updateDate: '2026-11-20',
      rag: 'amber',
      note: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Audit ' }, { type: 'text', text: 'repeated', marks: [{ type: 'bold' }] }, { type: 'text', text: ': see the ' }, { type: 'text', text: 'audit summary', marks: [link] }, { type: 'text', text: '.' }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Findings' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Decisions recorded in 9 of 10 cases.' }] }] }] },
        ],
      },
    });
    const draft = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december });
    const section = sectionOf(draft.document.body, `entry:${plan.entries[1]?.id ?? 0}`);
    const index = section.findIndex((node) => textOf(node).includes('Audit repeated'));
    const paragraph = section[index];
    expect(textOf(paragraph ?? { type: 'text' })).toBe(`${action.description} — rated amber on 20 November 2026: Audit repeated: see the audit summary.`);
    expect(paragraph?.attrs).toEqual({ numbered: true });
    expect(paragraph?.content?.find((node) => node.text === 'repeated')?.marks).toEqual([{ type: 'bold' }]);
    expect(paragraph?.content?.find((node) => node.text === 'audit summary')?.marks).toEqual([link]);
    // The note's heading would start a new numbered section of the report: it stays, as a plain paragraph.
    expect(section.slice(index + 1, index + 3).map((node) => [node.type, textOf(node), node.attrs?.['numbered'] ?? null])).toEqual([
      ['paragraph', 'Findings', null],
      ['bulletList', 'Decisions recorded in 9 of 10 cases.', null],
    ]);
  });

  it('drafts a plan of its own (no inspection) onto an empty item, making its appendix and adding both as papers', async () => {
    const plan = await ws.call('actionPlans/create', { title: 'Youth justice recovery plan', owner: 'Daniel Ormerod' });
    const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'Reduce first-time entrants', strategicLead: 'Daniel Ormerod' });
    const action = await ws.call('actions/create', { entryId: entry.id, description: 'Launch the diversion panel', timescaleLabel: 'October 2026' });
    await ws.call('progress/add', { actionId: action.id, updateDate: '2026-10-05', note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Panel met twice.' }] }] }, rag: 'green' });
    const meeting = await ws.call('meetings/get', { id: ws.ids.december });
    const item = meeting.agendaItems.find((candidate) => candidate.title === 'Care leavers’ accommodation');
    if (!item) throw new Error('no item');

    const draft = await ws.call('progressReports/draft', { planId: plan.id, meetingId: ws.ids.december, agendaItemId: item.id });
    expect(draft).toMatchObject({ since: null, updateCount: 1, appendix: { kind: 'action_plan', title: 'Youth justice recovery plan', status: 'final', actionPlanId: plan.id } });
    expect(draft.document.coverSheet).toMatchObject({ reportOf: 'Director of Children’s Social Care', backgroundDocuments: ['Youth justice recovery plan'] });
    // The owner is a person the workspace knows: the job title and contact details come from there.
    expect(draft.document.coverSheet.contactOfficers?.[0]).toMatchObject({ name: 'Daniel Ormerod', phone: '0113 496 0437' });
    expect(headingsOf(draft.document.body)).toEqual(['1 Introduction', '1 Action plan structure', '1 Progress, risk and next steps', '2 Reduce first-time entrants', '1 Conclusion']);
    expect(sectionOf(draft.document.body, 'introduction').map(textOf).join(' ')).toContain('The Youth justice recovery plan sets out 1 action in 1 part');
    const papers = (await ws.call('meetings/get', { id: ws.ids.december })).agendaItems.find((candidate) => candidate.id === item.id)?.papers ?? [];
    expect(papers.map((paper) => [paper.id, paper.documentId, paper.label])).toEqual([
      [draft.paperIds[0], draft.document.id, ''],
      [draft.paperIds[1], draft.appendix.id, 'Appendix 1'],
    ]);
  });

  it('takes the period for another committee from its own last report on the plan, even one never put on an agenda', async () => {
    ws.setNow('2027-03-05T10:00:00Z');
    const [parent] = (await ws.call('committees/list', {})).filter((committee) => committee.name === 'Children and Young People Scrutiny Committee');
    if (!parent) throw new Error('no parent committee');
    const january = await ws.call('meetings/create', { committeeId: parent.id, meetingDate: '2027-01-12' });
    const march = await ws.call('meetings/create', { committeeId: parent.id, meetingDate: '2027-03-02' });
    const first = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: january.id });
    // The subgroup's reports are not this committee's: its first report covers everything.
    expect(first).toMatchObject({ since: null, asAt: '2027-01-12' });
    expect(first.document.coverSheet.reportTo).toBe('Children and Young People Scrutiny Committee');
    const second = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: march.id });
    expect(second).toMatchObject({ since: '2027-01-12', asAt: '2027-03-02', updateCount: 0 });
    expect(sectionOf(second.document.body, 'introduction').map(textOf).join(' ')).toContain('No progress updates were recorded in that period.');
    ws.setNow('2026-11-25T10:00:00Z');
  });
});
