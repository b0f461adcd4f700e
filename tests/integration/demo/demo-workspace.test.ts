import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { PEOPLE } from '../../../electron/core/demo/content/authority';
import { silentLogger } from '../../../electron/core/logger';
import { demoWorkspacePath } from '../../../electron/core/paths';
import { openStartupWorkspace } from '../../../electron/core/workspace/startup';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { AppEvent } from '../../../shared/api/types';
import { makeTempDir } from '../../helpers/temp';

const dir = makeTempDir('demo');
const file = path.join(dir, 'demo.scrutiny');
const events: AppEvent[] = [];
let ctx: CoreContext;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, emit: (event) => events.push(event) });
  await createDemoWorkspace(ctx, file);
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the demo workspace', () => {
  it('has rows for every kind of record, passes the integrity and foreign key checks, and is in WAL mode', async () => {
    const info = await call('workspace/info', { isFullCheck: true });
    expect(info.integrity).toBe('ok');
    expect(info.foreignKeyProblems).toBe(0);
    expect(info.journalMode).toBe('wal');
    // Every kind of record has rows, issued packs included (the December pack, both editions, PDF and Word).
    const empty = Object.entries(info.counts).filter(([, count]) => count === 0).map(([name]) => name);
    expect(empty).toEqual([]);
    expect(info.counts.issuedPacks).toBe(4);
  });

  it('leaves no temporary file behind and reports its progress', () => {
    expect(fs.readdirSync(dir).filter((name) => name.includes('.partial'))).toEqual([]);
    const progress = events.filter((event) => event.type === 'progress');
    expect(progress.at(0)).toMatchObject({ label: 'Creating the demo workspace', done: 0 });
    expect(progress.at(-1)).toMatchObject({ isFinished: true });
  });

  it('tells the story a committee officer would expect: a held meeting whose minutes await approval, and an issued agenda with the monitor, exempt and to-follow items', async () => {
    const meetings = await call('meetings/list', {});
    expect(meetings.map((meeting) => [meeting.meetingDate, meeting.status])).toEqual([
      ['2026-07-14', 'held'],
      ['2026-12-01', 'issued'],
    ]);
    const december = await call('meetings/get', { id: meetings[1]?.id ?? 0 });
    expect(december.agendaIssueDate).toBe('2026-11-23');
    const titles = december.agendaItems.map((item) => item.title);
    expect(titles.indexOf('Exclusion of the public')).toBe(titles.findIndex((_title, index) => december.agendaItems[index]?.isExempt) - 1);
    expect(december.agendaItems.filter((item) => item.isToFollow).map((item) => item.title)).toEqual(['Care leavers’ accommodation']);
    // The monitor of July's recommendations sits in the public part, before the Exclusion of the public.
    const kinds = december.agendaItems.map((item) => item.kind);
    expect(kinds.indexOf('recommendations_monitor')).toBeGreaterThan(0);
    expect(kinds.indexOf('recommendations_monitor')).toBeLessThan(kinds.indexOf('exclusion_of_public'));
    expect(await call('minutes/approvingMeetings', { meetingId: meetings[0]?.id ?? 0 })).toContainEqual(expect.objectContaining({ meetingId: december.id }));
    const papers = december.agendaItems.flatMap((item) => item.papers);
    expect(papers.some((paper) => paper.attachmentId !== null)).toBe(true);
  });

  it('numbers the July minutes on the municipal year and tracks their follow-ups', async () => {
    const [july] = await call('meetings/list', {});
    const minutes = await call('minutes/get', { meetingId: july?.id ?? 0 });
    expect(minutes.entries.map((entry) => entry.reference)).toEqual(['CYP/IMP/26/1', 'CYP/IMP/26/2', 'CYP/IMP/26/3', 'CYP/IMP/26/4', 'CYP/IMP/26/5']);
    expect(minutes.entries[3]?.decisions).toHaveLength(3);
    const followUps = await call('followUps/list', {});
    expect(followUps.map((followUp) => followUp.status).sort()).toEqual(['done', 'done', 'open']);
  });

  it('holds a year of progress that can be read as it stood on a past date', async () => {
    const [plan] = await call('actionPlans/list', {});
    expect(plan).toBeDefined();
    const today = await call('actionPlans/get', { id: plan?.id ?? 0 });
    const lastSpring = await call('actionPlans/get', { id: plan?.id ?? 0, asAt: '2026-03-31' });
    expect(today.entries).toHaveLength(10);
    const dates = (view: typeof today) => view.entries.flatMap((entry) => entry.actions.map((action) => action.latestUpdate?.updateDate ?? null));
    expect(dates(lastSpring).every((date) => date === null || date <= '2026-03-31')).toBe(true);
    expect(dates(today).some((date) => date !== null && date > '2026-03-31')).toBe(true);
  });

  it('finds its own words through full-text search', async () => {
    const results = await call('search/query', { text: 'return home interview' });
    expect(results.hits.length).toBeGreaterThan(0);
    expect(new Set(results.hits.map((hit) => hit.kind))).toContain('recommendation');
    const report = (await call('search/query', { text: 'commissioning second home', kinds: ['document'] })).hits[0];
    expect(report?.context).toBe('Report · Improvement Subgroup');
    expect(report?.target).toMatchObject({ section: 'documents', recordKind: 'document' });
  });

  it('uses invented people only: every e-mail address is in the reserved .example domain', async () => {
    for (const person of PEOPLE) if (person.email) expect(person.email).toMatch(/@[a-z]+\.example$/);
    const people = await call('people/list', { includeArchived: true });
    expect(people).toHaveLength(PEOPLE.length);
    expect(people.filter((person) => person.email !== '').every((person) => person.email.endsWith('.example'))).toBe(true);
  });

  it('refuses to overwrite an existing file unless told to, leaving it untouched', async () => {
    const other = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data-2'), log: silentLogger });
    const existing = path.join(dir, 'existing.scrutiny');
    fs.writeFileSync(existing, 'not a workspace');
    const before = crypto.createHash('sha256').update(fs.readFileSync(existing)).digest('hex');
    await expect(createDemoWorkspace(other, existing)).rejects.toThrow(/already a file at .*existing\.scrutiny/);
    expect(crypto.createHash('sha256').update(fs.readFileSync(existing)).digest('hex')).toBe(before);
    await expect(createDemoWorkspace(other, path.join(dir, 'no-such-folder', 'x.scrutiny'))).rejects.toThrow(/folder .* does not exist/);
  });

  it('is what a door opens on first run, and is reopened (not rebuilt) after that', async () => {
    const userData = path.join(dir, 'first-run');
    const first = createCoreContext({ door: 'cli', userDataDir: userData, log: silentLogger });
    const status = await openStartupWorkspace(first, { kind: 'demo' });
    expect(status).toMatchObject({ isOpen: true, isDemo: true, path: demoWorkspacePath(userData) });
    const { db } = first.workspace.current();
    db.prepare("UPDATE authority_settings SET name = 'Renamed by the user' WHERE id = 1").run();
    first.workspace.close();

    const second = createCoreContext({ door: 'cli', userDataDir: userData, log: silentLogger });
    await openStartupWorkspace(second, { kind: 'demo' });
    expect(second.workspace.current().db.prepare('SELECT name FROM authority_settings').pluck().get()).toBe('Renamed by the user');
    second.workspace.close();
  }, 60_000);
});
