// Issue 9.3, second half: hostile text in every kind of field that reaches a
// pack (committee name, agenda titles and summaries, minutes, decisions,
// follow-ups, a report's rich-text body and its title) is rendered as text.
// Both editions are built as PDF and Word and read back: the PDF opens and
// every page renders, no word runs off the page, every part of the Word file
// is well-formed XML that LibreOffice converts, the text that XML can hold
// comes back as typed, and what it cannot hold is dropped without a crash.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackBuildResult, PackEdition, PackFormat } from '../../../shared/api/methods/packs';
import type { RichTextNode } from '../../../shared/api/schema';
import { docxText, findAll, missing, pdfMetadataStreams, pdfText, type TextSource } from '../../helpers/pack-text';
import { readPdf } from '../../helpers/pdf';
import { makeTempDir } from '../../helpers/temp';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { xmlProblems } from '../../helpers/xml-check';
import { ILLEGAL, ILLEGAL_CLEANED, LEGAL, LONG_WORD, TITLE_WORD } from '../../helpers/hostile-text';
import { convertToPdf } from '../render/docx-readback';

const run = promisify(execFile);

const allLegal = Object.values(LEGAL).join(' | ');
const paragraphNode = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cellNode = (text: string): RichTextNode => ({ type: 'tableCell', content: [paragraphNode(text)] });

/** A report body with every hostile string in a heading, paragraphs, a list, a table and a link to a script. */
function hostileBody(): { type: 'doc'; content: RichTextNode[] } {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Heading ${LEGAL.script} ${LEGAL.emoji}` }] },
      ...Object.values(LEGAL).map(paragraphNode),
      paragraphNode(ILLEGAL),
      paragraphNode(LONG_WORD),
      { type: 'paragraph', content: [{ type: 'text', text: 'A link that runs a script', marks: [{ type: 'link', attrs: { href: 'javascript:alert(6)' } }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraphNode(LEGAL.rtl)] }, { type: 'listItem', content: [paragraphNode(LONG_WORD)] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [cellNode(LONG_WORD), cellNode(LEGAL.emoji), cellNode(LEGAL.fieldCode)] }] },
    ],
  };
}

let ws: TestWorkspace;
let files: { edition: PackEdition; format: PackFormat; bytes: Uint8Array }[];
const dir = makeTempDir('hostile-text');

/**
 * A committee named with hostile text; its September minutes, decision and
 * follow-up carry it; its December agenda has an item titled with each
 * string, a summary with the long word, and a report whose body has them all.
 */
async function hostileMeeting(): Promise<number> {
  const committee = await ws.call('committees/create', { name: `Panel ${LEGAL.script} ${LEGAL.emoji} ${LEGAL.rtl}\u0008`, minutePrefix: 'HOS/TXT' });
  const september = (await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-09-15', startTime: '10:00' })).id;
  await ws.call('meetings/setStatus', { id: september, status: 'issued' });
  await ws.call('meetings/setStatus', { id: september, status: 'held' });
  const entry = await ws.call('minutes/addEntry', { meetingId: september, heading: `Minute ${LEGAL.image} ${LEGAL.combining}`, discussion: { type: 'doc', content: [paragraphNode(allLegal), paragraphNode(ILLEGAL), paragraphNode(LONG_WORD)] } });
  const decision = await ws.call('minutes/addDecision', { minuteEntryId: entry.id, text: `Decision ${LEGAL.template} ${LEGAL.fieldCode} ${ILLEGAL}` });
  await ws.call('followUps/create', { decisionId: decision.id, description: `Follow-up ${LEGAL.cdata} ${LEGAL.entities} ${LEGAL.emoji} ${LONG_WORD.slice(0, 1_900)}`, owner: LEGAL.rtl, dueDate: '2026-12-31' });

  const december = (await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-12-08', startTime: '10:00', venue: LEGAL.script })).id;
  const minutesDoc = await ws.call('documents/create', { kind: 'minutes', title: `Minutes ${LEGAL.emoji}`, status: 'final', committeeId: committee.id });
  const minutesItem = await ws.call('agendaItems/create', { meetingId: december, title: 'Minutes', kind: 'minutes' });
  await ws.call('papers/add', { agendaItemId: minutesItem.id, documentId: minutesDoc.id });
  for (const text of [...Object.values(LEGAL), ILLEGAL, TITLE_WORD]) await ws.call('agendaItems/create', { meetingId: december, title: text, kind: 'other', summary: `${text} ${LONG_WORD}` });
  const report = await ws.call('documents/create', { kind: 'report', title: `Report ${LEGAL.script} ${LEGAL.rtl} ${ILLEGAL}`, status: 'final', committeeId: committee.id, author: LEGAL.image, body: hostileBody() });
  const reportItem = await ws.call('agendaItems/create', { meetingId: december, title: `Report ${LEGAL.emoji}`, kind: 'report', reportOf: LEGAL.template });
  await ws.call('papers/add', { agendaItemId: reportItem.id, documentId: report.id });
  await ws.call('followUps/addMonitorToAgenda', { meetingId: december });
  return december;
}

beforeAll(async () => {
  ws = await openTestWorkspace('hostile-text', () => new Date('2026-11-23T10:00:00Z'));
  const meetingId = await hostileMeeting();
  const built: PackBuildResult = await ws.call('packs/build', { meetingId, edition: 'both', format: 'both', outDir: path.join(dir, 'pack') });
  files = built.files.map((file) => ({ edition: file.edition, format: file.format, bytes: new Uint8Array(fs.readFileSync(file.path ?? '')) }));
}, 120_000);

afterAll(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const fileOf = (edition: PackEdition, format: PackFormat): Uint8Array => {
  const file = files.find((candidate) => candidate.edition === edition && candidate.format === format);
  if (file === undefined) throw new Error(`no ${edition} ${format}`);
  return file.bytes;
};

type Word = { text: string; xMin: number; yMin: number; xMax: number };

/** Each word poppler finds, with its box, and each page's size. */
async function wordBoxes(bytes: Uint8Array): Promise<{ pages: { width: number; height: number; words: Word[] }[] }> {
  const file = path.join(dir, `boxes-${String(Math.random()).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('<page ').slice(1).map((page) => ({
    width: Number(/width="([\d.]+)"/.exec(page)?.[1]),
    height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
    words: [...page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g)].map((match) => ({
      text: match[4] ?? '',
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
    })),
  }));
  return { pages };
}

/** Renders every page to a small picture with poppler, which reports any page it cannot draw. */
async function renderEveryPage(bytes: Uint8Array, label: string): Promise<number> {
  const out = path.join(dir, `render-${label}`);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'in.pdf'), bytes);
  const { stderr } = await run('pdftoppm', ['-r', '20', '-png', path.join(out, 'in.pdf'), path.join(out, 'page')]);
  expect(stderr, `${label}: poppler’s complaints`).toBe('');
  return fs.readdirSync(out).filter((name) => name.endsWith('.png')).length;
}

/** Fails naming each word that reaches past the page's left or right edge. */
async function expectEveryWordOnThePage(bytes: Uint8Array, label: string): Promise<void> {
  const { pages } = await wordBoxes(bytes);
  const outside = pages.flatMap((page, index) =>
    page.words.filter((word) => word.xMin < 0 || word.xMax > page.width).map((word) => `page ${String(index + 1)}: ${word.text.slice(0, 40)}… ${String(word.xMin)}–${String(word.xMax)} of ${String(page.width)}`),
  );
  expect(outside, `${label}: text outside the page`).toEqual([]);
  // Nor does a word print over the next one on its line (as it would if a box were drawn wider than measured).
  const overprinted = pages.flatMap((page, index) => {
    // A joiner or a lone combining mark is a zero-width "word" of its own to poppler, printed on its neighbour by design.
    const visible = page.words.filter((word) => word.text.replace(/[\p{Cf}\p{M}]/gu, '') !== '');
    const lines = new Map<number, Word[]>();
    for (const word of visible) lines.set(Math.round(word.yMin), [...(lines.get(Math.round(word.yMin)) ?? []), word]);
    return [...lines.values()].flatMap((line) =>
      line
        .sort((a, b) => a.xMin - b.xMin)
        .flatMap((word, at) => {
          const next = line[at + 1];
          return next !== undefined && next.xMin < word.xMax - 1 ? [`page ${String(index + 1)}: “${word.text.slice(0, 30)}” and “${next.text.slice(0, 30)}”`] : [];
        }),
    );
  });
  expect(overprinted, `${label}: words printed over each other`).toEqual([]);
  // The long word is there, broken over lines rather than cut off.
  const pieces = pages.flatMap((page) => page.words).filter((word) => /^(Longword)?(abcdefghij)+/.test(word.text));
  expect(pieces.length, `${label}: lines of the long word`).toBeGreaterThan(10);
}

const textOf = (sources: readonly TextSource[]): string => sources.map((source) => source.text).join('\n');

describe('hostile text in a pack', () => {
  it('refuses a null character with a clear message, and writes nothing', async () => {
    const before = ws.snapshot();
    const meetings = await ws.call('meetings/list', {});
    const refused = await ws.attempt('agendaItems/create', { meetingId: meetings[0]?.id, title: 'Null\u0000byte' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/cannot contain a null character/) as unknown } });
    const inBody = await ws.attempt('documents/create', { kind: 'report', title: 'Nulls', body: { type: 'doc', content: [paragraphNode('a\u0000b')] } });
    expect(inBody.ok).toBe(false);
    expect(ws.snapshot()).toBe(before);
  });

  it('builds PDFs that open, render on every page, and keep every word inside the page', async () => {
    for (const edition of ['public', 'members'] as const) {
      const bytes = fileOf(edition, 'pdf');
      const pdf = await readPdf(bytes);
      expect(pdf.pageCount).toBeGreaterThan(4);
      expect(await renderEveryPage(bytes, edition)).toBe(pdf.pageCount);
      for (const page of pdf.pages) {
        for (const item of page.items) expect(item.x, `${edition}: “${item.str.slice(0, 30)}”`).toBeGreaterThanOrEqual(0);
      }
      await pdf.destroy();
      // The XMP packet is well-formed XML, and carries the committee's name as typed.
      const [xmp, ...others] = await pdfMetadataStreams(bytes);
      expect(others).toEqual([]);
      expect(xmlProblems(xmp ?? new Uint8Array()), `${edition} XMP`).toEqual([]);
      expect(new TextDecoder().decode(xmp)).toContain(`Panel &lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt; ${LEGAL.emoji}`);
      await expectEveryWordOnThePage(bytes, `${edition} PDF`);
    }
  });

  it('prints markup, template and field syntax in the PDF as the text it is, and drops what XML cannot hold', async () => {
    const sources = await pdfText(fileOf('members', 'pdf'));
    const pages = sources.filter((source) => source.where.startsWith('page '));
    expect(missing(pages, [LEGAL.script, LEGAL.image, LEGAL.cdata, LEGAL.entities, LEGAL.template, LEGAL.fieldCode])).toEqual([]);
    expect(textOf(pages)).toMatch(ILLEGAL_CLEANED);
    expect(findAll(sources.filter((source) => source.where === 'links'), ['javascript:'])).toEqual([]);
  });

  it('writes Word files whose every part is well-formed XML, with markup as text and nothing XML forbids', async () => {
    for (const edition of ['public', 'members'] as const) {
      const zip = await JSZip.loadAsync(fileOf(edition, 'docx'));
      const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
      expect(parts).toContain('word/document.xml');
      for (const name of parts) expect(xmlProblems(await (zip.file(name)?.async('uint8array') ?? new Uint8Array())), `${edition} ${name}`).toEqual([]);
      const rels = await zip.file('word/_rels/document.xml.rels')?.async('string');
      expect(rels).not.toMatch(/javascript:/i);
    }
    const sources = await docxText(fileOf('members', 'docx'));
    const document = sources.filter((source) => source.where === 'word/document.xml text');
    expect(missing(document, Object.values(LEGAL))).toEqual([]);
    expect(textOf(document)).toMatch(ILLEGAL_CLEANED);
    expect(missing(document, [LONG_WORD, TITLE_WORD])).toEqual([]);
    // The committee's name in the file's properties, and in no field Word would run.
    expect(missing(sources.filter((source) => source.where === 'docProps/core.xml text'), ['Panel <script>'])).toEqual([]);
    const xml = (await JSZip.loadAsync(fileOf('members', 'docx'))).file('word/document.xml');
    const instructions = [...((await xml?.async('string')) ?? '').matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>|w:instr="([^"]*)"/g)].map((match) => (match[1] ?? match[2] ?? '').trim());
    expect(instructions.filter((instruction) => !/^(PAGE|PAGEREF \w+( \\h)?|NUMPAGES)$/.test(instruction))).toEqual([]);
  });

  it('converts with LibreOffice to pages that show the text and keep every word inside the page', async () => {
    const converted = await convertToPdf(fileOf('members', 'docx'), dir, 'members-docx');
    const pdf = await readPdf(converted);
    const text = pdf.pages.map((page) => page.text).join('\n');
    await pdf.destroy();
    for (const value of [LEGAL.script, LEGAL.image, LEGAL.template]) expect(text).toContain(value);
    await expectEveryWordOnThePage(converted, 'LibreOffice PDF of the Word edition');
  }, 120_000);
});
