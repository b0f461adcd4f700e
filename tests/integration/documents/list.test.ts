// The documents list on the demo workspace: the meetings each document is a
// paper for (read in one query), the filters by author, meeting, kind and
// status, and the search by words in the title, text, cover sheet or author.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { DECEMBER_REPORT_TITLE, EXEMPT_REPORT_TITLE, JULY_REPORT_TITLE } from '../../../electron/core/demo/content/documents';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { DocumentSummary } from '../../../shared/api/methods/documents';
import type { MeetingSummary } from '../../../shared/api/methods/meetings';
import { makeTempDir } from '../../helpers/temp';
import { snapshotOf, statementsFor } from '../../helpers/workspace';

const dir = makeTempDir('documents-list');
let ctx: CoreContext;
let july: MeetingSummary;
let december: MeetingSummary;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

async function titles(filter: ApiInput<'documents/list'>): Promise<string[]> {
  return (await call('documents/list', filter)).map((document) => document.title).sort();
}

function byTitle(list: readonly DocumentSummary[], title: string): DocumentSummary {
  const found = list.find((document) => document.title === title);
  if (!found) throw new Error(`No document called ${title}.`);
  return found;
}

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T10:00:00Z') });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  const meetings = await call('meetings/list', {});
  const on = (date: string) => {
    const found = meetings.find((meeting) => meeting.meetingDate === date);
    if (!found) throw new Error(`The demo has no meeting on ${date}.`);
    return found;
  };
  july = on('2026-07-14');
  december = on('2026-12-01');
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the documents list', () => {
  it('gives each document the meetings whose agendas use it, earliest first, and whether their pack is issued', async () => {
    const list = await call('documents/list', {});
    const committee = december.committeeName;
    expect(byTitle(list, DECEMBER_REPORT_TITLE).meetings).toEqual([{ id: december.id, meetingDate: '2026-12-01', committeeName: committee, isPackIssued: true }]);
    expect(byTitle(list, JULY_REPORT_TITLE).meetings).toEqual([{ id: july.id, meetingDate: '2026-07-14', committeeName: committee, isPackIssued: false }]);
    // On both agendas, listed once per meeting.
    expect(byTitle(list, 'Terms of reference').meetings.map((meeting) => meeting.meetingDate)).toEqual(['2026-07-14', '2026-12-01']);
    for (const document of list) expect(document.meetings.length > 0, document.title).toBe(document.usedByPaperCount > 0);
    expect(byTitle(list, DECEMBER_REPORT_TITLE)).toMatchObject({ committeeName: committee, author: 'Laura Pennick', createdAt: '2026-11-20T15:00:00.000Z' });
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['actionPlanId', 'author', 'committeeId', 'committeeName', 'createdAt', 'id', 'kind', 'meetings', 'status', 'title', 'updatedAt', 'usedByPaperCount']);

    // One document read on its own says the same.
    const report = await call('documents/get', { id: byTitle(list, DECEMBER_REPORT_TITLE).id });
    expect(report.meetings).toEqual(byTitle(list, DECEMBER_REPORT_TITLE).meetings);
  });

  it('reads the meetings of every document in one query, however many documents there are', async () => {
    const { db } = ctx.workspace.current();
    const all = await statementsFor(db, () => call('documents/list', {}));
    const one = await statementsFor(db, () => call('documents/list', { kind: 'minutes' }));
    expect((await call('documents/list', {})).filter((document) => document.meetings.length > 0).length).toBeGreaterThan(3);
    expect(all).toBe(one);
    expect(all).toBeLessThanOrEqual(2);
  });

  it('filters by author, meeting, kind, status and committee, alone or together', async () => {
    expect(await titles({ author: 'Laura Pennick' })).toEqual([DECEMBER_REPORT_TITLE, JULY_REPORT_TITLE]);
    expect(await titles({ author: 'Laura' })).toEqual([]);
    expect(await titles({ meetingId: july.id })).toEqual([JULY_REPORT_TITLE, 'Terms of reference', 'Work programme 2026/27']);
    expect(await titles({ meetingId: december.id, kind: 'report' })).toEqual([DECEMBER_REPORT_TITLE, EXEMPT_REPORT_TITLE].sort());
    expect(await titles({ meetingId: december.id, author: 'Fiona Whitlock' })).toEqual([EXEMPT_REPORT_TITLE]);
    expect(await titles({ meetingId: july.id, author: 'Fiona Whitlock' })).toEqual([]);
    expect(await titles({ committeeId: december.committeeId, kind: 'report', status: 'final' })).toEqual([DECEMBER_REPORT_TITLE, EXEMPT_REPORT_TITLE, JULY_REPORT_TITLE].sort());
    expect(await titles({ status: 'withdrawn' })).toEqual([]);
  });

  it('finds documents by words of their title, text, cover sheet or author, every word counting', async () => {
    const text = (words: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] });
    const review = await call('documents/create', { kind: 'report', title: 'Kinship carers: annual review', author: 'Sam Okafor', body: text('The panel met at Thornbury Lodge.'), coverSheet: { summary: 'Allowances at Pellowfield rose by a third.' } });
    const briefing = await call('documents/create', { kind: 'other', title: 'Kinship allowances briefing', author: 'Priya Das' });
    try {
      // A half-typed word finds the whole one; every word must be found somewhere.
      expect(await titles({ query: 'kinsh' })).toEqual([briefing.title, review.title].sort());
      expect(await titles({ query: 'kinship review' })).toEqual([review.title]);
      // Title and author together, any case; text; cover sheet.
      expect(await titles({ query: 'OKAFOR kinship' })).toEqual([review.title]);
      expect(await titles({ query: 'priya review' })).toEqual([]);
      expect(await titles({ query: 'thornbury' })).toEqual([review.title]);
      expect(await titles({ query: 'pellowfield' })).toEqual([review.title]);
      expect(await titles({ query: 'kinship allowances' })).toEqual([briefing.title, review.title].sort());
      // Quotes and operators are just text: "-review" does not leave out the review.
      expect(await titles({ query: '"kinship" -review' })).toEqual([review.title]);
      // Nothing to search for is no search; no match is an empty list.
      expect(await titles({ query: ' … ' })).toEqual(await titles({}));
      expect(await titles({ query: 'zebra' })).toEqual([]);
      // With the other filters.
      expect(await titles({ query: 'kinship', kind: 'other' })).toEqual([briefing.title]);
    } finally {
      await call('documents/delete', { id: review.id });
      await call('documents/delete', { id: briefing.id });
    }
  });

  it('finds the demo’s reports by their author and by words only in their text or cover sheet', async () => {
    expect(await titles({ query: 'PENNICK' })).toEqual([DECEMBER_REPORT_TITLE, JULY_REPORT_TITLE]);
    expect(await titles({ query: 'pennick', meetingId: july.id })).toEqual([JULY_REPORT_TITLE]);
    const report = await call('documents/get', { id: byTitle(await call('documents/list', {}), EXEMPT_REPORT_TITLE).id });
    const [body, cover] = [stringsOf(report.body, 'text'), stringsOf(report.coverSheet)];
    const bodyWord = wordOnlyIn(body, [report.title, report.author, cover]);
    expect(await titles({ query: bodyWord })).toContain(EXEMPT_REPORT_TITLE);
    const coverWord = wordOnlyIn(cover, [report.title, report.author, body]);
    expect(await titles({ query: coverWord })).toContain(EXEMPT_REPORT_TITLE);
  });

  it('finds a document by its new words as soon as it is changed', async () => {
    const note = await call('documents/create', { kind: 'other', title: 'Briefing note', author: 'Sam Okafor' });
    expect(await titles({ query: 'okafor briefing' })).toEqual(['Briefing note']);
    await call('documents/update', { id: note.id, title: 'Kinship carers briefing' });
    expect(await titles({ query: 'kinship' })).toEqual(['Kinship carers briefing']);
    expect(await titles({ query: 'briefing note' })).toEqual([]);
    await call('documents/delete', { id: note.id });
    expect(await titles({ query: 'kinship' })).toEqual([]);
  });

  it('refuses bad filters, naming them, and writes nothing', async () => {
    const { db } = ctx.workspace.current();
    const before = snapshotOf(db);
    const cases: [unknown, RegExp][] = [
      [{ query: 'x'.repeat(201) }, /query.*200 characters/],
      [{ author: 'x'.repeat(201) }, /author.*200 characters/],
      [{ meetingId: 0 }, /meetingId.*positive/],
      [{ meetingId: 'december' }, /meetingId/],
      [{ query: 42 }, /query/],
      [{ sort: 'title' }, /sort|Unrecognized/i],
    ];
    for (const [input, message] of cases) {
      const result = await invoke(ctx, 'documents/list', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.message, JSON.stringify(input)).toMatch(message);
    }
    expect(snapshotOf(db)).toBe(before);
  });
});

/** Every string value in `value` (only under `key`, when given), joined: the words a reader sees, not JSON's names. */
function stringsOf(value: unknown, key?: string): string {
  if (Array.isArray(value)) return value.map((item) => stringsOf(item, key)).join(' ');
  if (value === null || typeof value !== 'object') return key === undefined && typeof value === 'string' ? value : '';
  return Object.entries(value)
    .map(([name, inner]) => (typeof inner === 'string' ? (key === undefined || name === key ? inner : '') : stringsOf(inner, key)))
    .join(' ');
}

/** A word of `text` (five letters or more) that none of `others` has, so finding it proves where it was found. */
function wordOnlyIn(text: string, others: readonly string[]): string {
  const elsewhere = others.join(' ').toLowerCase();
  const words = text.match(/\p{L}{5,}/gu) ?? [];
  const word = words.find((candidate) => !elsewhere.includes(candidate.toLowerCase()));
  if (word === undefined) throw new Error('No word is only in that part of the report.');
  return word;
}
