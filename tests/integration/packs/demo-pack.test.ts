// The December pack of the demo workspace, built through the API and read
// back as a councillor's viewer reads it: page numbers, agenda page ranges,
// odd-page starts, blank pages, bookmarks, links, tags, metadata, and the
// public edition carrying nothing of the exempt item.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { EXEMPT_REPORT_TITLE, exemptReport } from '../../../electron/core/demo/content/documents';
import { silentLogger } from '../../../electron/core/logger';
import { forgetRenderedPapers } from '../../../electron/core/services/pack-build';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { RichTextNode } from '../../../shared/api/schema';
import type { PackBuildResult } from '../../../shared/api/methods/packs';
import { readPdf, type ReadPdf } from '../../helpers/pdf';
import { convertToPdf, docxParts } from '../render/docx-readback';
import { makeTempDir } from '../../helpers/temp';

const dir = makeTempDir('demo-pack');
const out = path.join(dir, 'pack');
let ctx: CoreContext;
let result: PackBuildResult;
let members: ReadPdf;
let publicPack: ReadPdf;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const outcome = await invoke(ctx, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.value as ApiOutput<M>;
}

const fileOf = (edition: 'public' | 'members', format: 'pdf' | 'docx'): string => {
  const file = result.files.find((candidate) => candidate.edition === edition && candidate.format === format);
  if (!file?.path) throw new Error(`no ${edition} ${format}`);
  return file.path;
};

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T10:00:00Z') });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  result = await call('packs/build', { meetingId: 'latest', edition: 'both', format: 'both', outDir: out });
  members = await readPdf(fs.readFileSync(fileOf('members', 'pdf')));
  publicPack = await readPdf(fs.readFileSync(fileOf('public', 'pdf')));
}, 120_000);

afterAll(async () => {
  await members.destroy();
  await publicPack.destroy();
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of the exempt report: none may reach the public edition. */
function exemptStrings(): string[] {
  const { coverSheet, body } = exemptReport();
  const texts: string[] = [EXEMPT_REPORT_TITLE, String(coverSheet.subject), String(coverSheet.summary)];
  const visit = (node: RichTextNode): void => {
    if (node.text !== undefined && node.text.length >= 12) texts.push(node.text);
    node.content?.forEach(visit);
  };
  visit(body);
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

describe('the demo December pack', () => {
  it('writes four files named by date, committee, edition and format', () => {
    expect(result.files.map((file) => path.basename(file.path ?? ''))).toEqual([
      '2026-12-01-improvement-subgroup-public.pdf',
      '2026-12-01-improvement-subgroup-public.docx',
      '2026-12-01-improvement-subgroup-members.pdf',
      '2026-12-01-improvement-subgroup-members.docx',
    ]);
    for (const file of result.files) expect(fs.statSync(file.path ?? '').size).toBe(file.size);
    expect(result.warnings.join('\n')).toMatch(/Care leavers’ accommodation\) is to follow/);
    expect(result.log.join('\n')).toMatch(/not tagged by us/);
  });

  it('prints the pack page number on every page, matching its position', () => {
    for (const pdf of [members, publicPack]) {
      pdf.pages.forEach((page, index) => {
        const footer = page.items.filter((item) => item.y < 40).map((item) => item.str.trim()).filter(Boolean);
        expect(footer, `page ${index + 1}`).toContain(String(index + 1));
      });
      expect(pdf.pageCount % 2).toBe(0);
    }
  });

  it('starts every item on an odd page, pads with blank pages that say so, and bookmarks each item and paper', () => {
    for (const pdf of [members, publicPack]) {
      const items = pdf.bookmarks.filter((bookmark) => bookmark.depth === 0).slice(1);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.page % 2, item.title).toBe(1);
      const papers = pdf.bookmarks.filter((bookmark) => bookmark.depth === 1);
      expect(papers.length).toBeGreaterThanOrEqual(items.length);
      pdf.pages.forEach((page, index) => {
        if (!page.text.includes('This page is intentionally left blank')) return;
        expect(page.text).toBe(`This page is intentionally left blank ${index + 1}`);
        const next = items.find((item) => item.page === index + 2);
        expect(next !== undefined || index + 1 === pdf.pageCount).toBe(true);
      });
    }
    expect(members.bookmarks.map((bookmark) => bookmark.title)).toContain(EXEMPT_REPORT_TITLE);
  });

  it('links each agenda line to its item’s first page and prints the same page in its range', () => {
    for (const pdf of [members, publicPack]) {
      const itemStarts = pdf.bookmarks.filter((bookmark) => bookmark.depth === 0).slice(1).map((bookmark) => bookmark.page);
      const agendaLinks = pdf.links.filter((link) => link.dest?.endsWith('_start'));
      expect(agendaLinks.map((link) => link.target)).toEqual(itemStarts);
      const frontSheetPages = pdf.pages.slice(0, (itemStarts[0] ?? 2) - 1).map((page) => page.text).join(' ');
      for (const start of itemStarts) expect(frontSheetPages).toMatch(new RegExp(`\\b${start}( - \\d+)?\\b`));
    }
  });

  it('tags the generated pages: headings, paragraphs and tables, with page furniture left out', async () => {
    const roles = await members.structure(0);
    expect(roles).toEqual(expect.arrayContaining(['H1', 'P']));
    const allRoles = new Set<string>();
    for (let index = 0; index < members.pageCount; index += 1) (await members.structure(index)).forEach((role) => allRoles.add(role));
    expect([...allRoles]).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'Table', 'TH', 'TD', 'L', 'LI']));
  });

  it('sets the title, author, subject and language', () => {
    for (const pdf of [members, publicPack]) {
      expect(pdf.info.Title).toMatch(/Improvement Subgroup/);
      expect(pdf.info.Author).toBe('Castlemere City Council');
      expect(pdf.info.Language).toBe('en-GB');
      // The XMP packet carries the title too (and is searched for exempt words below).
      expect(pdf.metadata).toMatch(/Improvement Subgroup/);
    }
  });

  it('keeps every word of the exempt item out of the public edition: text, bookmarks and metadata, PDF and Word', async () => {
    const publicText = publicPack.pages.map((page) => page.text).join(' ').replace(/\s+/g, ' ');
    const publicNav = publicPack.bookmarks.map((bookmark) => bookmark.title).join('\n');
    const publicMeta = JSON.stringify(publicPack.info) + publicPack.metadata;
    for (const secret of exemptStrings()) {
      expect(publicText).not.toContain(secret);
      expect(publicNav).not.toContain(secret);
      expect(publicMeta).not.toContain(secret);
    }
    // The Word edition too, in every XML part of the package (text, bookmarks, core properties).
    const publicDocx = [...(await docxParts(fs.readFileSync(fileOf('public', 'docx')))).values()].join('\n').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    for (const secret of exemptStrings()) expect(publicDocx).not.toContain(secret);
    expect(publicDocx).toContain('Placement sufficiency: commissioning update');
    const membersText = members.pages.map((page) => page.text).join(' ').replace(/\s+/g, ' ');
    expect(membersText).toContain('Brackenford Builders Ltd');
    expect(membersText).toMatch(/NOT FOR PUBLICATION/);
    expect(publicText).not.toMatch(/NOT FOR PUBLICATION/);
    expect(publicText).toContain('Placement sufficiency: commissioning update');
  });

  it('gives the Word edition real headings, PAGEREF page ranges to bookmarks, and ranges that resolve to the right pages', async () => {
    const docx = fs.readFileSync(fileOf('members', 'docx'));
    const parts = await docxParts(docx);
    const document = parts.get('word/document.xml') ?? '';
    const itemStarts = [...document.matchAll(/PAGEREF (item_\d+_start)/g)].map((match) => match[1]);
    expect(itemStarts.length).toBe(members.bookmarks.filter((bookmark) => bookmark.depth === 0).length - 1);
    for (const anchor of itemStarts) expect(document).toContain(`w:name="${anchor ?? ''}"`);
    expect(parts.get('word/settings.xml')).toContain('w:updateFields');
    expect(parts.get('word/styles.xml')).toMatch(/w:styleId="Heading1"[\s\S]*?w:outlineLvl w:val="0"/);

    // Converted as members' own Word would print it: each range printed on the agenda opens that item.
    const converted = await readPdf(await convertToPdf(docx, dir, 'members-docx'));
    const frontSheet = converted.pages.slice(0, 3).map((page) => page.text).join(' ');
    for (const item of members.bookmarks.filter((bookmark) => bookmark.depth === 0).slice(1)) {
      const title = item.title.replace(/^\d+\.\s*/, '');
      const range = new RegExp(`${escapeRegExp(title)}\\s+(\\d+)`).exec(frontSheet);
      expect(range, title).not.toBeNull();
      const start = Number(range?.[1]);
      expect(start % 2, title).toBe(1);
      const opening = members.pages[item.page - 1]?.items.find((line) => line.y > 60 && line.y < 780 && line.str.trim().length > 3)?.str.trim() ?? '';
      expect(converted.pages[start - 1]?.text, `${title} on page ${start}`).toContain(opening);
    }
    await converted.destroy();
  }, 120_000);

  it('builds byte-identical PDFs from the same workspace state, whether papers are rendered afresh or reused', async () => {
    const first = result.files.find((file) => file.edition === 'members' && file.format === 'pdf')?.sha256;
    const warm = await call('packs/build', { meetingId: 'latest', edition: 'members', format: 'pdf', outDir: path.join(dir, 'warm') });
    forgetRenderedPapers();
    const cold = await call('packs/build', { meetingId: 'latest', edition: 'members', format: 'pdf', outDir: path.join(dir, 'cold') });
    expect(warm.files[0]?.sha256).toBe(first);
    expect(cold.files[0]?.sha256).toBe(first);
  });
});
