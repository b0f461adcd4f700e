import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { services } from '../../../electron/core/api/handler';
import { addAttachment } from '../../../electron/core/services/attachments';
import { JPEG_1X1, PNG_1X1, makeDocx, makePdf } from '../../helpers/files';
import { makeTempDir } from '../../helpers/temp';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
let dir: string;
beforeEach(async () => {
  ws = await openTestWorkspace('attachments');
  dir = makeTempDir('attachment-files');
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const base64 = (data: Buffer) => data.toString('base64');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const contentRows = () => ws.ctx.workspace.current().db.prepare('SELECT count(*) FROM attachment_contents').pluck().get();

async function refusal(method: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await ws.attempt(method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
}

function expectError(error: { code: string; message: string }, code: string, message: RegExp): void {
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

describe('attachments', () => {
  it('stores a file, lists its details without the data, and reads back the same bytes', async () => {
    const pdf = makePdf();
    const added = await ws.call('attachments/add', { fileName: 'Inspection report.pdf', dataBase64: base64(pdf), description: 'Published 2018' });
    expect(added).toMatchObject({ fileName: 'Inspection report.pdf', mediaType: 'application/pdf', description: 'Published 2018', size: pdf.length, sha256: sha256(pdf), usedBy: 0 });
    expect(await ws.call('attachments/get', { id: added.id })).toEqual(added);
    expect(await ws.call('attachments/list', {})).toEqual([added]);
    expect(added).not.toHaveProperty('dataBase64');

    const read = await ws.call('attachments/read', { id: added.id });
    expect(read).toMatchObject({ fileName: 'Inspection report.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect(Buffer.from(read.dataBase64, 'base64').equals(pdf)).toBe(true);

    const [entry] = await ws.call('audit/list', { entity: 'attachment' });
    expect(entry).toMatchObject({ action: 'create', entityId: added.id, summary: 'Inspection report.pdf' });
  });

  it('stores identical content once, however many times it is attached', async () => {
    const png = PNG_1X1;
    const first = await ws.call('attachments/add', { fileName: 'logo.png', dataBase64: base64(png), mediaType: 'image/png' });
    const second = await ws.call('attachments/add', { fileName: 'crest.png', dataBase64: base64(png) });
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(contentRows()).toBe(1);
    await ws.call('attachments/add', { fileName: 'photo.jpg', dataBase64: base64(JPEG_1X1), mediaType: 'image/jpeg' });
    expect(contentRows()).toBe(2);
    expect((await ws.call('attachments/list', {})).map((attachment) => attachment.fileName)).toEqual(['crest.png', 'logo.png', 'photo.jpg']);
  });

  it('attaches a file from disk with the same checks, and refuses folders, missing files and files over 100 MB before reading them', async () => {
    const file = path.join(dir, 'Action plan.docx');
    fs.writeFileSync(file, makeDocx());
    const added = await ws.call('attachments/addFromFile', { path: file, description: 'From the shared drive' });
    expect(added).toMatchObject({ fileName: 'Action plan.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', description: 'From the shared drive' });

    const before = ws.snapshot();
    expectError(await refusal('attachments/addFromFile', { path: dir }), 'invalid_input', /is a folder, not a file/);
    expectError(await refusal('attachments/addFromFile', { path: path.join(dir, 'gone.pdf') }), 'not_found', /There is no file at .*gone\.pdf/);

    // A sparse file: 100 MB + 1 byte on paper, nothing on disk; refused from its size alone.
    const huge = path.join(dir, 'huge.pdf');
    fs.writeFileSync(huge, '%PDF-1.7\n');
    fs.truncateSync(huge, 100_000_001);
    const tooBig = await refusal('attachments/addFromFile', { path: huge });
    expect(tooBig.message).toMatch(/huge\.pdf is too large to attach: it is 100 MB \(100,000,001 bytes\) and the limit is 100 MB/);

    const mislabelled = path.join(dir, 'report.pdf');
    fs.writeFileSync(mislabelled, PNG_1X1);
    expect((await refusal('attachments/addFromFile', { path: mislabelled })).message).toMatch(/report\.pdf is not a PDF file \(it looks like a PNG image\)/);
    expect(ws.snapshot()).toBe(before);
  });

  it('refuses mislabelled, encrypted, unknown, contradicted and badly encoded files, writing nothing', async () => {
    const before = ws.snapshot();
    const cases: [unknown, RegExp][] = [
      [{ fileName: 'report.pdf', dataBase64: base64(PNG_1X1) }, /report\.pdf is not a PDF file \(it looks like a PNG image\)/],
      [{ fileName: 'minutes.docx', dataBase64: base64(makePdf()) }, /minutes\.docx is not a Word document \(\.docx\) \(it looks like a PDF file\)/],
      [{ fileName: 'secret.pdf', dataBase64: base64(makePdf({ isEncrypted: true })) }, /secret\.pdf is a password-protected \(encrypted\) PDF, so packs cannot include it/],
      [{ fileName: 'tool.bin', dataBase64: base64(Buffer.from([0x00, 0xff, 0x10, 0x80])) }, /tool\.bin cannot be attached: it looks like a kind of file the app does not recognise/],
      [{ fileName: 'report.pdf', dataBase64: base64(makePdf()), mediaType: 'image/png' }, /mediaType: report\.pdf was sent as image\/png, but its content is a PDF file/],
      [{ fileName: 'report.pdf', dataBase64: 'JVBERi0xLjcK!!!!' }, /dataBase64: this is not valid base64/],
      [{ fileName: 'report.pdf', dataBase64: 'JVBERi0xLjcK J' }, /dataBase64: this is not valid base64/],
      [{ fileName: 'report.pdf', dataBase64: 'JVBERi0' }, /dataBase64: this is not valid base64/],
      [{ fileName: 'report.pdf', dataBase64: 'JVBERi0xLjcKYR==' }, /dataBase64: this is not valid base64/],
      [{ fileName: 'empty.txt', dataBase64: '' }, /empty\.txt is empty/],
      [{ fileName: '', dataBase64: base64(makePdf()) }, /fileName/],
      [{ fileName: 'report.pdf' }, /dataBase64/],
      [{ fileName: 'report.pdf', dataBase64: base64(makePdf()), extra: 1 }, /extra|Unrecognized/i],
    ];
    for (const [input, message] of cases) {
      const error = await refusal('attachments/add', input);
      expect(error.code, JSON.stringify(input).slice(0, 80)).toBe('invalid_input');
      expect(error.message, JSON.stringify(input).slice(0, 80)).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });

  it('checks the size before decoding, with the size in the message', () => {
    const data = base64(Buffer.alloc(2_000, 0x61));
    expect(() => addAttachment(services(ws.ctx), { fileName: 'notes.txt', dataBase64: data }, 1_000)).toThrow(
      /notes\.txt is too large to attach: it is 2\.0 KB \(2,000 bytes\) and the limit is 1\.0 KB/,
    );
    expect(addAttachment(services(ws.ctx), { fileName: 'notes.txt', dataBase64: data }, 2_000)).toMatchObject({ size: 2_000, mediaType: 'text/plain' });
  });

  it('makes names safe, and exports only inside the folder, never over an existing file', async () => {
    const passwd = await ws.call('attachments/add', { fileName: '../../etc/passwd', dataBase64: base64(Buffer.from('root:x:0:0:root:/root:/bin/sh\n')) });
    const backslash = await ws.call('attachments/add', { fileName: 'a\\b.pdf', dataBase64: base64(makePdf()) });
    const device = await ws.call('attachments/add', { fileName: 'CON.pdf', dataBase64: base64(makePdf()) });
    const csv = await ws.call('attachments/add', { fileName: 'C:\\data\\wards.csv', dataBase64: base64(Buffer.from('Ward,Children\nNorth,12\n')), mediaType: 'application/vnd.ms-excel' });
    expect([passwd.fileName, backslash.fileName, device.fileName, csv.fileName]).toEqual(['passwd.txt', 'b.pdf', '_CON.pdf', 'wards.csv']);
    expect(csv.mediaType).toBe('text/csv');

    const folder = path.join(dir, 'exports');
    fs.mkdirSync(folder);
    const written = [];
    for (const attachment of [passwd, backslash, device, backslash]) {
      written.push((await ws.call('attachments/export', { id: attachment.id, folder })).path);
    }
    expect(written).toEqual(['passwd.txt', 'b.pdf', '_CON.pdf', 'b (2).pdf'].map((name) => path.join(folder, name)));
    expect(fs.readdirSync(folder).sort()).toEqual(['_CON.pdf', 'b (2).pdf', 'b.pdf', 'passwd.txt']);
    expect(fs.readdirSync(dir)).toEqual(['exports']);
    expect(fs.readFileSync(path.join(folder, 'b (2).pdf')).equals(makePdf())).toBe(true);

    // A name using all 255 bytes still exports, and so does its numbered copy.
    const long = await ws.call('attachments/add', { fileName: `${'é'.repeat(200)}.pdf`, dataBase64: base64(makePdf()) });
    const longPaths = [(await ws.call('attachments/export', { id: long.id, folder })).path, (await ws.call('attachments/export', { id: long.id, folder })).path];
    expect(longPaths.map((written) => Buffer.byteLength(path.basename(written)))).toEqual([254, 254]);
    expect(path.basename(longPaths[1] ?? '')).toMatch(/é \(2\)\.pdf$/);

    // A folder given with ".." is resolved, and the file still lands inside it.
    const viaDots = await ws.call('attachments/export', { id: passwd.id, folder: path.join(folder, '..', 'exports') });
    expect(viaDots.path).toBe(path.join(folder, 'passwd (2).txt'));
  });

  it('gives a clear io_error for a missing, file-like or read-only folder, and leaves nothing behind', async () => {
    const added = await ws.call('attachments/add', { fileName: 'report.pdf', dataBase64: base64(makePdf()) });
    const missing = await refusal('attachments/export', { id: added.id, folder: path.join(dir, 'no-such-folder') });
    expectError(missing, 'io_error', /The folder .*no-such-folder does not exist/);
    expect(fs.existsSync(path.join(dir, 'no-such-folder'))).toBe(false);

    const notAFolder = path.join(dir, 'plain-file');
    fs.writeFileSync(notAFolder, 'x');
    expectError(await refusal('attachments/export', { id: added.id, folder: notAFolder }), 'io_error', /is a file, not a folder/);

    const readOnly = path.join(dir, 'read-only');
    fs.mkdirSync(readOnly);
    fs.chmodSync(readOnly, 0o555);
    const isRoot = process.getuid?.() === 0;
    // Root writes anywhere, so the chmod proves nothing there; the cases above cover root.
    if (!isRoot) {
      expectError(await refusal('attachments/export', { id: added.id, folder: readOnly }), 'io_error', /permission|read-only/);
      expect(fs.readdirSync(readOnly)).toEqual([]);
    }
    fs.chmodSync(readOnly, 0o755);
    expect(fs.readdirSync(dir).sort()).toEqual(['plain-file', 'read-only']);
  });

  it('renames a file only to a name that suits its content, and changes its description', async () => {
    const added = await ws.call('attachments/add', { fileName: 'scan.pdf', dataBase64: base64(makePdf()) });
    expect(await ws.call('attachments/rename', { id: added.id, fileName: 'Ofsted report 2018.pdf' })).toMatchObject({ fileName: 'Ofsted report 2018.pdf', description: '' });
    expect((await ws.call('attachments/rename', { id: added.id, fileName: 'Appendix A' })).fileName).toBe('Appendix A.pdf');
    expect(await ws.call('attachments/rename', { id: added.id, description: 'As published' })).toMatchObject({ fileName: 'Appendix A.pdf', description: 'As published' });

    const before = ws.snapshot();
    expect((await refusal('attachments/rename', { id: added.id, fileName: 'Appendix A.docx' })).message).toMatch(/Appendix A\.docx is not a Word document \(\.docx\) \(it looks like a PDF file\)/);
    expect((await refusal('attachments/rename', { id: 999, fileName: 'x.pdf' })).message).toMatch(/no attachment with id 999/);
    expect(ws.snapshot()).toBe(before);

    const text = await ws.call('attachments/add', { fileName: 'notes.txt', dataBase64: base64(Buffer.from('a,b\n')) });
    expect(await ws.call('attachments/rename', { id: text.id, fileName: 'notes.csv' })).toMatchObject({ fileName: 'notes.csv', mediaType: 'text/csv' });

    const trail = await ws.call('audit/list', { entity: 'attachment', entityId: added.id });
    expect(trail.map((entry) => entry.summary)).toEqual(['Appendix A.pdf', 'Ofsted report 2018.pdf → Appendix A.pdf', 'scan.pdf → Ofsted report 2018.pdf', 'scan.pdf']);
  });

  it('refuses to delete a file while a paper, an inspection or the logo uses it, and collects the content after the last one goes', async () => {
    const committee = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
    const meeting = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' });
    const item = await ws.call('agendaItems/create', { meetingId: meeting.id, title: 'Ofsted inspection' });
    const pdf = makePdf();
    const appendix = await ws.call('attachments/add', { fileName: 'Ofsted report.pdf', dataBase64: base64(pdf) });
    const copy = await ws.call('attachments/add', { fileName: 'Ofsted report (copy).pdf', dataBase64: base64(pdf) });
    const logo = await ws.call('attachments/add', { fileName: 'logo.png', dataBase64: base64(PNG_1X1) });

    const paper = await ws.call('papers/add', { agendaItemId: item.id, attachmentId: appendix.id });
    const inspection = await ws.call('inspections/create', { framework: 'ILACS', title: 'Inspection of children’s social care services', sourceAttachmentId: appendix.id });
    await ws.call('settings/update', { logoAttachmentId: logo.id });
    expect((await ws.call('attachments/get', { id: appendix.id })).usedBy).toBe(2);
    expect((await ws.call('attachments/get', { id: logo.id })).usedBy).toBe(1);

    const before = ws.snapshot();
    const usedTwice = await refusal('attachments/delete', { id: appendix.id });
    expect(usedTwice.code).toBe('conflict');
    expect(usedTwice.message).toMatch(/Ofsted report\.pdf cannot be deleted because it is used as a paper on the agenda of Ofsted Subgroup on 2 October 2018 \(item “Ofsted inspection”\); the source file of the inspection “Inspection of children’s social care services”/);
    expect((await refusal('attachments/delete', { id: logo.id })).message).toMatch(/logo\.png .* the authority’s logo/);
    expect(ws.snapshot()).toBe(before);

    await ws.call('papers/remove', { id: paper.id });
    expect((await refusal('attachments/delete', { id: appendix.id })).message).not.toMatch(/agenda/);
    await ws.call('inspections/update', { id: inspection.id, sourceAttachmentId: null });

    // Two attachments share the content: it stays until the second one goes.
    expect(contentRows()).toBe(2);
    expect(await ws.call('attachments/delete', { id: appendix.id })).toEqual({ id: appendix.id });
    expect(contentRows()).toBe(2);
    await ws.call('attachments/delete', { id: copy.id });
    expect(contentRows()).toBe(1);
    expect((await ws.call('attachments/list', {})).map((attachment) => attachment.fileName)).toEqual(['logo.png']);
    expect(await refusal('attachments/read', { id: copy.id })).toMatchObject({ code: 'not_found' });

    const [deleted] = await ws.call('audit/list', { entity: 'attachment' });
    expect(deleted).toMatchObject({ action: 'delete', entityId: copy.id, summary: 'Ofsted report (copy).pdf' });
  });

  it('rejects bad ids and paths naming the field, and writes nothing', async () => {
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['attachments/get', { id: 999 }, /no attachment with id 999/],
      ['attachments/read', { id: 0 }, /id/],
      ['attachments/export', { id: 999, folder: dir }, /no attachment with id 999/],
      ['attachments/export', { id: 1 }, /folder/],
      ['attachments/addFromFile', { path: '' }, /path/],
      ['attachments/addFromFile', { path: 'a\0b' }, /null character/],
      ['attachments/rename', { id: 999, description: 'x' }, /no attachment with id 999/],
      ['attachments/delete', { id: 999 }, /no attachment with id 999/],
      ['attachments/list', { all: true }, /all|Unrecognized/i],
    ];
    for (const [method, input, message] of cases) {
      const error = await refusal(method, input);
      expect(error.message, `${method} ${JSON.stringify(input)}`).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
