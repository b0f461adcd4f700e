// The parser behind the real readers: the seeds as text, and as PDF and Word
// files made by LibreOffice (straight from the text, and from a styled page
// with real headings, tables and numbered lists), must give what the seed
// text gives: the same five judgements and the same twelve recommendations.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInspection } from '../../../electron/core/import/parser/index';
import { readSourceText } from '../../../electron/core/import/readers/index';
import type { ParsedInspection } from '../../../shared/api/methods/imports';
import { SEEDS, convert, copySeeds } from './reader-fixtures';
import { hasSeeds } from '../../helpers/seeds';
import { importJson, type ImportJson } from '../../../electron/cli/import-commands';

const SIF = 'ofsted-sif-2017-manchester.txt';
const BOARD = 'board-report-for-resolution-2018.txt';

/** What the CLI prints for a report, less its warnings (which differ by format: page breaks, furniture). */
function summary(parsed: ParsedInspection): Omit<ImportJson, 'warnings'> {
  const found: Partial<ImportJson> = importJson(parsed);
  delete found.warnings;
  return found as Omit<ImportJson, 'warnings'>;
}

let dir = '';
const files = new Map<string, Uint8Array>();

beforeAll(async () => {
  if (!hasSeeds) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'spb-parse-seeds-'));
  const { text, html } = copySeeds(dir, [SIF, BOARD]);
  for (const [kind, converted] of [
    ['pdf', await convert(text, dir, 'pdf')],
    ['docx', await convert(text, dir, 'docx')],
    ['styled.docx', await convert(html, dir, 'docx', { isHtml: true })],
    ['styled.pdf', await convert(html, dir, 'pdf', { isHtml: true })],
  ] as const) {
    for (const [name, bytes] of converted) files.set(`${path.parse(name).name.replace(/-styled$/, '')}.${kind}`, bytes);
  }
}, 180_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** The seed text through the text reader: what every other format must match. */
async function expected(): Promise<ReturnType<typeof summary>> {
  return summary(parseInspection(await readSourceText(new Uint8Array(readFileSync(path.join(SEEDS, SIF))), SIF)));
}

describe.skipIf(!hasSeeds)('the seeds through the readers and the parser', () => {
  it('the SIF seed as text gives its twelve recommendations and five judgements', async () => {
    const text = await expected();
    expect(text.recommendations).toHaveLength(12);
    expect(text.judgements.map((judgement) => judgement.ref)).toEqual(['1', '2', '2.1', '2.2', '3']);
    expect(text.overall).toBe('requires_improvement');
  });

  for (const kind of ['pdf', 'docx', 'styled.pdf', 'styled.docx']) {
    for (const seedName of [SIF, BOARD]) {
      const name = `${path.parse(seedName).name}.${kind}`;
      it(`${name} gives what the SIF seed text gives, each recommendation from the line it starts on`, async () => {
        const bytes = files.get(name);
        if (bytes === undefined) throw new Error(`${name} was not made`);
        const source = await readSourceText(bytes, name);
        const parsed = parseInspection(source);
        expect(summary(parsed)).toEqual(await expected());
        for (const recommendation of parsed.recommendations) {
          const line = source.lines.find((candidate) => candidate.page === recommendation.source?.page && candidate.line === recommendation.source.line);
          expect(recommendation.text.startsWith(line?.text ?? '(no line)')).toBe(true);
        }
        for (const warning of parsed.warnings) expect(warning).toMatch(/^Recommendation \d+ runs across a page break/);
      });
    }
  }
});
