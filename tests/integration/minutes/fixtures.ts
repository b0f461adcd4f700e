import type { TestWorkspace } from '../../helpers/workspace';

/** Set-up calls shared by the minutes tests, against a real workspace. */
export function minutesFixtures(ws: () => TestWorkspace) {
  const committee = async (name: string, minutePrefix: string): Promise<number> => (await ws().call('committees/create', { name, minutePrefix })).id;

  const meeting = async (committeeId: number, meetingDate: string): Promise<number> =>
    (await ws().call('meetings/create', { committeeId, meetingDate, startTime: '10:00' })).id;

  const heldMeeting = async (committeeId: number, meetingDate: string): Promise<number> => {
    const id = await meeting(committeeId, meetingDate);
    await ws().call('meetings/setStatus', { id, status: 'issued' });
    await ws().call('meetings/setStatus', { id, status: 'held' });
    return id;
  };

  const addEntries = async (meetingId: number, headings: readonly string[]) => {
    const entries = [];
    for (const heading of headings) entries.push(await ws().call('minutes/addEntry', { meetingId, heading }));
    return entries;
  };

  const references = async (meetingId: number): Promise<string[]> => (await ws().call('minutes/get', { meetingId })).entries.map((entry) => entry.reference);

  /** The refusal message of a call that must fail; the test fails if it succeeds. */
  const refusal = async (method: string, input: unknown): Promise<string> => {
    const result = await ws().attempt(method, input);
    if (result.ok) throw new Error(`${method} succeeded, but it should have been refused: ${JSON.stringify(input)}`);
    return result.error.message;
  };

  return { committee, meeting, heldMeeting, addEntries, references, refusal };
}
