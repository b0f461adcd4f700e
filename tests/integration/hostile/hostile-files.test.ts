// Issue 9.4: hostile files. Every door through which the app takes a file from
// the user (attach a file as bytes or from disk; read an inspection report
// from disk or as bytes; save a checked inspection with its report attached,
// from disk or as bytes; preview a Word report; import it as a paper of an
// agenda item) is sent the same set of hostile files: empty, random bytes,
// damaged behind a good header, cut in half, password-protected, zip bombs
// (a part inflating to over 1 GB, its size declared honestly or lied about),
// a picture claiming ten billion pixels, a Word file whose 45 MB of text packs
// into 150 KB, files over the door's size limit (sparse on disk, so no
// gigabytes are written), and files whose name lies about their content. Each
// must be refused with { code, message }, the message saying what is wrong
// and what to do, in bounded time and memory, with every row of the workspace
// as it was. Sound files that merely look odd must still be taken. Then
// attachments whose stored names are hostile (made safe by the API, or written
// raw into the database as an old or tampered workspace might hold them) are
// exported, a pack carrying one is issued, and a tampered pack record is
// exported: nothing may appear outside the chosen folder.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/api/methods/attachments';
import { IMPORT_MAX_BYTES } from '../../../electron/core/services/inspection-import';
import { makeDocx, makePdf, PNG_1X1 } from '../../helpers/files';
import { makeTempDir } from '../../helpers/temp';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { authorReport } from '../documents/docx-import-fixtures';
import { encryptedPdf, pdfWithFurniture, picture, wordFile } from '../import/reader-fixtures';
import { cutInHalf, damaged, encryptedDocx, noise, pictureBomb, plainZip, webPage, windowsProgram, zipBomb } from './hostile-fixtures';
import { exportEscapes, HOSTILE_NAMES, PACK_NAME, RAW_NAMES } from './hostile-names';

/** Which code wrote the refusal: the attachment checks, the inspection import's readers, or the Word report import. */
type Family = 'attach' | 'import' | 'word';
type Door = { label: string; family: Family; via: 'path' | 'bytes'; maxBytes: number; input: (file: { fileName: string; path: string; dataBase64: string }) => [string, unknown] };
/** The refusal each family must give; null where the door rightly takes the file (a long text file is a fine attachment). */
type Expected = Record<Family, RegExp | null>;
type HostileCase = { label: string; fileName: string; bytes: Buffer | 'over the limit'; expect: Expected | ((door: Door) => RegExp | null) };

/** Generous ceilings that catch a hang or a runaway allocation, not a slow machine. */
const MAX_SECONDS = 20;
const MAX_RSS_GROWTH = 400 * 1024 * 1024;
/** The contract's ceiling on base64 text: above it, validation refuses before anything is decoded. */
const MAX_BASE64_CHARS = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;
const INSPECTION = { framework: 'ILACS', title: 'Inspection of children’s services' } as const;

let ws: TestWorkspace;
let dir: string;
let agendaItemId = 0;
let meetingId = 0;

const DOORS: Door[] = [
  { label: 'attachments/add', family: 'attach', via: 'bytes', maxBytes: ATTACHMENT_MAX_BYTES, input: ({ fileName, dataBase64 }) => ['attachments/add', { fileName, dataBase64 }] },
  { label: 'attachments/addFromFile', family: 'attach', via: 'path', maxBytes: ATTACHMENT_MAX_BYTES, input: ({ path: file }) => ['attachments/addFromFile', { path: file }] },
  { label: 'imports/readInspection (path)', family: 'import', via: 'path', maxBytes: IMPORT_MAX_BYTES, input: ({ path: file }) => ['imports/readInspection', { path: file }] },
  { label: 'imports/readInspection (bytes)', family: 'import', via: 'bytes', maxBytes: ATTACHMENT_MAX_BYTES, input: ({ fileName, dataBase64 }) => ['imports/readInspection', { fileName, dataBase64 }] },
  { label: 'imports/saveInspection (path)', family: 'attach', via: 'path', maxBytes: ATTACHMENT_MAX_BYTES, input: ({ path: file }) => ['imports/saveInspection', { file: { path: file }, inspection: INSPECTION, createPlan: { title: 'Action plan' } }] },
  {
    label: 'imports/saveInspection (bytes)',
    family: 'attach',
    via: 'bytes',
    maxBytes: ATTACHMENT_MAX_BYTES,
    input: ({ fileName, dataBase64 }) => ['imports/saveInspection', { file: { fileName, dataBase64 }, inspection: INSPECTION, createPlan: { title: 'Action plan' } }],
  },
  { label: 'documents/previewDocx', family: 'word', via: 'bytes', maxBytes: ATTACHMENT_MAX_BYTES, input: ({ fileName, dataBase64 }) => ['documents/previewDocx', { fileName, dataBase64 }] },
  { label: 'documents/importDocx (as a paper)', family: 'word', via: 'bytes', maxBytes: ATTACHMENT_MAX_BYTES, input: ({ fileName, dataBase64 }) => ['documents/importDocx', { fileName, dataBase64, agendaItemId }] },
];

/** "Not a report" from the inspection parser, for files the import reads by their content and finds to be no inspection report. */
const NOT_A_REPORT = /does not look like an Ofsted inspection report.*Check that .* is the inspection report itself/;
const DAMAGED_WORD = /This Word file is damaged: its contents cannot be unpacked\. Open it in Word and save a fresh copy/;
const WORD_BOMB = /This Word file unpacks to far more text than any report holds.*made to cause harm\. Open it in Word and save a fresh copy/;
const ATTACHED_BOMB = /was not attached: its part word\/document\.xml unpacks to .*\. No real Word document does that, so it may be damaged or made to cause harm\. Open it in Word and save a fresh copy/;
const NOT_WORD = /is not a Word document: its content is not that of a \.docx file\. Choose the report’s \.docx file/;
const A_PICTURE = /is a picture \(PNG\), not a report with text in it\. Import the published report as a PDF or Word file/;

let cases: HostileCase[] = [];

async function buildCases(): Promise<HostileCase[]> {
  const report = Buffer.from(await pdfWithFurniture());
  const docx = makeDocx();
  const png = Buffer.from(picture());
  return [
    {
      label: 'empty',
      fileName: 'report.pdf',
      bytes: Buffer.alloc(0),
      expect: { attach: /report\.pdf is empty \(0 bytes\), so there is nothing to attach\. Choose the file again/, import: /report\.pdf is empty \(0 bytes\)\. Choose the report itself/, word: /“report\.pdf” is empty \(0 bytes\)\. Choose the report itself/ },
    },
    {
      label: 'corrupt: random bytes',
      fileName: 'report.pdf',
      bytes: noise(64 * 1024),
      expect: {
        attach: /report\.pdf cannot be attached: it looks like a kind of file the app does not recognise\. Packs can include PDF, Word/,
        import: /“report\.pdf” is not a PDF, a Word \(\.docx\) file or a text file, so it cannot be imported\. Open the inspection report itself and save it as PDF or \.docx/,
        word: NOT_WORD,
      },
    },
    {
      label: 'corrupt: PDF header, random body',
      fileName: 'report.pdf',
      bytes: damaged(report),
      expect: { attach: /report\.pdf is incomplete or damaged: it does not end the way every PDF does.*Download or save it again/, import: /This PDF is damaged and cannot be read .*Download the report again, or open it and save a fresh copy/, word: /“report\.pdf” is a PDF\. A PDF cannot be turned back into an editable report: add it to the agenda item as a paper/ },
    },
    {
      label: 'corrupt: Word header, random body',
      fileName: 'report.docx',
      bytes: damaged(docx, 30),
      expect: { attach: /report\.docx cannot be attached: it looks like a damaged ZIP or Office file\. Open it in Word .* save a fresh copy/, import: DAMAGED_WORD, word: DAMAGED_WORD },
    },
    {
      label: 'truncated PDF (first half)',
      fileName: 'report.pdf',
      bytes: cutInHalf(report),
      expect: { attach: /report\.pdf is incomplete or damaged: .*cut short while downloading or copying\. Download or save it again/, import: /This PDF is damaged and cannot be read .*Download the report again/, word: /“report\.pdf” is a PDF\. .*ask the author for the Word version/ },
    },
    {
      label: 'truncated Word file (first half)',
      fileName: 'report.docx',
      bytes: cutInHalf(docx),
      expect: { attach: /report\.docx cannot be attached: it looks like a damaged ZIP or Office file\. Open it in Word .* save a fresh copy/, import: DAMAGED_WORD, word: DAMAGED_WORD },
    },
    {
      label: 'truncated PNG (first half)',
      fileName: 'chart.png',
      bytes: cutInHalf(png),
      expect: { attach: /chart\.png is incomplete or damaged: the picture stops before its end.*save it again/, import: A_PICTURE, word: NOT_WORD },
    },
    {
      label: 'encrypted PDF (password to open)',
      fileName: 'protected.pdf',
      bytes: Buffer.from(await encryptedPdf()),
      expect: {
        attach: /protected\.pdf is a password-protected \(encrypted\) PDF, so packs cannot include it\. Save an unprotected copy/,
        import: /This PDF is password-protected, so its text cannot be read\. Open it with the password, save an unprotected copy/,
        word: /“protected\.pdf” is a PDF\./,
      },
    },
    {
      label: 'encrypted Word file (OLE container)',
      fileName: 'protected.docx',
      bytes: encryptedDocx(),
      expect: {
        attach: /protected\.docx cannot be attached: it looks like a password-protected Office document\. Open it, remove the password/,
        import: /“protected\.docx” is an older Word \(\.doc\) file or a password-protected Office file.*remove any password, and save it as a Word document/,
        word: /“protected\.docx” is protected with a password, so it cannot be read\. Open it in Word, remove the password/,
      },
    },
    {
      label: 'zip bomb: Word, 1.1 GB declared',
      fileName: 'report.docx',
      bytes: zipBomb({ kind: 'docx', isHonest: true }),
      expect: { attach: ATTACHED_BOMB, import: WORD_BOMB, word: WORD_BOMB },
    },
    {
      label: 'zip bomb: Word, 20 KB declared, 1.1 GB inside',
      fileName: 'report.docx',
      bytes: zipBomb({ kind: 'docx', isHonest: false }),
      expect: { attach: ATTACHED_BOMB, import: WORD_BOMB, word: WORD_BOMB },
    },
    {
      label: 'zip bomb: Excel, 20 KB declared, 1.1 GB inside',
      fileName: 'figures.xlsx',
      bytes: zipBomb({ kind: 'xlsx', isHonest: false }),
      expect: {
        attach: /figures\.xlsx cannot be attached: it looks like an Excel workbook\. Save it as PDF/,
        import: /“figures\.xlsx” is an Excel workbook, not a Word document or PDF\. Open the inspection report itself and save it as a Word document/,
        word: /“figures\.xlsx” is an Excel workbook, not a Word document\. Open the report itself and save it as a Word document/,
      },
    },
    {
      label: 'picture bomb: PNG claiming 100,000 × 100,000 pixels',
      fileName: 'chart.png',
      bytes: pictureBomb(),
      expect: { attach: /chart\.png says it is 100,000 × 100,000 pixels, far more than a page can show.*Resize it/, import: A_PICTURE, word: NOT_WORD },
    },
    {
      label: 'text bomb: a Word file whose 45 MB of text packs into 150 KB',
      fileName: 'report.docx',
      bytes: Buffer.from(wordFile('<w:p><w:r><w:t>The council should improve the quality of plans for children in need.</w:t></w:r></w:p>'.repeat(450_000))),
      expect: { attach: null, import: WORD_BOMB, word: /“report\.docx” is too long to import as one document: its text and layout come to \d+ MB, and a document holds up to 2 MB of text\. Split it in Word/ },
    },
    {
      label: 'long text: 6 MB of plain text',
      fileName: 'report.txt',
      bytes: Buffer.from('The council should improve the quality of plans for children in need.\n'.repeat(90_000)),
      expect: { attach: null, import: /“report\.txt” is 6 MB of plain text, far more than any inspection report.*import the published PDF or Word file instead/, word: NOT_WORD },
    },
    {
      label: 'huge: one byte over the door’s limit',
      fileName: 'huge.pdf',
      bytes: 'over the limit',
      expect: (door) =>
        door.via === 'bytes'
          ? /^Invalid input for [a-zA-Z/]+: (file(\.|: ))?dataBase64: This file is about 100 MB; files over 100 MB cannot be/
          : door.family === 'attach'
            ? /huge\.pdf is too large to attach: it is 100 MB \(100,000,001 bytes\) and the limit is 100 MB\. Compress it or split it/
            : /huge\.pdf is larger than 100 MB, far larger than any inspection report\. Check it is the right file; nothing was read\./,
    },
    {
      label: 'mislabelled: PNG named .pdf',
      fileName: 'report.pdf',
      bytes: PNG_1X1,
      expect: { attach: /report\.pdf is not a PDF file \(it looks like a PNG image\)\. Rename it to end in \.png, or choose the right file/, import: /“report\.pdf” is a picture \(PNG\)/, word: NOT_WORD },
    },
    {
      label: 'mislabelled: PDF named .docx',
      fileName: 'report.docx',
      bytes: makePdf({ text: 'Minutes of the Corporate Parenting Panel' }),
      expect: { attach: /report\.docx is not a Word document \(\.docx\) \(it looks like a PDF file\)\. Rename it to end in \.pdf/, import: NOT_A_REPORT, word: /“report\.docx” is a PDF\. A PDF cannot be turned back into an editable report/ },
    },
    {
      label: 'mislabelled: Windows program (MZ) named .pdf',
      fileName: 'report.pdf',
      bytes: windowsProgram(),
      expect: { attach: /report\.pdf cannot be attached: it looks like a Windows program\. Packs can include PDF/, import: /“report\.pdf” is not a PDF, a Word \(\.docx\) file or a text file/, word: NOT_WORD },
    },
    {
      label: 'mislabelled: web page named .docx',
      fileName: 'report.docx',
      bytes: webPage(),
      expect: { attach: /report\.docx is not a Word document \(\.docx\) \(it looks like a plain text file\)\. Rename it to end in \.txt, or choose the right file/, import: NOT_A_REPORT, word: NOT_WORD },
    },
    {
      label: 'mislabelled: zip without word/document.xml named .docx',
      fileName: 'report.docx',
      bytes: plainZip(),
      expect: {
        attach: /report\.docx cannot be attached: it looks like a ZIP archive\. Packs can include PDF/,
        import: /“report\.docx” is a zip archive, not a Word document or PDF\. Open the inspection report itself and save it as a Word document/,
        word: /“report\.docx” is a zip archive, not a Word document\. Open the report itself and save it as a Word document/,
      },
    },
  ];
}

/** One refused call's figures, for the summary printed at the end. */
type Measure = { door: string; label: string; seconds: number; rssGrowth: number };
const measures: Measure[] = [];
let hugeBase64: string | null = null;

/** The file as the door takes it: written under the case's own folder, and as base64. */
function fileFor(door: Door, hostile: HostileCase, index: number): { fileName: string; path: string; dataBase64: string } {
  const folder = path.join(dir, 'inputs', String(index));
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, hostile.fileName);
  if (hostile.bytes !== 'over the limit') {
    fs.writeFileSync(file, hostile.bytes);
    return { fileName: hostile.fileName, path: file, dataBase64: hostile.bytes.toString('base64') };
  }
  if (door.via === 'path') {
    // A sparse file: over the limit on paper, a few bytes on disk.
    fs.writeFileSync(file, '%PDF-1.7\n');
    fs.truncateSync(file, door.maxBytes + 1);
    return { fileName: hostile.fileName, path: file, dataBase64: '' };
  }
  hugeBase64 ??= 'A'.repeat(MAX_BASE64_CHARS + 4);
  return { fileName: hostile.fileName, path: file, dataBase64: hugeBase64 };
}

beforeAll(async () => {
  ws = await openTestWorkspace('hostile-files');
  dir = makeTempDir('hostile-files');
  const committee = await ws.call('committees/create', { name: 'Corporate Parenting Panel', minutePrefix: 'CPP' });
  const meeting = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-12-01' });
  meetingId = meeting.id;
  agendaItemId = (await ws.call('agendaItems/create', { meetingId, title: 'Fostering annual report' })).id;
  cases = await buildCases();
}, 60_000);

afterAll(() => {
  // Per file, the worst over every door: the figures the issue asks for.
  const byCase = new Map<string, { doors: number; seconds: number; rssGrowth: number }>();
  for (const measure of measures) {
    const worst = byCase.get(measure.label) ?? { doors: 0, seconds: 0, rssGrowth: 0 };
    byCase.set(measure.label, { doors: worst.doors + 1, seconds: Math.max(worst.seconds, measure.seconds), rssGrowth: Math.max(worst.rssGrowth, measure.rssGrowth) });
  }
  const rows = [...byCase].map(([label, worst]) => `  ${label}: ${worst.doors} doors, at most ${worst.seconds.toFixed(2)} s and ${(worst.rssGrowth / 1024 / 1024).toFixed(0)} MB RSS growth`);
  console.log([`Hostile files: ${measures.length} refusals from ${DOORS.length} doors (${cases.length} hostile files, plus damaged base64)`, ...rows].join('\n'));
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Calls a door, measuring time and memory, and returns its refusal; fails the test if the call was accepted. */
async function refusalAt(door: Door, label: string, method: string, input: unknown): Promise<{ code: string; message: string }> {
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const result = await ws.attempt(method, input);
  const seconds = (performance.now() - started) / 1000;
  const rssGrowth = process.memoryUsage().rss - rssBefore;
  measures.push({ door: door.label, label, seconds, rssGrowth });
  expect(seconds, `${door.label}: ${label} took ${seconds.toFixed(1)} s`).toBeLessThan(MAX_SECONDS);
  expect(rssGrowth, `${door.label}: ${label} grew RSS by ${rssGrowth} bytes`).toBeLessThan(MAX_RSS_GROWTH);
  if (result.ok) throw new Error(`${door.label} accepted ${label}`);
  return result.error;
}

describe('every door that takes a file refuses hostile files, quickly, clearly, writing nothing', () => {
  for (const door of DOORS) {
    it(door.label, async () => {
      const before = ws.snapshot();
      for (const [index, hostile] of cases.entries()) {
        const expected = typeof hostile.expect === 'function' ? hostile.expect(door) : hostile.expect[door.family];
        if (expected === null) continue;
        const [method, input] = door.input(fileFor(door, hostile, index));
        const error = await refusalAt(door, hostile.label, method, input);
        // Soft: every file is tried, and every wrong answer reported, before the test fails.
        expect.soft({ case: hostile.label, code: error.code, message: error.message }).toEqual({ case: hostile.label, code: 'invalid_input', message: expect.stringMatching(expected) as string });
        expect.soft(ws.snapshot(), `${door.label}: ${hostile.label} changed the workspace`).toBe(before);
      }
      if (door.via === 'bytes') {
        // Damaged on the way: base64 with a stray character is refused, never decoded into other bytes.
        const [method, input] = door.input({ fileName: 'report.docx', path: '', dataBase64: `${makeDocx().toString('base64').slice(0, 40)}!${'A'.repeat(3)}` });
        const error = await refusalAt(door, 'damaged base64', method, input);
        expect(error).toEqual({ code: 'invalid_input', message: expect.stringMatching(/dataBase64: this is not valid base64 .*The file may have been damaged on the way; try adding it again/) as string });
        expect(ws.snapshot()).toBe(before);
      }
    }, 120_000);
  }
});

describe('sound files that look odd are still taken', () => {
  it('attaches padded and trailing-byte PDFs, a PNG with bytes after its end, and a Word file with pictures', async () => {
    const sound: [string, Buffer][] = [
      // Mail systems and old uploaders pad files with blanks or zeros; readers look for the end marker in the last kilobyte.
      ['padded.pdf', Buffer.concat([makePdf(), Buffer.alloc(8192, 0), Buffer.from('\r\n \t')])],
      ['trailer.pdf', Buffer.concat([makePdf(), Buffer.from('x'.repeat(900))])],
      ['chart.png', Buffer.concat([PNG_1X1, Buffer.from('metadata some programs append')])],
      ['Fostering report.docx', Buffer.from(await authorReport())],
    ];
    for (const [fileName, data] of sound) {
      const added = await ws.call('attachments/add', { fileName, dataBase64: data.toString('base64') });
      expect(added).toMatchObject({ fileName, size: data.length });
    }
  });
});

describe('attachment names cannot write outside the chosen folder', () => {
  it('exports attachments named by the API and by a tampered workspace, and issues a pack carrying one, only inside the folder', async () => {
    const root = makeTempDir('hostile-export');
    const folder = path.join(root, 'council', 'exports');
    fs.mkdirSync(folder, { recursive: true });
    const pdf = makePdf({ text: 'Appendix to the fostering report' });
    for (const name of HOSTILE_NAMES) {
      const added = await ws.call('attachments/add', { fileName: name, dataBase64: pdf.toString('base64') });
      // eslint-disable-next-line no-control-regex -- no control character may survive in a stored name
      expect(added.fileName, JSON.stringify(name)).toMatch(/^[^/\\<>:"|?*\u0000-\u001f\u2028-\u202e\u2066-\u2069]+\.pdf$/);
      expect(Buffer.byteLength(added.fileName), JSON.stringify(name)).toBeLessThanOrEqual(255);
      expect(added.fileName, JSON.stringify(name)).not.toMatch(/^(con|prn|aux|nul|conin\$|conout\$|com\d|lpt\d)(\.|$)/i);
      await ws.call('attachments/export', { id: added.id, folder });
    }
    // An old or tampered workspace may hold names the API never stores: they go straight into the database.
    const db = ws.ctx.workspace.current().db;
    const contentId = db.prepare('SELECT content_id FROM attachments ORDER BY id DESC LIMIT 1').pluck().get() as number;
    const insert = db.prepare("INSERT INTO attachments (content_id, file_name, media_type, created_at) VALUES (?, ?, 'application/pdf', '2026-11-22T10:00:00.000Z')");
    const rawIds = RAW_NAMES.map((name) => Number(insert.run(contentId, name).lastInsertRowid));
    const written = [];
    for (const id of rawIds) written.push((await ws.call('attachments/export', { id, folder })).path);
    for (const file of written) expect(path.dirname(file)).toBe(folder);
    // The first raw name also becomes a paper: its name goes into the pack's bookmarks and notices, never into a path.
    await ws.call('papers/add', { agendaItemId, attachmentId: rawIds[0] ?? 0 });
    const packFolder = path.join(folder, 'pack');
    fs.mkdirSync(packFolder);
    const issued = await ws.call('packs/issue', { meetingId, edition: 'members', format: 'both', outDir: packFolder });
    expect(issued.files.map((file) => path.dirname(file.path ?? ''))).toEqual([packFolder, packFolder]);
    // A tampered record of the issued pack: its name climbs out of the folder.
    db.prepare('UPDATE issued_packs SET file_name = ? WHERE id = ?').run(PACK_NAME, issued.issued[0]?.id ?? 0);
    const exported = await ws.call('packs/export', { id: issued.issued[0]?.id ?? 0, outDir: packFolder });
    expect(path.dirname(exported.path)).toBe(packFolder);
    const replaced = await ws.attempt('packs/export', { id: issued.issued[0]?.id ?? 0, outDir: packFolder, overwrite: true });
    expect(replaced).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/would write outside .*, so nothing was written\./) as string } });

    const everything = walk(root);
    expect(everything.filter((file) => path.dirname(file) !== folder && path.dirname(file) !== packFolder)).toEqual([]);
    expect(everything).toHaveLength(HOSTILE_NAMES.length + RAW_NAMES.length + issued.files.length + 1);
    for (const escape of exportEscapes(folder)) expect(fs.existsSync(escape), escape).toBe(false);
    // Every file is named for its content, whatever the workspace called it: no ".exe" holding a PDF.
    for (const file of everything) {
      const signature = SIGNATURES[path.extname(file)];
      expect(signature, file).toBeDefined();
      expect(fs.readFileSync(file).toString('latin1', 0, signature?.length ?? 0), file).toBe(signature);
    }
    fs.rmSync(root, { recursive: true, force: true });
  }, 120_000);
});

/** The first bytes a file with each extension must start with. */
const SIGNATURES: Record<string, string> = { '.pdf': '%PDF-', '.docx': 'PK\u0003\u0004' };

/** Every file (not folder) under a folder, at any depth. */
function walk(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
