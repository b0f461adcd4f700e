import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { refused } from './agenda-setup';

let ws: TestWorkspace;
let meetingId: number;
beforeEach(async () => {
  ws = await openTestWorkspace('agenda-exclusion');
  const committee = await ws.call('committees/create', { name: 'Improvement Subgroup', minutePrefix: 'CYP/IMP' });
  meetingId = (await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-12-01' })).id;
});
afterEach(() => { ws.close(); });

const GROUND = 'Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information about the financial or business affairs of any particular person.';

/** The agenda as "title" lines, with "*" marking an exempt item. */
async function agenda(): Promise<string[]> {
  const detail = await ws.call('meetings/get', { id: meetingId });
  expect(detail.agendaItems.map((item) => item.position)).toEqual(detail.agendaItems.map((_item, index) => index + 1));
  return detail.agendaItems.map((item) => `${item.isExempt ? '*' : ''}${item.title}`);
}

async function items(...titles: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const title of titles) ids.push((await ws.call('agendaItems/create', { meetingId, title })).id);
  return ids;
}

async function exclusionId(): Promise<number> {
  const detail = await ws.call('meetings/get', { id: meetingId });
  return detail.agendaItems.find((item) => item.kind === 'exclusion_of_public')?.id ?? 0;
}

describe('the “Exclusion of the public” item', () => {
  it('is added before an exempt item as it is created, with the standing wording, even before its ground is known', async () => {
    await items('Minutes', 'Progress report');
    const exempt = await ws.call('agendaItems/create', { meetingId, title: 'Residential care review', isExempt: true });
    expect(exempt).toMatchObject({ isExempt: true, exemptGround: '', position: 4 });
    expect(await agenda()).toEqual(['Minutes', 'Progress report', 'Exclusion of the public', '*Residential care review']);
    const detail = await ws.call('meetings/get', { id: meetingId });
    const exclusion = detail.agendaItems[2];
    expect(exclusion?.kind).toBe('exclusion_of_public');
    expect(exclusion?.summary).toMatch(/Schedule 12A to the Act/);
    expect(exclusion?.summary).toMatch(/public interest in keeping that information private outweighs the public interest in disclosing it/);
    await ws.call('agendaItems/create', { meetingId, title: 'Any other business', kind: 'other' });
    expect(await agenda()).toEqual(['Minutes', 'Progress report', 'Exclusion of the public', '*Residential care review', 'Any other business']);

    const trail = ws.ctx.workspace.current().db.prepare("SELECT action, summary FROM audit_log WHERE entity = 'agenda_item' ORDER BY id").raw().all();
    expect(trail).toEqual([
      ['create', 'Minutes'], ['create', 'Progress report'], ['create', 'Residential care review'],
      ['create', 'Exclusion of the public (before the first exempt item)'], ['create', 'Any other business'],
    ]);
  });

  it('moves with the first exempt item as items are marked exempt or not, and goes when none is', async () => {
    const [, progress, review, leavers] = await items('Minutes', 'Progress report', 'Residential care review', 'Care leavers');
    await ws.call('agendaItems/update', { id: leavers ?? 0, isExempt: true, exemptGround: GROUND });
    expect(await agenda()).toEqual(['Minutes', 'Progress report', 'Residential care review', 'Exclusion of the public', '*Care leavers']);
    const exclusion = await exclusionId();

    await ws.call('agendaItems/update', { id: progress ?? 0, isExempt: true });
    expect(await agenda()).toEqual(['Minutes', 'Exclusion of the public', '*Progress report', 'Residential care review', '*Care leavers']);
    expect(await exclusionId()).toBe(exclusion);

    await ws.call('agendaItems/update', { id: progress ?? 0, isExempt: false });
    expect(await agenda()).toEqual(['Minutes', 'Progress report', 'Residential care review', 'Exclusion of the public', '*Care leavers']);
    // Wording an officer has changed is kept as the item moves.
    await ws.call('agendaItems/update', { id: exclusion, summary: 'To exclude the public for the item on care leavers.' });
    await ws.call('agendaItems/update', { id: review ?? 0, isExempt: true, exemptGround: GROUND });
    const detail = await ws.call('meetings/get', { id: meetingId });
    expect(detail.agendaItems.map((item) => [item.id, item.summary === 'To exclude the public for the item on care leavers.'])).toContainEqual([exclusion, true]);
    expect(await agenda()).toEqual(['Minutes', 'Progress report', 'Exclusion of the public', '*Residential care review', '*Care leavers']);

    await ws.call('agendaItems/update', { id: review ?? 0, isExempt: false });
    await ws.call('agendaItems/update', { id: leavers ?? 0, isExempt: false });
    expect(await agenda()).toEqual(['Minutes', 'Progress report', 'Residential care review', 'Care leavers']);
  });

  it('takes its place again after every reorder, whoever moved', async () => {
    const [minutes, progress, review] = await items('Minutes', 'Progress report', 'Residential care review');
    await ws.call('agendaItems/update', { id: review ?? 0, isExempt: true, exemptGround: GROUND });
    const exclusion = await exclusionId();

    // The exempt item moved to the top: the exclusion item goes with it.
    const reordered = await ws.call('agendaItems/reorder', { meetingId, ids: [review ?? 0, minutes ?? 0, progress ?? 0, exclusion] });
    expect(reordered.map((item) => item.title)).toEqual(['Exclusion of the public', 'Residential care review', 'Minutes', 'Progress report']);
    expect(reordered.map((item) => item.position)).toEqual([1, 2, 3, 4]);

    // The exclusion item dragged to the end springs back.
    const back = await ws.call('agendaItems/reorder', { meetingId, ids: [review ?? 0, minutes ?? 0, progress ?? 0, exclusion] });
    expect(back.map((item) => item.title)).toEqual(['Exclusion of the public', 'Residential care review', 'Minutes', 'Progress report']);

    // The exempt item moved back to the end.
    const last = await ws.call('agendaItems/reorder', { meetingId, ids: [minutes ?? 0, progress ?? 0, exclusion, review ?? 0] });
    expect(last.map((item) => item.title)).toEqual(['Minutes', 'Progress report', 'Exclusion of the public', 'Residential care review']);
    // A list that leaves the exclusion item out is stale: it was on the screen it came from.
    await refused(ws, 'agendaItems/reorder', { meetingId, ids: [minutes, progress, review] }, 'conflict', /changed since it was shown/);
  });

  it('follows the next exempt item when the first is deleted, and goes with the last', async () => {
    const [, review, , leavers] = await items('Minutes', 'Residential care review', 'Progress report', 'Care leavers');
    await ws.call('agendaItems/update', { id: review ?? 0, isExempt: true, exemptGround: GROUND });
    await ws.call('agendaItems/update', { id: leavers ?? 0, isExempt: true, exemptGround: GROUND });
    expect(await agenda()).toEqual(['Minutes', 'Exclusion of the public', '*Residential care review', 'Progress report', '*Care leavers']);

    await ws.call('agendaItems/delete', { id: review ?? 0 });
    expect(await agenda()).toEqual(['Minutes', 'Progress report', 'Exclusion of the public', '*Care leavers']);
    await ws.call('agendaItems/delete', { id: leavers ?? 0 });
    expect(await agenda()).toEqual(['Minutes', 'Progress report']);
  });

  it('cannot be deleted, made from another item or made exempt while it is needed, and nothing is written', async () => {
    const [minutes, review] = await items('Minutes', 'Residential care review');
    await ws.call('agendaItems/update', { id: review ?? 0, isExempt: true });
    const exclusion = await exclusionId();
    const before = ws.snapshot();
    await refused(ws, 'agendaItems/delete', { id: exclusion }, 'conflict', /stays while any item is exempt: item 3 \(Residential care review\)\. Mark that item not exempt/);
    await refused(ws, 'agendaItems/update', { id: minutes, kind: 'exclusion_of_public' }, 'invalid_input', /^kind: .*no item can be changed into it or out of it/);
    await refused(ws, 'agendaItems/update', { id: exclusion, kind: 'other' }, 'invalid_input', /^kind: /);
    await refused(ws, 'agendaItems/update', { id: exclusion, isExempt: true }, 'invalid_input', /^isExempt: .*cannot be exempt/);
    await refused(ws, 'agendaItems/create', { meetingId, title: 'Exclusion of the public', kind: 'exclusion_of_public' }, 'conflict', /already has the “Exclusion of the public” item \(item 2\)/);
    expect(ws.snapshot()).toBe(before);
  });

  it('added by hand before any item is exempt, waits for the exempt item and is not doubled', async () => {
    await items('Minutes');
    await ws.call('agendaItems/create', { meetingId, title: 'Exclusion of the public', kind: 'exclusion_of_public', summary: 'Paragraph 3 applies to the next item.' });
    expect(await agenda()).toEqual(['Minutes', 'Exclusion of the public']);
    await ws.call('agendaItems/create', { meetingId, title: 'Residential care review', isExempt: true, exemptGround: GROUND });
    expect(await agenda()).toEqual(['Minutes', 'Exclusion of the public', '*Residential care review']);
    expect((await ws.call('meetings/get', { id: meetingId })).agendaItems[1]?.summary).toBe('Paragraph 3 applies to the next item.');
  });
});
