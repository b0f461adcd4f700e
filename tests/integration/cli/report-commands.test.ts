// draft-progress-report on the demo workspace, through the built CLI as a
// script or a person would run it: the new report's id alone on the first
// line, then what was drafted and where it went; mistakes in one line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../shared/api/methods/documents';
import type { MeetingDetail, MeetingSummary } from '../../../shared/api/methods/meetings';
import type { ProgressReportDraft } from '../../../shared/api/methods/progress-reports';
import { makeTempDir } from '../../helpers/temp';

const root = path.resolve(import.meta.dirname, '../../..');
const userData = makeTempDir('report-cli');
const workspace = path.join(userData, 'demo.scrutiny');
let july: MeetingDetail;
let december: MeetingDetail;

/** Runs the built CLI the way `npm run cli` does, on the demo workspace. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'out/main/cli.js'), ...args, '--workspace', workspace], {
    encoding: 'utf8',
    env: { ...process.env, SCRUTINY_USER_DATA: userData },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function callJson(method: string, input: unknown): unknown {
  const { code, stdout, stderr } = cli('call', method, JSON.stringify(input));
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout);
}

const progressItem = (meeting: MeetingDetail) => meeting.agendaItems.find((item) => item.title === 'Improvement plan: progress report');

beforeAll(() => {
  const made = spawnSync(process.execPath, [path.join(root, 'out/main/cli.js'), 'demo', '--workspace', workspace], { encoding: 'utf8', env: { ...process.env, SCRUTINY_USER_DATA: userData } });
  if (made.status !== 0) throw new Error(made.stderr);
  const meetings = callJson('meetings/list', {}) as MeetingSummary[];
  [july, december] = meetings.map((meeting) => callJson('meetings/get', { id: meeting.id })) as [MeetingDetail, MeetingDetail];
}, 60_000);
afterAll(() => { fs.rmSync(userData, { recursive: true, force: true }); });

describe('draft-progress-report', () => {
  it('drafts the report onto an agenda item and prints its id alone on the first line, then what it did', () => {
    const item = progressItem(december);
    const { code, stdout, stderr } = cli('draft-progress-report', '--plan', '1', '--meeting', String(december.id), '--item', String(item?.id ?? 0));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [first, ...rest] = stdout.trim().split('\n');
    expect(first).toMatch(/^\d+$/);
    const document = callJson('documents/get', { id: Number(first) }) as Document;
    expect(document).toMatchObject({ kind: 'report', status: 'draft', actionPlanId: 1, title: 'Children’s Services Improvement Plan 2025–2027: progress report, December 2026' });
    expect(rest).toEqual([
      `Drafted “${document.title}” for Improvement Subgroup on Tuesday, 1 December 2026.`,
      expect.stringMatching(/^It covers progress after 3 July 2026 up to \d+ \w+ 2026: \d+ progress updates in 13 sections \(10 on the plan’s entries\)\.$/),
      expect.stringMatching(/^Appendix: “Appendix 1: Children’s Services Improvement Plan 2025–2027” \(document \d+\)\.$/),
      'Added to item 4 (“Improvement plan: progress report”): the report; the item already carries the appendix.',
      'The report is a draft: open it in the app to rewrite it before the pack is issued.',
    ]);
    const papers = (callJson('meetings/get', { id: december.id }) as MeetingDetail).agendaItems.find((candidate) => candidate.id === item?.id)?.papers ?? [];
    expect(papers.map((paper) => paper.documentId)).toContain(document.id);
  });

  it('gives the whole draft as JSON with --json, and takes the start of the period with --since', () => {
    const { code, stdout } = cli('draft-progress-report', '--plan', '1', '--meeting', String(december.id), '--since', '2026-09-01', '--json');
    expect(code).toBe(0);
    const draft = JSON.parse(stdout) as ProgressReportDraft;
    expect(draft).toMatchObject({ since: '2026-09-01', paperIds: [], document: { kind: 'report' }, appendix: { kind: 'action_plan' } });
    expect(draft.sections.map((section) => section.key)).toEqual(expect.arrayContaining(['introduction', 'structure', 'conclusion']));
  });

  it('says in one line what is missing or wrong', () => {
    expect(cli('draft-progress-report', '--meeting', String(december.id))).toMatchObject({ code: 2, stderr: expect.stringMatching(/^scrutiny-pack: draft-progress-report needs --plan ID \(list-plans shows the plans\)\n$/) as string });
    expect(cli('draft-progress-report', '--plan', 'first', '--meeting', String(december.id))).toMatchObject({ code: 2, stderr: 'scrutiny-pack: --plan must be a number, not "first"\n' });
    const elsewhere = cli('draft-progress-report', '--plan', '1', '--meeting', String(december.id), '--item', String(progressItem(july)?.id ?? 0));
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toBe('');
    expect(elsewhere.stderr).toMatch(/^scrutiny-pack: agendaItemId: “Improvement plan: progress report” is on the agenda of the meeting of 14 July 2026, not of the meeting of 1 December 2026\./);
    expect(elsewhere.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli('draft-progress-report', '--plan', '1', '--meeting', String(december.id), '--since', '1 July 2026')).toMatchObject({ code: 1, stderr: expect.stringContaining('Give a date as YYYY-MM-DD') as string });
  });
});
