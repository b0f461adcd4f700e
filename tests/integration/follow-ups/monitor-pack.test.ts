// The recommendations monitor in a real pack: the demo's December meeting
// gets the monitor item, the pack is built in both editions and formats, and
// the files are read back as members and the public would read them. A
// follow-up raised in private is in the members' pack only.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { PackBuildResult } from '../../../shared/api/methods/packs';
import { readPdf, type ReadPdf } from '../../helpers/pdf';
import { makeTempDir } from '../../helpers/temp';
import { docxParts } from '../render/docx-readback';

const PRIVATE_ACTION = 'Take legal advice on ending the Brookfield placement contract early';
const PRIVATE_DECISION = 'That officers review the placement contract with Brookfield Care Homes before renewal.';
const EXTRA_ACTIONS = 14;

const dir = makeTempDir('monitor-pack');
let ctx: CoreContext;
let result: PackBuildResult;
let members: ReadPdf;
let publicPack: ReadPdf;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const outcome = await invoke(ctx, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.value as ApiOutput<M>;
}

function fileOf(edition: 'public' | 'members', format: 'pdf' | 'docx'): string {
  const file = result.files.find((candidate) => candidate.edition === edition && candidate.format === format);
  if (!file?.path) throw new Error(`no ${edition} ${format}`);
  return file.path;
}

/** The text of the monitor's pages: from its item's bookmark to the next item's. */
function monitorPages(pdf: ReadPdf): string[] {
  const items = pdf.bookmarks.filter((bookmark) => bookmark.depth === 0);
  const index = items.findIndex((bookmark) => bookmark.title.includes('Recommendations monitor'));
  const start = items[index]?.page ?? -1;
  const end = items[index + 1]?.page ?? pdf.pageCount + 1;
  if (start < 1) throw new Error('The pack has no bookmark for the recommendations monitor.');
  return pdf.pages.slice(start - 1, end - 1).map((page) => page.text).filter((text) => !text.startsWith('This page is intentionally left blank'));
}

const squash = (text: string): string => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T10:00:00Z') });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  const meetings = await call('meetings/list', {});
  const july = meetings.find((meeting) => meeting.meetingDate === '2026-07-14');
  const december = meetings.find((meeting) => meeting.meetingDate === '2026-12-01');
  if (!july || !december) throw new Error('The demo has no July or December meeting.');

  // A minute taken in private at the July meeting, with a follow-up, and enough open actions to run the table over a page.
  const entry = await call('minutes/addEntry', { meetingId: july.id, heading: 'Placement contract review', isPublicExcluded: true });
  const privateDecision = await call('minutes/addDecision', { minuteEntryId: entry.id, text: PRIVATE_DECISION });
  await call('followUps/create', { decisionId: privateDecision.id, description: PRIVATE_ACTION, owner: 'Head of Legal Services', dueDate: '2026-12-15' });
  const [progress] = (await call('minutes/get', { meetingId: july.id })).entries.filter((candidate) => candidate.heading === 'Improvement plan: progress report');
  const noted = progress?.decisions[0];
  if (!noted) throw new Error('The demo’s July progress minute has no decision.');
  for (let index = 1; index <= EXTRA_ACTIONS; index += 1) {
    await call('followUps/create', {
      decisionId: noted.id,
      description: `Improvement action ${String(index)}: report the latest audit findings for this point to the subgroup, with the service’s response to each.`,
      owner: 'Head of Quality Assurance and Improvement',
      dueDate: '2027-01-29',
    });
  }
  // The demo's December agenda already carries the monitor, so the pack is built as it stands.
  result = await call('packs/build', { meetingId: december.id, edition: 'both', format: 'both', outDir: path.join(dir, 'pack') });
  members = await readPdf(fs.readFileSync(fileOf('members', 'pdf')));
  publicPack = await readPdf(fs.readFileSync(fileOf('public', 'pdf')));
}, 180_000);

afterAll(async () => {
  await members.destroy();
  await publicPack.destroy();
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the recommendations monitor in the December pack', () => {
  it('is an agenda item of both editions, with its own bookmark and paper', () => {
    for (const pdf of [members, publicPack]) {
      const frontSheet = pdf.pages.slice(0, 2).map((page) => page.text).join(' ');
      expect(frontSheet).toContain('Recommendations monitor');
      expect(pdf.bookmarks.filter((bookmark) => bookmark.depth === 0).map((bookmark) => bookmark.title).join('\n')).toMatch(/Recommendations monitor/);
    }
  });

  it('prints the July follow-ups with their state in words, and repeats the table’s header on every page it runs over', () => {
    for (const pdf of [members, publicPack]) {
      const pages = monitorPages(pdf);
      const text = squash(pages.join(' '));
      expect(text).toContain('Improvement Subgroup Recommendations monitor');
      expect(text).toContain('since the meeting on 14 July 2026. The position is given at 23 November 2026.');
      expect(text).toContain('Send the Chair’s letter to the hospital trust chief executive');
      expect(text).toContain('Overdue by 101 days');
      expect(text).toContain('Done on 16 November 2026');
      expect(text).toContain('Add care leavers’ accommodation to the December agenda');
      expect(text).toContain('Done on 20 July 2026');
      expect(text).toContain(`Improvement action ${String(EXTRA_ACTIONS)}:`);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page).toContain('Status and response');
      expect(text).toContain('Meeting of Tuesday, 14 July 2026');
    }
  });

  it('keeps the follow-up raised in private out of every part of the public edition, PDF and Word, and in the members’ edition', async () => {
    expect(squash(monitorPages(members).join(' '))).toContain(PRIVATE_ACTION);
    expect(squash(monitorPages(members).join(' '))).toContain(PRIVATE_DECISION);
    const publicMonitor = squash(monitorPages(publicPack).join(' '));
    expect(publicMonitor).not.toContain(PRIVATE_DECISION);
    expect(publicMonitor).not.toContain('Placement contract review');
    const publicEverything = [squash(publicPack.pages.map((page) => page.text).join(' ')), ...publicPack.bookmarks.map((bookmark) => bookmark.title), JSON.stringify(publicPack.info), publicPack.metadata].join('\n');
    expect(publicEverything).not.toContain(PRIVATE_ACTION);

    const plain = (xml: string): string => xml.replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const publicDocx = [...(await docxParts(fs.readFileSync(fileOf('public', 'docx')))).values()].map(plain).join('\n');
    const membersDocx = [...(await docxParts(fs.readFileSync(fileOf('members', 'docx')))).values()].map(plain).join('\n');
    expect(publicDocx).toContain('Send the Chair’s letter to the hospital trust chief executive');
    expect(publicDocx).not.toContain(PRIVATE_ACTION);
    expect(membersDocx).toContain(PRIVATE_ACTION);
  });

  it('writes the Word monitor as a real table whose header row repeats', async () => {
    for (const edition of ['public', 'members'] as const) {
      const xml = (await docxParts(fs.readFileSync(fileOf(edition, 'docx')))).get('word/document.xml') ?? '';
      const table = xml.split('<w:tbl>').find((part) => part.includes('Status and response')) ?? '';
      const firstRow = table.slice(0, table.indexOf('</w:tr>'));
      expect(firstRow, edition).toContain('Status and response');
      expect(firstRow, edition).toMatch(/<w:tblHeader(\/| w:val="(true|1|on)")/);
      expect(table).toContain('Overdue by 101 days');
    }
  });
});
