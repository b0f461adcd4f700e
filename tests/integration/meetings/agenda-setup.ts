// What the agenda tests share: a committee with a held meeting whose minutes
// raised a follow-up, and the next meeting with its work programme.
import type { TestWorkspace } from '../../helpers/workspace';

export type AgendaFixture = { committeeId: number; septemberId: number; decemberId: number; workIds: Record<'review' | 'leavers' | 'september' | 'later', number> };

/** Expects the call to fail with `code` and a message matching `message`. */
export async function refused(ws: TestWorkspace, method: string, input: unknown, code: string, message: RegExp): Promise<string> {
  const result = await ws.attempt(method, input);
  if (result.ok) throw new Error(`${method} ${JSON.stringify(input)} was accepted`);
  if (result.error.code !== code || !message.test(result.error.message)) {
    throw new Error(`${method}: expected ${code} matching ${String(message)}, got ${result.error.code}: ${result.error.message}`);
  }
  return result.error.message;
}

/** The Improvement Subgroup: September held and minuted with a follow-up, December a draft with two work programme items. */
export async function subgroupWithHistory(ws: TestWorkspace): Promise<AgendaFixture> {
  const committee = await ws.call('committees/create', { name: 'Improvement Subgroup', minutePrefix: 'CYP/IMP', defaultVenue: 'Committee Room 2', defaultStartTime: '10:00' });
  const september = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-09-15' });
  const december = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-12-01' });
  const work = async (item: string, meetingId: number | undefined, extra: { purpose?: string; leadOfficer?: string } = {}) =>
    (await ws.call('workProgramme/create', { committeeId: committee.id, item, ...(meetingId === undefined ? {} : { meetingId }), ...extra })).id;
  const workIds = {
    september: await work('Improvement plan: progress', september.id),
    review: await work('Residential care review', december.id, { purpose: 'To review the council’s own children’s homes', leadOfficer: 'Head of Commissioning' }),
    leavers: await work('Care leavers’ accommodation', december.id, { purpose: 'To examine the homes open to care leavers', leadOfficer: 'Fiona Whitlock' }),
    later: await work('Voice of the child', undefined),
  };
  await ws.call('meetings/setStatus', { id: september.id, status: 'issued' });
  await ws.call('meetings/setStatus', { id: september.id, status: 'held' });
  const entry = await ws.call('minutes/addEntry', { meetingId: september.id, heading: 'Improvement plan: progress' });
  const decision = await ws.call('minutes/addDecision', { minuteEntryId: entry.id, text: 'That a report on residential care come to the next meeting.' });
  await ws.call('followUps/create', { decisionId: decision.id, description: 'Prepare the residential care report', owner: 'Head of Commissioning', dueDate: '2026-11-17' });
  return { committeeId: committee.id, septemberId: september.id, decemberId: december.id, workIds };
}
