// timetable through the built CLI, on a workspace set up with `call` as a
// script would. The clock is the real one, so the meeting is one long past:
// its dates and checks no longer depend on the day the test runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingTimetable } from '../../../shared/api/methods/calendar';
import { makeTempDir } from '../../helpers/temp';

const root = path.resolve(import.meta.dirname, '../../..');
const userData = makeTempDir('calendar-cli');
const workspace = path.join(userData, 'timetable.scrutiny');

/** Runs the built CLI the way `npm run cli` does, on the test's workspace. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'out/main/cli.js'), ...args, '--workspace', workspace], {
    encoding: 'utf8',
    env: { ...process.env, SCRUTINY_USER_DATA: userData },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function call(method: string, input: unknown): unknown {
  const { code, stdout, stderr } = cli('call', method, JSON.stringify(input));
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout);
}

beforeAll(() => {
  const made = spawnSync(process.execPath, [path.join(root, 'out/main/cli.js'), 'create', workspace], { encoding: 'utf8', env: { ...process.env, SCRUTINY_USER_DATA: userData } });
  if (made.status !== 0) throw new Error(made.stderr);
  call('committees/create', { name: 'Executive', minutePrefix: 'EXE', isExecutive: true });
  call('meetings/create', { committeeId: 1, meetingDate: '2018-10-02' });
  call('agendaItems/create', { meetingId: 1, title: 'Children’s home contract', isExempt: true, exemptGround: 'Paragraph 3' });
}, 60_000);
afterAll(() => { fs.rmSync(userData, { recursive: true, force: true }); });

describe('timetable', () => {
  it('prints the meeting’s dates in words, then each check with its level', () => {
    const { code, stdout, stderr } = cli('timetable', '--meeting', '1');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [dates, checks] = stdout.trimEnd().split('\n\nChecks:\n');
    expect(dates?.split('\n')).toEqual([
      'Meeting:           Executive, Tuesday, 2 October 2018 (draft)',
      'Report deadline:   Friday, 21 September 2018',
      'Publish agenda by: Monday, 24 September 2018',
      'Agenda issued:     not yet',
      'Private notice by: Monday, 3 September 2018',
    ]);
    const lines = checks?.split('\n') ?? [];
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}Warning {2}The meeting date, Tuesday, 2 October 2018, is in the past/),
      '  OK       Reports are due by Friday, 21 September 2018.',
      expect.stringMatching(/^ {2}Missed {3}The agenda had to be published by Monday, 24 September 2018 \(five clear working days before the meeting\) and has not been issued\./),
      expect.stringMatching(/^ {2}Warning {2}Notice of the intention to hold part of the meeting in private .* had to be published by Monday, 3 September 2018/),
    ]);
  });

  it('gives with --json exactly what the API gives', () => {
    const { code, stdout } = cli('timetable', '--meeting', '1', '--json');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as MeetingTimetable;
    expect(printed).toEqual(call('calendar/meetingTimetable', { meetingId: 1 }));
    expect(printed).toMatchObject({ meetingDate: '2018-10-02', reportDeadline: '2018-09-21', agendaPublishBy: '2018-09-24', privateNoticeBy: '2018-09-03', level: 'missed' });
  });

  it('explains a missing or mistyped meeting in one line', () => {
    const missing = cli('timetable');
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('scrutiny-pack: timetable needs --meeting ID (list-meetings shows the ids)');
    const mistyped = cli('timetable', '--meeting', 'next');
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr.trim()).toBe('scrutiny-pack: --meeting must be a meeting\'s number, not "next"');
    const unknown = cli('timetable', '--meeting', '99');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('scrutiny-pack: There is no meeting with id 99. It may have been deleted; reload and try again.');
    expect(cli('--help').stdout).toContain('timetable --meeting ID');
  });
});
