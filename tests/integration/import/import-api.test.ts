// The import through the API and the CLI, on real files: read a report (from
// a path and as bytes), save it as checked with its action plan, and refuse
// what is not a report without writing anything.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJson, inspectionFromImport } from '../../../electron/cli/import-commands';
import { readInspectionImport } from '../../../electron/core/services/inspection-import';
import type { InspectionImport } from '../../../shared/api/methods/imports';
import { makeTempDir } from '../../helpers/temp';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { convert, SEEDS } from './reader-fixtures';
import { hasSeeds } from '../../helpers/seeds';

const FIXTURES = path.resolve(import.meta.dirname, '../../unit/import/fixtures');
const dir = makeTempDir('import-api');
let ws: TestWorkspace;
let reportPdf = '';

beforeAll(async () => {
  ws = await openTestWorkspace('import-api');
  if (!hasSeeds) return;
  // The SIF seed as the PDF an officer would download (LibreOffice prints the text).
  const text = path.join(dir, 'sif-2017.txt');
  fs.copyFileSync(path.join(SEEDS, 'ofsted-sif-2017-manchester.txt'), text);
  await convert([text], dir, 'pdf');
  reportPdf = path.join(dir, 'sif-2017.pdf');
}, 120_000);

afterAll(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing an inspection report', () => {
  it.skipIf(!hasSeeds)('reads a PDF from a path, and the same report sent as bytes gives the same result', async () => {
    const fromPath = await ws.call('imports/readInspection', { path: reportPdf });
    expect(fromPath.format).toBe('pdf');
    expect(fromPath.parsed.framework.value).toBe('SIF');
    expect(fromPath.parsed.recommendations.map((recommendation) => recommendation.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(fromPath.parsed.judgements).toHaveLength(5);
    expect(fromPath.parsed.recommendations[0]?.source?.page).toBeGreaterThan(0);
    expect(fromPath.lines.length).toBeGreaterThan(20);
    const fromBytes = await ws.call('imports/readInspection', { fileName: 'report.pdf', dataBase64: fs.readFileSync(reportPdf).toString('base64') });
    expect(importJson(fromBytes.parsed)).toEqual(importJson(fromPath.parsed));
  }, 60_000);

  it.skipIf(!hasSeeds)('reports progress page by page while reading a PDF', async () => {
    const steps: [number, number][] = [];
    const found = await readInspectionImport({ path: reportPdf }, { step: (done, total) => steps.push([done, total]) });
    expect(steps.length).toBe(found.pageCount);
    expect(steps.at(-1)).toEqual([found.pageCount, found.pageCount]);
  }, 60_000);

  it.skipIf(!hasSeeds)('saves the checked inspection with the report attached and one plan entry per recommendation, all at once', async () => {
    const found: InspectionImport = await ws.call('imports/readInspection', { path: reportPdf });
    const inspection = { ...inspectionFromImport(found), title: 'Inspection of children’s services, 2017 (checked)' };
    const saved = await ws.call('imports/saveInspection', { file: { path: reportPdf }, inspection, createPlan: { title: 'Post-inspection action plan', owner: 'Director of Children’s Services' } });
    expect(saved.inspection.title).toBe('Inspection of children’s services, 2017 (checked)');
    expect(saved.inspection.judgements).toHaveLength(5);
    expect(saved.inspection.recommendations.map((recommendation) => recommendation.text)).toEqual(found.parsed.recommendations.map((recommendation) => recommendation.text));
    expect(saved.inspection.recommendations.every((recommendation) => recommendation.planEntryIds.length === 1)).toBe(true);
    const attachment = await ws.call('attachments/get', { id: saved.inspection.sourceAttachmentId ?? 0 });
    expect(attachment).toMatchObject({ fileName: 'sif-2017.pdf', mediaType: 'application/pdf' });
    const plan = await ws.call('actionPlans/get', { id: saved.planId ?? 0 });
    expect(plan.entries.length).toBe(found.parsed.recommendations.length);
  }, 60_000);

  it('refuses a file that is not an inspection report, an empty file and a missing one, writing nothing', async () => {
    const before = ws.snapshot();
    const letter = path.join(dir, 'letter.txt');
    fs.copyFileSync(path.join(FIXTURES, 'letter-not-a-report.txt'), letter);
    const notReport = await ws.attempt('imports/readInspection', { path: letter });
    expect(notReport).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/does not look like an Ofsted inspection report/) as string } });
    const empty = path.join(dir, 'empty.pdf');
    fs.writeFileSync(empty, '');
    expect(await ws.attempt('imports/readInspection', { path: empty })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/empty/) as string } });
    expect(await ws.attempt('imports/readInspection', { path: path.join(dir, 'missing.pdf') })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await ws.attempt('imports/saveInspection', { file: { path: path.join(dir, 'missing.pdf') }, inspection: { framework: 'ILACS', title: 'x' } });
    expect(bad.ok).toBe(false);
    expect(ws.snapshot()).toBe(before);
  }, 60_000);

  it.skipIf(!hasSeeds)('refuses, when reading, a report that saving could not keep: a PDF named as text, saying what to rename it to', async () => {
    const before = ws.snapshot();
    const misnamed = path.join(dir, 'sif-2017-report.txt');
    fs.copyFileSync(reportPdf, misnamed);
    for (const file of [{ path: misnamed }, { fileName: 'sif-2017-report.txt', dataBase64: fs.readFileSync(reportPdf).toString('base64') }]) {
      const read = await ws.attempt('imports/readInspection', file);
      expect(read).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!read.ok) {
        expect(read.error.message).toMatch(/^The report could be read, but it could not be kept with the inspection: sif-2017-report\.txt is not a plain text file \(it looks like a PDF file\)\. Rename it to end in \.pdf/);
      }
    }
    // Renamed as it says, the same report reads and saves.
    const renamed = path.join(dir, 'sif-2017-report.pdf');
    fs.renameSync(misnamed, renamed);
    const found: InspectionImport = await ws.call('imports/readInspection', { path: renamed });
    expect(found.parsed.recommendations).toHaveLength(12);
    expect(ws.snapshot()).toBe(before);
  }, 60_000);

  it.skipIf(!hasSeeds)('prints exactly the issue’s JSON shape from the command line', () => {
    const cli = path.resolve(import.meta.dirname, '../../../out/main/cli.js');
    const output = execFileSync(process.execPath, [cli, 'import-inspection', reportPdf, '--json'], { encoding: 'utf8', env: { ...process.env, SCRUTINY_USER_DATA: path.join(dir, 'cli-user') } });
    const json = JSON.parse(output) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['localAuthority', 'title', 'framework', 'inspectionStart', 'inspectionEnd', 'published', 'leadInspector', 'overall', 'judgements', 'recommendations', 'warnings']);
    expect(json.framework).toBe('SIF');
    expect(json.recommendations).toHaveLength(12);
    expect((json.judgements as { ref: string; area: string; grade: string }[])[0]).toEqual({ ref: expect.any(String) as string, area: expect.any(String) as string, grade: expect.any(String) as string });
  }, 60_000);
});
