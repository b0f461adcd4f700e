// A demo workspace (Castlemere) for the progress report tests, opened through
// the API with a clock the test can move, plus readers for a report's body.
import fs from 'node:fs';
import path from 'node:path';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { RichText, RichTextNode } from '../../../shared/api/schema';
import { makeTempDir } from '../../helpers/temp';
import { snapshotOf } from '../../helpers/workspace';

export type DemoWorkspace = {
  ctx: CoreContext;
  dir: string;
  /** Moves the clock (an ISO moment). */
  setNow: (moment: string) => void;
  call: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;
  attempt: (method: string, input: unknown) => ReturnType<typeof invoke>;
  /** Every row of every table, to prove a refused call wrote nothing. */
  snapshot: () => string;
  /** Ids the demo gives out, found by what they are. */
  ids: { planId: number; july: number; december: number; decemberProgressItem: number; julyProgressItem: number };
  close: () => void;
};

/** The demo workspace, with the clock two days after the December agenda was issued. */
export async function openDemoWorkspace(label: string): Promise<DemoWorkspace> {
  const dir = makeTempDir(label);
  let now = new Date('2026-11-25T10:00:00Z');
  const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => now });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await invoke(ctx, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
  const meetings = await call('meetings/list', {});
  const july = meetings.find((meeting) => meeting.meetingDate === '2026-07-14');
  const december = meetings.find((meeting) => meeting.meetingDate === '2026-12-01');
  const [plan] = await call('actionPlans/list', {});
  if (!july || !december || !plan) throw new Error('The demo workspace has changed: no July or December meeting, or no plan.');
  const progressItem = async (meetingId: number) => {
    const detail = await call('meetings/get', { id: meetingId });
    const item = detail.agendaItems.find((candidate) => candidate.title === 'Improvement plan: progress report');
    if (!item) throw new Error('The demo agenda has no progress report item.');
    return item.id;
  };
  return {
    ctx,
    dir,
    setNow: (moment) => { now = new Date(moment); },
    call,
    attempt: (method, input) => invoke(ctx, method, input),
    snapshot: () => snapshotOf(ctx.workspace.current().db),
    ids: { planId: plan.id, july: july.id, december: december.id, decemberProgressItem: await progressItem(december.id), julyProgressItem: await progressItem(july.id) },
    close: () => {
      ctx.workspace.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The words of a node and everything in it. */
export function textOf(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

/** The nodes of a keyed section: its heading up to the next heading of the same or a higher level. */
export function sectionOf(body: RichText, key: string): RichTextNode[] {
  const start = body.content.findIndex((node) => node.type === 'heading' && node.attrs?.['sectionKey'] === key);
  if (start === -1) return [];
  const level = Number(body.content[start]?.attrs?.['level'] ?? 1);
  const next = body.content.findIndex((node, index) => index > start && node.type === 'heading' && Number(node.attrs?.['level'] ?? 1) <= level);
  return body.content.slice(start, next === -1 ? undefined : next);
}

/** The level-1 and level-2 headings of a body, as "1 Introduction", "2 Recommendation 1: …". */
export function headingsOf(body: RichText): string[] {
  return body.content.filter((node) => node.type === 'heading').map((node) => `${String(node.attrs?.['level'])} ${textOf(node)}`);
}
