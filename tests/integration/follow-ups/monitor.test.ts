// The recommendations monitor paper on a real workspace: which follow-ups it
// carries for a meeting (open ones; closed ones once), what the public
// edition leaves out (anything raised in private), and putting it on an
// agenda.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { services } from '../../../electron/core/api/handler';
import type { Block, DocumentModel } from '../../../electron/core/documents/model';
import { documentModel } from '../../../electron/core/services/document-models';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { modelText } from '../documents/model-text';

// The test clock reads 22 November 2026, 10.00 am.
let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('recommendations-monitor'); });
afterEach(() => { ws.close(); });

const PRIVATE_ACTION = 'Obtain legal advice on the break clause';
const PRIVATE_DECISION = 'That the contract with the residential provider be reviewed.';
const PRIVATE_HEADING = 'Residential provider contract';

async function heldMeeting(committeeId: number, meetingDate: string): Promise<number> {
  const meeting = await ws.call('meetings/create', { committeeId, meetingDate, startTime: '10:00' });
  await ws.call('meetings/setStatus', { id: meeting.id, status: 'issued' });
  await ws.call('meetings/setStatus', { id: meeting.id, status: 'held' });
  return meeting.id;
}

async function decision(meetingId: number, heading: string, text: string, isPublicExcluded = false): Promise<number> {
  const entry = await ws.call('minutes/addEntry', { meetingId, heading, isPublicExcluded });
  return (await ws.call('minutes/addDecision', { minuteEntryId: entry.id, text })).id;
}

/**
 * June and September meetings held (a cancelled one in October), and the
 * December meeting to come, with follow-ups in every state the monitor must
 * tell apart.
 */
async function committeeYear() {
  const committeeId = (await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' })).id;
  const june = await heldMeeting(committeeId, '2026-06-09');
  const september = await heldMeeting(committeeId, '2026-09-15');
  const october = await ws.call('meetings/create', { committeeId, meetingDate: '2026-10-20' });
  await ws.call('meetings/cancel', { id: october.id, note: 'Not quorate.' });
  const december = (await ws.call('meetings/create', { committeeId, meetingDate: '2026-12-08', startTime: '10:00' })).id;

  const register = await decision(june, 'Children missing education', 'That the Head of Inclusion report back on the register.');
  const contract = await decision(june, PRIVATE_HEADING, PRIVATE_DECISION, true);
  const visits = await decision(september, 'Practice visits', 'That members visit the Front Door.');
  const add = async (decisionId: number, description: string, dueDate: string | null, close?: { status: 'done' | 'dropped'; completedOn: string; reportedMeetingId?: number; notes?: string }) => {
    const created = await ws.call('followUps/create', { decisionId, description, dueDate, owner: 'Head of Inclusion' });
    if (close) await ws.call('followUps/update', { id: created.id, ...close });
  };
  await add(register, 'Circulate the register to members', '2026-09-30');
  await add(register, 'Check the register against school rolls', '2026-07-15', { status: 'done', completedOn: '2026-07-01' });
  await add(register, 'Share the register with the police', '2026-10-15', { status: 'done', completedOn: '2026-10-01', notes: 'Shared with the missing persons unit.' });
  await add(register, 'Write to academy trusts', '2026-08-31', { status: 'done', completedOn: '2026-08-01', reportedMeetingId: december });
  await add(register, 'Brief the Cabinet member', '2026-10-31', { status: 'dropped', completedOn: '2026-10-05', reportedMeetingId: september, notes: 'Briefed at the September meeting instead.' });
  await add(contract, PRIVATE_ACTION, '2026-12-31');
  await add(visits, 'Arrange the visit to the Front Door', null);
  return { committeeId, june, september, december };
}

async function monitorOf(meetingId: number, edition: 'public' | 'members'): Promise<DocumentModel> {
  const { committeeId } = await ws.call('meetings/get', { id: meetingId });
  const document = await ws.call('documents/create', { kind: 'recommendations_monitor', title: 'Recommendations monitor', status: 'final', committeeId });
  return documentModel(services(ws.ctx), document.id, { meetingId, edition, buildDate: '2026-11-22' });
}

function tableOf(model: DocumentModel): Extract<Block, { type: 'table' }> {
  const table = model.blocks.find((block) => block.type === 'table');
  if (table?.type !== 'table') throw new Error('The monitor has no table.');
  return table;
}

/** The action column of each follow-up's row (the rows naming a meeting span the table). */
function actionsOf(model: DocumentModel): string[] {
  return tableOf(model)
    .rows.filter((row) => row.cells.length > 1)
    .map((row) => modelText({ info: model.info, blocks: row.cells[1]?.content ?? [] }).split('\n').slice(1).join(' ').replace(/^P: /, ''));
}

describe('the recommendations monitor', () => {
  it('lists open follow-ups and those closed since the last meeting (or chosen for this one), in minute order, with status in words', async () => {
    const { december } = await committeeYear();
    const members = await monitorOf(december, 'members');
    expect(actionsOf(members)).toEqual([
      'Circulate the register to members',
      'Share the register with the police',
      'Write to academy trusts',
      PRIVATE_ACTION,
      'Arrange the visit to the Front Door',
    ]);
    const text = modelText(members);
    expect(text).toContain('H1: Ofsted Subgroup / Recommendations monitor');
    // The cancelled October meeting is not "the last meeting": September is.
    expect(text).toContain('every action still open, and those completed or dropped since the meeting on 15 September 2026. The position is given at 22 November 2026.');
    expect(text).toContain('**One action is overdue.**');
    expect(text).toContain('**Overdue by 53 days**');
    expect(text).toContain('P: Done on 1 October 2026');
    expect(text).toContain('P: Shared with the missing persons unit.');
    expect(text).toContain('P: **Meeting of Tuesday, 9 June 2026**');
    expect(text).toContain('P: **CYP/OSG/26/1 Children missing education**');
    expect(text).toContain('P (small): That the Head of Inclusion report back on the register.');
    expect(text).toContain('P: **Meeting of Tuesday, 15 September 2026**');
    expect(text).toContain('P: No date set');
    expect(text).not.toContain('Check the register against school rolls');
    expect(text).not.toContain('Brief the Cabinet member');
    // One header row, repeated on every page the table runs over.
    expect(tableOf(members).headerRows.map((row) => modelText({ info: members.info, blocks: row.cells.flatMap((cell) => cell.content) }).split('\n').slice(1))).toEqual([
      ['P: **Recommendation**', 'P: **Action**', 'P: **Responsible**', 'P: **Due**', 'P: **Status and response**'],
    ]);
  });

  it('leaves every follow-up raised in private out of the public edition, and keeps it in the members’ edition', async () => {
    const { december } = await committeeYear();
    const members = modelText(await monitorOf(december, 'members'));
    const publicModel = await monitorOf(december, 'public');
    const publicText = modelText(publicModel);
    for (const secret of [PRIVATE_ACTION, PRIVATE_DECISION, PRIVATE_HEADING, 'CYP/OSG/26/2']) {
      expect(members).toContain(secret);
      expect(publicText).not.toContain(secret);
    }
    expect(actionsOf(publicModel)).toEqual(['Circulate the register to members', 'Share the register with the police', 'Write to academy trusts', 'Arrange the visit to the Front Door']);
  });

  it('drops a closed follow-up once it has been reported: the next meeting’s monitor has only the open ones', async () => {
    const { committeeId, december } = await committeeYear();
    await ws.call('meetings/setStatus', { id: december, status: 'issued' });
    await ws.call('meetings/setStatus', { id: december, status: 'held' });
    const february = (await ws.call('meetings/create', { committeeId, meetingDate: '2027-02-02' })).id;
    expect(actionsOf(await monitorOf(february, 'members'))).toEqual(['Circulate the register to members', PRIVATE_ACTION, 'Arrange the visit to the Front Door']);
  });

  it('says so when there is nothing to report', async () => {
    const committeeId = (await ws.call('committees/create', { name: 'Care Leavers Task Group', minutePrefix: 'CYP/CLT' })).id;
    const meetingId = (await ws.call('meetings/create', { committeeId, meetingDate: '2026-12-15' })).id;
    const text = modelText(await monitorOf(meetingId, 'public'));
    expect(text).toContain('There are no open recommendations or actions, and none has been closed since the last meeting.');
    expect(text).not.toContain('since the meeting on');
  });
});

describe('putting the monitor on an agenda', () => {
  it('adds the item before the private part with the committee’s monitor paper, reused for the next meeting', async () => {
    const { committeeId, december } = await committeeYear();
    await ws.call('agendaItems/create', { meetingId: december, title: 'Minutes of the last meeting', kind: 'minutes' });
    await ws.call('agendaItems/create', { meetingId: december, title: 'Exclusion of the public', kind: 'exclusion_of_public' });
    await ws.call('agendaItems/create', { meetingId: december, title: 'Residential provider contract', isExempt: true, exemptGround: 'Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972' });

    const item = await ws.call('followUps/addMonitorToAgenda', { meetingId: december });
    expect(item).toMatchObject({ title: 'Recommendations monitor', kind: 'recommendations_monitor', position: 2, isExempt: false });
    const agenda = await ws.call('meetings/get', { id: december });
    expect(agenda.agendaItems.map((agendaItem) => agendaItem.title)).toEqual(['Minutes of the last meeting', 'Recommendations monitor', 'Exclusion of the public', 'Residential provider contract']);
    const paper = agenda.agendaItems[1]?.papers[0];
    expect(paper).toMatchObject({ kind: 'document', document: { kind: 'recommendations_monitor', title: 'Recommendations monitor', status: 'final' } });

    const february = (await ws.call('meetings/create', { committeeId, meetingDate: '2027-02-02' })).id;
    await ws.call('followUps/addMonitorToAgenda', { meetingId: february });
    const next = await ws.call('meetings/get', { id: february });
    expect(next.agendaItems.map((agendaItem) => [agendaItem.position, agendaItem.title])).toEqual([[1, 'Recommendations monitor']]);
    expect(next.agendaItems[0]?.papers[0]?.documentId).toBe(paper?.documentId);
    expect(await ws.call('documents/list', { kind: 'recommendations_monitor' })).toHaveLength(1);
  });

  it('refuses a second monitor on one agenda and a meeting already held, naming why, and writes nothing', async () => {
    const { september, december } = await committeeYear();
    await ws.call('followUps/addMonitorToAgenda', { meetingId: december });
    const before = ws.snapshot();
    const cases: [unknown, RegExp][] = [
      [{ meetingId: december }, /The agenda of 8 December 2026 already has the recommendations monitor, as item 1/],
      [{ meetingId: september }, /The meeting of 15 September 2026 is held, so its agenda can no longer take the recommendations monitor/],
      [{ meetingId: 999 }, /no meeting with id 999/],
      [{ meetingId: 'next' }, /meetingId/],
    ];
    for (const [input, message] of cases) {
      const result = await ws.attempt('followUps/addMonitorToAgenda', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
