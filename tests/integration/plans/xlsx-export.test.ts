// The action table as an Excel workbook, read back two ways: its XML parts
// through jszip (header, rows, styles, no formulas), and through LibreOffice
// Calc, which must open it and show the same table as the CSV export.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateFromIso, formatDate } from '../../../shared/format/dates';
import { parseCsv } from '../../helpers/files';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

const run = promisify(execFile);
let ws: TestWorkspace;
let planId = 0;
let outDir = '';

const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const FORMULA = '=HYPERLINK("http://example.invalid","click me")';

beforeAll(async () => {
  ws = await openTestWorkspace('plan-xlsx', () => new Date('2026-03-10T10:00:00Z'));
  outDir = path.join(path.dirname(ws.file), 'out');
  const inspection = await ws.call('inspections/create', {
    framework: 'ILACS',
    title: 'Inspection of children’s services',
    recommendations: [{ number: 1, text: 'Improve the timeliness of assessments.' }, { number: 2, text: 'Strengthen supervision.' }],
  });
  const plan = await ws.call('actionPlans/create', { title: 'Plan [draft]: children/families? *2026* and a long title', inspectionId: inspection.id, startDate: '2025-09-01' });
  planId = plan.id;
  const [first, second] = plan.entries;
  if (!first || !second) throw new Error('expected two entries');
  const template = await ws.call('actions/create', { entryId: first.id, description: 'Introduce a revised assessment template', owner: 'Laura Pennick', timescaleLabel: 'December 2025' });
  await ws.call('progress/add', { actionId: template.id, updateDate: '2026-01-15', note: note('Live since 1 December, after training.'), rag: 'green', status: 'complete' });
  const risky = await ws.call('actions/create', { entryId: first.id, description: FORMULA, owner: '@owner', dueDate: '2026-02-28' });
  await ws.call('progress/add', { actionId: risky.id, updateDate: '2026-02-01', note: note('+44 7700 900123 called; -5% against target.'), rag: 'red', status: 'in_progress' });
  await ws.call('actions/create', { entryId: second.id, description: 'Weekly huddles,\nin every team', timescaleLabel: 'Ongoing' });
  const partnerships = await ws.call('planEntries/create', { planId: plan.id, heading: 'Partnerships' });
  await ws.call('actions/create', { entryId: partnerships.id, description: 'Agree a “joint” protocol & share it', owner: 'Designated Nurse', timescaleLabel: 'June 2026', status: 'on_hold' });
});
afterAll(() => { ws.close(); });

/** The text of each shared string, XML entities decoded. */
function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((text) => decode(text[1] ?? '')).join(''),
  );
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

type SheetCell = { ref: string; style: number; value: string | number };

/** Each row's cells: shared strings resolved, numbers as numbers. */
function sheetRows(xml: string, strings: readonly string[]): SheetCell[][] {
  return [...xml.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((cell) => {
      const attributes = cell[2] ?? '';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(cell[3] ?? '')?.[1] ?? '';
      const style = Number(/ s="(\d+)"/.exec(attributes)?.[1] ?? 0);
      return { ref: cell[1] ?? '', style, value: / t="s"/.test(attributes) ? (strings[Number(raw)] ?? '') : Number(raw) };
    }),
  );
}

async function exportBoth() {
  const xlsx = await ws.call('actionPlans/exportXlsx', { id: planId, asAt: '2026-03-10', outDir });
  const csv = await ws.call('actionPlans/exportCsv', { id: planId, asAt: '2026-03-10', outDir });
  return { xlsx, csv };
}

describe('exporting the action table to Excel', () => {
  it('writes a workbook with a bold, frozen header row, set widths, the CSV’s columns and one row per action', async () => {
    const { xlsx } = await exportBoth();
    expect(path.basename(xlsx.path)).toMatch(/-as-at-2026-03-10\.xlsx$/);
    const bytes = fs.readFileSync(xlsx.path);
    expect(xlsx.size).toBe(bytes.length);
    const zip = await JSZip.loadAsync(bytes);
    const part = async (name: string) => {
      const file = zip.file(name);
      if (file === null) throw new Error(`the workbook has no ${name}`);
      return file.async('string');
    };
    const [workbook, sheet, styles, strings] = await Promise.all([part('xl/workbook.xml'), part('xl/worksheets/sheet1.xml'), part('xl/styles.xml'), part('xl/sharedStrings.xml')]);

    const sheetName = /<sheet [^>]*name="([^"]*)"/.exec(workbook)?.[1] ?? '';
    expect(sheetName).toBe('Plan draft children families 20');
    expect(sheetName.length).toBeLessThanOrEqual(31);

    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect([...sheet.matchAll(/<col [^>]*width="(\d+)"/g)].map((match) => Number(match[1]))).toEqual([40, 24, 48, 24, 18, 18, 12, 8, 9, 18, 60]);
    expect(sheet).not.toMatch(/<f[ >]/);

    const rows = sheetRows(sheet, sharedStrings(strings));
    expect(rows).toHaveLength(xlsx.rowCount + 1);
    expect(xlsx.rowCount).toBe(4);
    const [header, template, risky, huddles, protocol] = rows;
    expect(header?.map((cell) => cell.value)).toEqual(['Recommendation', 'Plan entry', 'Action', 'Owner', 'Timescale', 'Due date', 'Status', 'RAG', 'Overdue', 'Latest update', 'Latest progress']);

    // The header's style uses a bold font; a body cell's does not.
    const fonts = [...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>/g)].map((match) => match[1] ?? '');
    const formats = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf([^>]*)>/g)].map((match) => match[1] ?? '');
    const isBold = (style: number) => fonts[Number(/fontId="(\d+)"/.exec(formats[style] ?? '')?.[1] ?? 0)]?.includes('<b/>') === true;
    expect(header?.every((cell) => isBold(cell.style))).toBe(true);
    expect(template?.some((cell) => isBold(cell.style))).toBe(false);

    // Dates are real dates (days since 1900) shown as "31 December 2025".
    const due = template?.find((cell) => cell.ref === 'F2');
    expect(due?.value).toBe(46022);
    const numberFormat = /numFmtId="(\d+)"/.exec(formats[due?.style ?? 0] ?? '')?.[1];
    expect(styles).toContain(`<numFmt numFmtId="${numberFormat ?? 'none'}" formatCode="d mmmm yyyy"/>`);

    expect(template?.map((cell) => cell.value)).toEqual([
      '1. Improve the timeliness of assessments.', 'Recommendation 1', 'Introduce a revised assessment template', 'Laura Pennick', 'December 2025',
      46022, 'Complete', 'Green', 'No', 46037, 'Live since 1 December, after training.',
    ]);
    // Text that looks like a formula stays text, exactly as typed: no apostrophe, no <f>.
    expect(risky?.map((cell) => cell.value)).toEqual([
      '1. Improve the timeliness of assessments.', 'Recommendation 1', FORMULA, '@owner', 46081, 'In progress', 'Red', 'Yes', 46054, '+44 7700 900123 called; -5% against target.',
    ]);
    expect(huddles?.map((cell) => cell.ref)).toEqual(['A4', 'B4', 'C4', 'E4', 'G4', 'I4']);
    expect(protocol?.map((cell) => cell.value)).toEqual(['Partnerships', 'Agree a “joint” protocol & share it', 'Designated Nurse', 'June 2026', 46203, 'On hold', 'No']);
  });

  it('opens in LibreOffice Calc and shows the same table as the CSV export, dates in words', async () => {
    const { xlsx, csv } = await exportBoth();
    const converted = path.join(path.dirname(ws.file), 'converted');
    const profile = `-env:UserInstallation=file://${path.join(path.dirname(ws.file), 'lo-profile')}`;
    // UTF-8, cells as shown (so dates read as the sheet shows them).
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true';
    try {
      await run('libreoffice', [profile, '--headless', '--convert-to', filter, '--outdir', converted, xlsx.path], { timeout: 50_000 });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') throw new Error('This test opens the workbook with LibreOffice Calc: run `sudo apt-get install libreoffice-calc-nogui`.', { cause: error });
      throw error;
    }
    const shown = parseCsv(fs.readFileSync(path.join(converted, path.basename(xlsx.path).replace(/\.xlsx$/, '.csv')), 'utf8'));
    const exported = parseCsv(fs.readFileSync(csv.path, 'utf8').slice(1));
    const dateColumns = new Set([5, 9]);
    const expected = exported.map((row, rowIndex) =>
      row.map((cell, column) => {
        if (rowIndex > 0 && dateColumns.has(column) && cell !== '') return formatDate(dateFromIso(cell));
        // The CSV guards formula-like text with an apostrophe; the workbook stores it as text instead.
        return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
      }),
    );
    expect(shown).toEqual(expected);
    expect(shown[2]?.[2]).toBe(FORMULA);
    expect(shown[1]?.[5]).toBe('31 December 2025');
  }, 60_000);

  it('replaces an earlier export in one step, leaving no stray files, and says what is wrong with a bad folder or plan', async () => {
    const first = await ws.call('actionPlans/exportXlsx', { id: planId, outDir });
    await ws.call('actions/create', { entryId: (await ws.call('actionPlans/get', { id: planId })).entries[0]?.id ?? 0, description: 'One more action' });
    const again = await ws.call('actionPlans/exportXlsx', { id: planId, outDir });
    expect(again.path).toBe(first.path);
    expect(again.rowCount).toBe(first.rowCount + 1);
    expect(fs.readdirSync(outDir).filter((name) => !/\.(csv|xlsx)$/.test(name))).toEqual([]);

    const notAFolder = path.join(outDir, 'not-a-folder');
    fs.writeFileSync(notAFolder, 'x');
    expect(await ws.attempt('actionPlans/exportXlsx', { id: planId, outDir: notAFolder })).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/is a file, not a folder/) as string } });
    expect(await ws.attempt('actionPlans/exportXlsx', { id: 9_999, outDir })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/no action plan with id 9999/) as string } });
  });
});
