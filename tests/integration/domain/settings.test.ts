import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('settings'); });
afterEach(() => { ws.close(); });

/** Attachments belong to another domain; two rows are enough to link a logo. */
function addAttachment(fileName: string, mediaType: string): number {
  const { db } = ws.ctx.workspace.current();
  const data = Buffer.from(`${fileName} bytes`);
  const contentId = db
    .prepare('INSERT INTO attachment_contents (sha256, size, data) VALUES (?, ?, ?)')
    .run(createHash('sha256').update(data).digest('hex'), data.length, data).lastInsertRowid;
  return Number(
    db.prepare("INSERT INTO attachments (content_id, file_name, media_type, created_at) VALUES (?, ?, ?, '2026-11-22T10:00:00Z')").run(contentId, fileName, mediaType)
      .lastInsertRowid,
  );
}

describe('authority settings', () => {
  it('starts with the house defaults', async () => {
    expect(await ws.call('settings/get', {})).toEqual({
      name: '',
      address: '',
      logoAttachmentId: null,
      logoFileName: null,
      fontFamily: 'Liberation Sans',
      bodyFontSizePt: 12,
      accentColour: '#12395B',
      minuteNumbering: 'municipal_year',
      municipalYearStartMonth: 5,
      reportDeadlineDays: 11,
      reportDeadlineBasis: 'calendar_days',
      authorName: '',
      updatedAt: null,
    });
  });

  it('updates only the fields given, and audits the changed field names under the new author', async () => {
    const updated = await ws.call('settings/update', {
      name: 'Example Borough Council',
      address: 'Town Hall\nHigh Street\nExampleton EX1 1AA',
      accentColour: '#7a1f5c',
      bodyFontSizePt: 11.5,
      fontFamily: 'DejaVu Sans',
      authorName: 'Jo Bloggs',
    });
    expect(updated).toMatchObject({
      name: 'Example Borough Council',
      address: 'Town Hall\nHigh Street\nExampleton EX1 1AA',
      accentColour: '#7A1F5C',
      bodyFontSizePt: 11.5,
      fontFamily: 'DejaVu Sans',
      minuteNumbering: 'municipal_year',
      authorName: 'Jo Bloggs',
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    const second = await ws.call('settings/update', { minuteNumbering: 'calendar_year', municipalYearStartMonth: 4, reportDeadlineDays: 7, reportDeadlineBasis: 'working_days', name: 'Example Borough Council' });
    expect(second).toMatchObject({ name: 'Example Borough Council', fontFamily: 'DejaVu Sans', minuteNumbering: 'calendar_year', municipalYearStartMonth: 4, reportDeadlineDays: 7, reportDeadlineBasis: 'working_days' });
    expect(await ws.call('settings/get', {})).toEqual(second);

    const trail = ws.ctx.workspace.current().db.prepare('SELECT author, action, entity, entity_id, summary FROM audit_log ORDER BY id').raw().all();
    expect(trail).toEqual([
      // The change that sets the author's name is already recorded under it.
      ['Jo Bloggs', 'update', 'settings', 1, 'Changed name, address, fontFamily, bodyFontSizePt, accentColour, authorName'],
      ['Jo Bloggs', 'update', 'settings', 1, 'Changed minuteNumbering, municipalYearStartMonth, reportDeadlineDays, reportDeadlineBasis'],
    ]);
  });

  it('links a PNG or JPEG logo by attachment id, shows its file name, and removes it', async () => {
    const logo = addAttachment('Council crest.png', 'image/png');
    expect(await ws.call('settings/update', { logoAttachmentId: logo })).toMatchObject({ logoAttachmentId: logo, logoFileName: 'Council crest.png' });
    const jpeg = addAttachment('crest.jpg', 'image/jpeg');
    expect((await ws.call('settings/update', { logoAttachmentId: jpeg })).logoFileName).toBe('crest.jpg');
    expect(await ws.call('settings/update', { logoAttachmentId: null })).toMatchObject({ logoAttachmentId: null, logoFileName: null });
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const pdf = addAttachment('Inspection report.pdf', 'application/pdf');
    const svg = addAttachment('crest.svg', 'image/svg+xml');
    const before = ws.snapshot();
    const cases: [unknown, RegExp][] = [
      [{ accentColour: 'navy' }, /accentColour: Give a colour as #/],
      [{ accentColour: '#12395' }, /accentColour/],
      [{ fontFamily: 'Comic Sans MS' }, /fontFamily: Choose one of the fonts .*Liberation Sans, Tinos, DejaVu Sans, DejaVu Serif/],
      [{ bodyFontSizePt: 8.5 }, /bodyFontSizePt: Use a body text size from 9 to 16/],
      [{ bodyFontSizePt: 17 }, /bodyFontSizePt/],
      [{ bodyFontSizePt: 11.25 }, /bodyFontSizePt: Use whole or half points/],
      [{ bodyFontSizePt: '12' }, /bodyFontSizePt/],
      [{ municipalYearStartMonth: 13 }, /municipalYearStartMonth: Give a month from 1/],
      [{ municipalYearStartMonth: 4.5 }, /municipalYearStartMonth/],
      [{ reportDeadlineDays: 61 }, /reportDeadlineDays: Give a number of days from 0 to 60/],
      [{ reportDeadlineDays: -1 }, /reportDeadlineDays/],
      [{ reportDeadlineBasis: 'school_days' }, /reportDeadlineBasis/],
      [{ minuteNumbering: 'financial_year' }, /minuteNumbering/],
      [{ authorName: 'x'.repeat(201) }, /authorName: Keep this under 200 characters/],
      [{ name: 'x'.repeat(201) }, /name: Keep this under 200/],
      [{ address: 'x'.repeat(1_001) }, /address: Keep this under 1,000 characters/],
      [{ logoAttachmentId: 999 }, /logoAttachmentId: there is no attachment with id 999/],
      [{ logoAttachmentId: pdf }, /logoAttachmentId: “Inspection report\.pdf” is not a PNG or JPEG image/],
      [{ logoAttachmentId: svg }, /logoAttachmentId: “crest\.svg” is not a PNG or JPEG/],
      [{ name: 'Fine', colour: '#000000' }, /Unrecognized|colour/i],
    ];
    for (const [input, message] of cases) {
      const result = await ws.attempt('settings/update', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.message, JSON.stringify(input)).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
