// An exempt item may wait for its ground, but the public edition may not: the
// public agenda must say why the item is withheld.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPdf } from '../../helpers/pdf';
import { makeTempDir } from '../../helpers/temp';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { refused } from './agenda-setup';

let ws: TestWorkspace;
let meetingId: number;
let reviewId: number;
beforeEach(async () => {
  ws = await openTestWorkspace('agenda-exempt-pack');
  const committee = await ws.call('committees/create', { name: 'Improvement Subgroup', minutePrefix: 'CYP/IMP' });
  meetingId = (await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-12-01' })).id;
  for (const title of ['Apologies for absence', 'Declarations of interest', 'Progress report']) await ws.call('agendaItems/create', { meetingId, title, kind: 'other' });
  const report = await ws.call('documents/create', { kind: 'report', title: 'Residential care review: options', status: 'final', committeeId: committee.id });
  reviewId = (await ws.call('agendaItems/create', { meetingId, title: 'Residential care review', isExempt: true })).id;
  await ws.call('papers/add', { agendaItemId: reviewId, documentId: report.id });
});
afterEach(() => { ws.close(); });

async function pdfText(file: string): Promise<string> {
  const pdf = await readPdf(fs.readFileSync(file));
  await pdf.destroy();
  return pdf.pages.map((page) => page.text).join('\n');
}

const MESSAGE = 'Item 5 (Residential care review) is exempt but has no exemption ground. Choose the paragraph of Schedule 12A before issuing the public pack. The members’ edition can be built without it.';

describe('an exempt item with no ground', () => {
  it('stops the public edition being issued or built, naming the item, and nothing is written', async () => {
    const outDir = makeTempDir('exempt-pack');
    const before = ws.snapshot();
    expect(await refused(ws, 'packs/issue', { meetingId, edition: 'public', format: 'pdf' }, 'conflict', /^Item 5/)).toBe(MESSAGE);
    await refused(ws, 'packs/issue', { meetingId, edition: 'both', format: 'both' }, 'conflict', /^Item 5 \(Residential care review\) is exempt but has no exemption ground/);
    await refused(ws, 'packs/build', { meetingId, edition: 'public', format: 'docx', outDir }, 'conflict', /before building the public pack/);
    expect(ws.snapshot()).toBe(before);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('names every such item', async () => {
    await ws.call('agendaItems/create', { meetingId, title: 'Agency staffing costs', isExempt: true });
    await refused(ws, 'packs/build', { meetingId, edition: 'public', format: 'pdf', outDir: makeTempDir('exempt-two') }, 'conflict',
      /^Items 5 \(Residential care review\) and 6 \(Agency staffing costs\) are exempt but have no exemption ground\. Choose the paragraph of Schedule 12A for each/);
  });

  it('does not stop the members’ edition, which carries the paper marked not for publication', async () => {
    const outDir = makeTempDir('exempt-members');
    const built = await ws.call('packs/build', { meetingId, edition: 'members', format: 'pdf', outDir });
    expect(built.files.map((file) => file.fileName)).toEqual(['2026-12-01-improvement-subgroup-members.pdf']);
    const text = await pdfText(path.join(outDir, built.files[0]?.fileName ?? ''));
    expect(text).toContain('Residential care review: options');
    expect(text).toContain('NOT FOR PUBLICATION');
    const issued = await ws.call('packs/issue', { meetingId, edition: 'members', format: 'pdf' });
    expect(issued.issued.map((pack) => [pack.edition, pack.version])).toEqual([['members', 1]]);
  });

  it('once given its ground, lets the public edition go out without the paper', async () => {
    await ws.call('agendaItems/update', { id: reviewId, exemptGround: 'Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information about the financial or business affairs of any particular person.' });
    const outDir = makeTempDir('exempt-public');
    const built = await ws.call('packs/build', { meetingId, edition: 'public', format: 'pdf', outDir });
    const text = await pdfText(path.join(outDir, built.files[0]?.fileName ?? ''));
    expect(text).toContain('Exclusion of the public');
    expect(text).toContain('Paragraph 3 of Part 1 of Schedule 12A');
    expect(text).not.toContain('Residential care review: options');
  });
});
