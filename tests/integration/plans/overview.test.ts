// The plan overview on a real workspace with a clock the test moves: counts
// per entry, overdue and stale actions, the filters, RAG over time and the
// plan as it stood on a past day. Every expected figure is worked out by hand
// in the comments from the story the test records.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanOverview } from '../../../shared/api/methods/action-plans';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
let clock = '2025-01-10T10:00:00Z';
beforeEach(async () => {
  clock = '2025-01-10T10:00:00Z';
  ws = await openTestWorkspace('plan-overview', () => new Date(clock));
});
afterEach(() => { ws.close(); });

const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const counts = (red: number, amber: number, green: number, complete: number, unrated: number) => ({ red, amber, green, complete, unrated });

/**
 * The story, January to May 2025. Plan starts 1 January; entry A has a1 and
 * a2, entry B has b1 and (from 20 March to 5 May) b2.
 *   10 Jan  a1 (Laura Pennick, due 31 Mar), a2 (laura pennick, due 30 Jun), b1 (Head of Workforce, "February 2025") added
 *   20 Jan  a1 amber, in progress
 *   15 Feb  b1 red, in progress
 *    5 Mar  a1 green, complete
 *   20 Mar  b2 added
 *    2 Apr  b1 amber, dated 10 March (recorded late)
 *    5 May  b2 archived
 * Today is 20 May 2025.
 */
async function story() {
  const plan = await ws.call('actionPlans/create', { title: 'Improvement plan', startDate: '2025-01-01' });
  const entryA = await ws.call('planEntries/create', { planId: plan.id, heading: 'Assessments' });
  const entryB = await ws.call('planEntries/create', { planId: plan.id, heading: 'Workforce' });
  const a1 = await ws.call('actions/create', { entryId: entryA.id, description: 'New assessment template', owner: 'Laura Pennick', dueDate: '2025-03-31' });
  const a2 = await ws.call('actions/create', { entryId: entryA.id, description: 'Quality audit', owner: 'laura pennick', dueDate: '2025-06-30' });
  const b1 = await ws.call('actions/create', { entryId: entryB.id, description: 'Recruit team managers', owner: 'Head of Workforce', timescaleLabel: 'February 2025' });
  const at = async (moment: string, work: () => Promise<unknown>) => { clock = moment; await work(); };
  await at('2025-01-20T16:00:00Z', () => ws.call('progress/add', { actionId: a1.id, updateDate: '2025-01-20', note: note('Drafted.'), rag: 'amber', status: 'in_progress' }));
  await at('2025-02-15T16:00:00Z', () => ws.call('progress/add', { actionId: b1.id, updateDate: '2025-02-15', note: note('No applicants.'), rag: 'red', status: 'in_progress' }));
  await at('2025-03-05T16:00:00Z', () => ws.call('progress/add', { actionId: a1.id, updateDate: '2025-03-05', note: note('Live.'), rag: 'green', status: 'complete' }));
  let b2 = 0;
  await at('2025-03-20T09:00:00Z', async () => { b2 = (await ws.call('actions/create', { entryId: entryB.id, description: 'Agency review', owner: 'Head of Workforce' })).id; });
  await at('2025-04-02T09:00:00Z', () => ws.call('progress/add', { actionId: b1.id, updateDate: '2025-03-10', note: note('Two appointed.'), rag: 'amber', status: 'in_progress' }));
  await at('2025-05-05T09:00:00Z', () => ws.call('actions/archive', { id: b2, isArchived: true }));
  clock = '2025-05-20T10:00:00Z';
  return { plan, entryA, entryB, a1, a2, b1, b2 };
}

const ids = (overview: PlanOverview) => overview.actions.map((action) => action.description);

describe('the plan overview', () => {
  it('counts each entry’s actions by RAG with complete apart, and flags overdue and stale actions', async () => {
    const { plan, entryA, entryB } = await story();
    const overview = await ws.call('actionPlans/overview', { id: plan.id });
    expect(overview).toMatchObject({ planId: plan.id, title: 'Improvement plan', asAt: '2025-05-20', staleWeeks: 8 });
    // a1 complete (green, but done); a2 never updated; b1 amber since 10 March and due 28 February; b2 archived.
    expect(overview.entries).toEqual([
      { id: entryA.id, heading: 'Assessments', recommendationNumber: null, actionCount: 2, counts: counts(0, 0, 0, 1, 1), overdueCount: 0, staleCount: 1 },
      { id: entryB.id, heading: 'Workforce', recommendationNumber: null, actionCount: 1, counts: counts(0, 1, 0, 0, 0), overdueCount: 1, staleCount: 1 },
    ]);
    expect(overview.totals).toEqual({ ...counts(0, 1, 0, 1, 1), actions: 3, overdue: 1, stale: 2 });
    expect(overview.actions.map((action) => [action.description, action.entryHeading, action.rag, action.status, action.isOverdue, action.isStale, action.lastUpdateDate])).toEqual([
      ['New assessment template', 'Assessments', 'green', 'complete', false, false, '2025-03-05'],
      // Eight weeks before 20 May is 25 March: nothing recorded since it was added on 10 January.
      ['Quality audit', 'Assessments', null, 'not_started', false, true, null],
      ['Recruit team managers', 'Workforce', 'amber', 'in_progress', true, true, '2025-03-10'],
    ]);
    expect(overview.owners).toEqual(['Head of Workforce', 'Laura Pennick']);
  });

  it('judges staleness by the weeks asked for, counting a day exactly that old as fresh', async () => {
    const { plan } = await story();
    // Twelve weeks before 20 May is 25 February: b1's update of 10 March is recent enough, a2's creation on 10 January is not.
    const twelve = await ws.call('actionPlans/overview', { id: plan.id, staleWeeks: 12 });
    expect(twelve.actions.map((action) => action.isStale)).toEqual([false, true, false]);
    expect(twelve.totals.stale).toBe(1);
    // Ten weeks before 20 May is 11 March: 10 March is one day too old.
    expect((await ws.call('actionPlans/overview', { id: plan.id, staleWeeks: 10 })).totals.stale).toBe(2);
    // Eleven weeks before 20 May is 4 March.
    expect((await ws.call('actionPlans/overview', { id: plan.id, staleWeeks: 11 })).totals.stale).toBe(1);
    // On the day b1's update is exactly eight weeks old (10 March + 56 days = 5 May) it is not yet stale; a day later it is.
    expect((await ws.call('actionPlans/overview', { id: plan.id, asAt: '2025-05-05' })).actions[2]?.isStale).toBe(false);
    expect((await ws.call('actionPlans/overview', { id: plan.id, asAt: '2025-05-06' })).actions[2]?.isStale).toBe(true);
  });

  it('filters the listed actions by owner, status, RAG, overdue and stale, never the totals or entries', async () => {
    const { plan } = await story();
    const all = await ws.call('actionPlans/overview', { id: plan.id });
    const filtered = async (filters: Record<string, unknown>) => {
      const overview = await ws.call('actionPlans/overview', { id: plan.id, ...filters });
      expect(overview.totals, JSON.stringify(filters)).toEqual(all.totals);
      expect(overview.entries).toEqual(all.entries);
      expect(overview.history).toEqual(all.history);
      return ids(overview);
    };
    expect(await filtered({ owner: 'LAURA PENNICK' })).toEqual(['New assessment template', 'Quality audit']);
    expect(await filtered({ owner: 'Laura' })).toEqual([]);
    expect(await filtered({ status: 'in_progress' })).toEqual(['Recruit team managers']);
    expect(await filtered({ status: 'on_hold' })).toEqual([]);
    expect(await filtered({ rag: 'complete' })).toEqual(['New assessment template']);
    // a1 is rated green but complete, so it is not listed under green.
    expect(await filtered({ rag: 'green' })).toEqual([]);
    expect(await filtered({ rag: 'amber' })).toEqual(['Recruit team managers']);
    expect(await filtered({ rag: 'unrated' })).toEqual(['Quality audit']);
    expect(await filtered({ isOverdue: true })).toEqual(['Recruit team managers']);
    expect(await filtered({ isOverdue: false })).toEqual(['New assessment template', 'Quality audit']);
    expect(await filtered({ isStale: false })).toEqual(['New assessment template']);
    expect(await filtered({ owner: 'laura pennick', isStale: true })).toEqual(['Quality audit']);
  });

  it('draws RAG over time from each month end since the plan started, and today', async () => {
    const { plan, b1 } = await story();
    const { history, totals } = await ws.call('actionPlans/overview', { id: plan.id });
    expect(history).toEqual([
      // a1 amber; a2 and b1 not yet rated.
      { date: '2025-01-31', ...counts(0, 1, 0, 0, 2) },
      // b1 red.
      { date: '2025-02-28', ...counts(1, 1, 0, 0, 1) },
      // a1 complete; b1 amber from the update dated 10 March (recorded on 2 April, so counted as first recorded); b2 added, unrated.
      { date: '2025-03-31', ...counts(0, 1, 0, 1, 2) },
      { date: '2025-04-30', ...counts(0, 1, 0, 1, 2) },
      // b2 archived on 5 May.
      { date: '2025-05-20', ...counts(0, 1, 0, 1, 1) },
    ]);
    const last = history.at(-1);
    expect(last).toEqual({ date: '2025-05-20', red: totals.red, amber: totals.amber, green: totals.green, complete: totals.complete, unrated: totals.unrated });

    // An officer's override today shows today, as the plan does; the record of past months is untouched.
    await ws.call('actions/update', { id: b1.id, rag: 'red' });
    const overridden = (await ws.call('actionPlans/overview', { id: plan.id })).history;
    expect(overridden.at(-1)).toEqual({ date: '2025-05-20', ...counts(1, 0, 0, 1, 1) });
    expect(overridden.slice(0, -1)).toEqual(history.slice(0, -1));
  });

  it('without a start date, starts the chart when the first action was added', async () => {
    const { plan } = await story();
    await ws.call('actionPlans/update', { id: plan.id, startDate: null });
    const { history } = await ws.call('actionPlans/overview', { id: plan.id, asAt: '2025-03-15' });
    expect(history.map((point) => point.date)).toEqual(['2025-01-31', '2025-02-28', '2025-03-15']);
    const blank = await ws.call('actionPlans/create', { title: 'Empty plan' });
    expect((await ws.call('actionPlans/overview', { id: blank.id })).history).toEqual([{ date: '2025-05-20', ...counts(0, 0, 0, 0, 0) }]);
  });

  it('spaces the points of a long plan evenly, at most 60, keeping the first and the last', async () => {
    const { plan } = await story();
    await ws.call('actionPlans/update', { id: plan.id, startDate: '2015-01-01' });
    const { history } = await ws.call('actionPlans/overview', { id: plan.id });
    // 124 month ends (January 2015 to April 2025) and 20 May 2025: 125 dates, every (124 / 59)th kept.
    expect(history).toHaveLength(60);
    expect(history[0]).toEqual({ date: '2015-01-31', ...counts(0, 0, 0, 0, 0) });
    expect(history[1]?.date).toBe('2015-03-31');
    expect(history.at(-2)?.date).toBe('2025-03-31');
    expect(history.at(-1)?.date).toBe('2025-05-20');
    expect(history.every((point, index) => index === 0 || point.date > (history[index - 1]?.date ?? ''))).toBe(true);
  });

  it('shows the plan as it stood on a past day: ratings then, actions not yet added left out', async () => {
    const { plan } = await story();
    const february = await ws.call('actionPlans/overview', { id: plan.id, asAt: '2025-02-28' });
    expect(february.actions.map((action) => [action.description, action.rag, action.status, action.isOverdue, action.lastUpdateDate])).toEqual([
      ['New assessment template', 'amber', 'in_progress', false, '2025-01-20'],
      ['Quality audit', null, 'not_started', false, null],
      // Due 28 February: not overdue until the day after.
      ['Recruit team managers', 'red', 'in_progress', false, '2025-02-15'],
    ]);
    expect(february.totals).toEqual({ ...counts(1, 1, 0, 0, 1), actions: 3, overdue: 0, stale: 0 });
    expect(february.history.map((point) => point.date)).toEqual(['2025-01-31', '2025-02-28']);

    const march = await ws.call('actionPlans/overview', { id: plan.id, asAt: '2025-03-31' });
    expect(ids(march)).toEqual(['New assessment template', 'Quality audit', 'Recruit team managers', 'Agency review']);
    // b1 is past its due date; a2 has had nothing recorded since 10 January, more than eight weeks before.
    expect(march.totals).toEqual({ ...counts(0, 1, 0, 1, 2), actions: 4, overdue: 1, stale: 1 });
    // On 1 March the plan had not heard of b2.
    expect(ids(await ws.call('actionPlans/overview', { id: plan.id, asAt: '2025-03-01' }))).not.toContain('Agency review');
  });

  it('reads a plan in the same number of queries however many actions and updates it has', async () => {
    const small = await ws.call('actionPlans/create', { title: 'Small', startDate: '2024-01-01' });
    const large = await ws.call('actionPlans/create', { title: 'Large', startDate: '2024-01-01' });
    for (const [plan, size] of [[small, 1], [large, 4]] as const) {
      for (let entryIndex = 0; entryIndex < size; entryIndex += 1) {
        const entry = await ws.call('planEntries/create', { planId: plan.id, heading: `Entry ${entryIndex}` });
        for (let actionIndex = 0; actionIndex < size; actionIndex += 1) {
          const action = await ws.call('actions/create', { entryId: entry.id, description: `Action ${actionIndex}`, dueDate: '2024-12-31' });
          for (const [day, rag] of [['2024-02-01', 'red'], ['2024-06-01', 'amber'], ['2024-09-01', 'green']] as const) {
            await ws.call('progress/add', { actionId: action.id, updateDate: day, note: note('Progress.'), rag });
          }
        }
      }
    }
    const database = ws.ctx.workspace.current().db;
    const prepare = vi.spyOn(database, 'prepare');
    await ws.call('actionPlans/overview', { id: small.id });
    const forSmall = prepare.mock.calls.length;
    prepare.mockClear();
    const overview = await ws.call('actionPlans/overview', { id: large.id });
    expect(prepare.mock.calls.length).toBe(forSmall);
    expect(forSmall).toBeLessThanOrEqual(8);
    prepare.mockRestore();
    expect(overview.totals).toMatchObject({ actions: 16, green: 16, overdue: 16 });
    // Actions were added today (10 January 2025), after the updates they carry: the chart starts with the plan but counts them only from today.
    expect(overview.history.at(-1)).toEqual({ date: '2025-01-10', ...counts(0, 0, 16, 0, 0) });
    expect(overview.history.at(-2)).toEqual({ date: '2024-12-31', ...counts(0, 0, 0, 0, 0) });
  });
});
