import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { minutesFixtures } from './fixtures';

// The test clock reads 22 November 2026.
let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('minutes-from-agenda'); });
afterEach(() => { ws.close(); });
const { committee, meeting, heldMeeting, addEntries, refusal } = minutesFixtures(() => ws);

type Item = { title: string; kind?: 'minutes' | 'report' | 'exclusion_of_public' | 'other'; isExempt?: boolean };

/** Builds the agenda and returns its item ids in agenda order (the builder adds the exclusion of the public itself). */
async function agenda(meetingId: number, items: readonly Item[]): Promise<number[]> {
  for (const item of items) await ws.call('agendaItems/create', { meetingId, ...item });
  return (await ws.call('meetings/get', { id: meetingId })).agendaItems.map((item) => item.id);
}

const AGENDA: Item[] = [
  { title: 'Apologies for absence', kind: 'other' },
  { title: 'Minutes of the meeting held on 24 June 2026', kind: 'minutes' },
  { title: 'Improvement plan: progress report', kind: 'report' },
  // The agenda puts "Exclusion of the public" before this one.
  { title: 'Placement sufficiency', kind: 'report', isExempt: true },
  // Not exempt, but heard after the public left.
  { title: 'Residential provider review', kind: 'report' },
];

describe('starting the minutes from the agenda', () => {
  it('adds one minute per item in agenda order, headed with its title, private after the exclusion of the public and for exempt items', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const october = await heldMeeting(osg, '2026-10-06');
    await addEntries(june, ['Minutes', 'Work programme']);
    const itemIds = await agenda(october, AGENDA);

    const started = await ws.call('minutes/startFromAgenda', { meetingId: october });
    expect(started.created).toBe(6);
    expect(started.renumbered).toBe(0);
    expect(started.entries.map((entry) => [entry.position, entry.reference, entry.heading, entry.agendaItemId, entry.isPublicExcluded])).toEqual([
      [1, 'CYP/OSG/26/3', 'Apologies for absence', itemIds[0], false],
      [2, 'CYP/OSG/26/4', 'Minutes of the meeting held on 24 June 2026', itemIds[1], false],
      [3, 'CYP/OSG/26/5', 'Improvement plan: progress report', itemIds[2], false],
      // The resolution to exclude the public is itself taken in public.
      [4, 'CYP/OSG/26/6', 'Exclusion of the public', itemIds[3], false],
      [5, 'CYP/OSG/26/7', 'Placement sufficiency', itemIds[4], true],
      [6, 'CYP/OSG/26/8', 'Residential provider review', itemIds[5], true],
    ]);
  });

  it('is idempotent: a second run adds nothing and writes nothing', async () => {
    const october = await heldMeeting(await committee('Ofsted Subgroup', 'CYP/OSG'), '2026-10-06');
    await agenda(october, AGENDA);
    const first = await ws.call('minutes/startFromAgenda', { meetingId: october });
    const before = ws.snapshot();
    const second = await ws.call('minutes/startFromAgenda', { meetingId: october });
    expect(second).toEqual({ created: 0, entries: first.entries, renumbered: 0 });
    expect(ws.snapshot()).toBe(before);
  });

  it('fills in only the items with no minute yet, each in its agenda place, keeping what was written', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const october = await heldMeeting(osg, '2026-10-06');
    const december = await heldMeeting(osg, '2026-12-01');
    await addEntries(december, ['Apologies']);
    const [apologies, minutes, report] = await agenda(october, [
      { title: 'Apologies for absence' },
      { title: 'Minutes', kind: 'minutes' },
      { title: 'Improvement plan: progress report' },
    ]);
    // The officer wrote the report's minute by hand first, and a chair's announcement with no agenda item.
    const [written, announcement] = await addEntries(october, ['Progress on the improvement plan', 'Chair’s announcements']);
    await ws.call('minutes/updateEntry', { id: written?.id ?? 0, agendaItemId: report ?? 0 });
    const lateItem = (await ws.call('agendaItems/create', { meetingId: october, title: 'Any other business', kind: 'other' })).id;

    const started = await ws.call('minutes/startFromAgenda', { meetingId: october });
    expect(started.created).toBe(3);
    // December's minute moved up to make room, and the result says so.
    expect(started.renumbered).toBe(1);
    expect(started.entries.map((entry) => [entry.reference, entry.heading, entry.agendaItemId])).toEqual([
      ['CYP/OSG/26/1', 'Apologies for absence', apologies],
      ['CYP/OSG/26/2', 'Minutes', minutes],
      ['CYP/OSG/26/3', 'Progress on the improvement plan', report],
      ['CYP/OSG/26/4', 'Chair’s announcements', null],
      ['CYP/OSG/26/5', 'Any other business', lateItem],
    ]);
    expect(started.entries.find((entry) => entry.id === announcement?.id)?.heading).toBe('Chair’s announcements');
    expect((await ws.call('minutes/get', { meetingId: december })).entries.map((entry) => entry.reference)).toEqual(['CYP/OSG/26/6']);
  });

  it('is refused for a meeting not yet held, and says what to do', async () => {
    const draft = await meeting(await committee('Ofsted Subgroup', 'CYP/OSG'), '2026-12-01');
    await agenda(draft, AGENDA.slice(0, 2));
    const before = ws.snapshot();
    expect(await refusal('minutes/startFromAgenda', { meetingId: draft })).toMatch(/has not been held yet.*Mark the meeting as held first/);
    expect(await refusal('minutes/startFromAgenda', { meetingId: 999 })).toMatch(/no meeting with id 999/);
    expect(ws.snapshot()).toBe(before);
  });
});
