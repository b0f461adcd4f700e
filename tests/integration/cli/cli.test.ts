import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp';

const root = path.resolve(import.meta.dirname, '../../..');
const userData = makeTempDir('cli');
afterAll(() => { fs.rmSync(userData, { recursive: true, force: true }); });

/** Runs the built CLI the way `npm run cli` does, with its own user data folder. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'out/main/cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SCRUTINY_USER_DATA: userData },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command line', () => {
  it('lists its commands with --help and exits 0', () => {
    const { code, stdout, stderr } = cli('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const command of ['info', 'status', 'create FILE', 'copy DEST', 'recent', 'methods', 'call METHOD']) expect(stdout).toContain(command);
  });

  it('fails an unknown command with a one-line message naming it and a non-zero code', () => {
    const { code, stdout, stderr } = cli('frobnicate');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  it('fails an unknown option in one line too', () => {
    const { code, stderr } = cli('status', '--colour');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining("Unknown option '--colour'")]);
  });

  it('reports a missing workspace file in one line with exit code 1', () => {
    const { code, stderr } = cli('status', '--workspace', path.join(userData, 'nowhere.scrutiny'));
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^scrutiny-pack: No workspace file at .*nowhere\.scrutiny/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('creates the demo workspace on first use and describes it', () => {
    const { code, stdout } = cli('status', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ isOpen: true, isDemo: true, fileName: 'Demo workspace.scrutiny', path: path.join(userData, 'Demo workspace.scrutiny') });
  });

  it('calls any API method through the same validation', () => {
    const ok = cli('call', 'app/info');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ door: 'cli' });
    const bad = cli('call', 'workspace/open', '{"path":7}');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Invalid input for workspace/open');
  });

  it('creates and copies workspaces, refusing to overwrite unless told', () => {
    const file = path.join(userData, 'Ofsted subgroup.scrutiny');
    expect(cli('create', file).code).toBe(0);
    expect(cli('create', file)).toMatchObject({ code: 1 });
    const copy = path.join(userData, 'copy.scrutiny');
    expect(cli('copy', copy, '--workspace', file).code).toBe(0);
    expect(cli('copy', copy, '--workspace', file).code).toBe(1);
    expect(cli('copy', copy, '--workspace', file, '--overwrite').code).toBe(0);
  });

  it('runs through the bin entry even when started by an older system Node', () => {
    const result = spawnSync('/usr/bin/node', [path.join(root, 'bin/scrutiny-pack.cjs'), '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('writes the demo workspace to a named file, then reports on it, lists its meetings and searches it', () => {
    const file = path.join(userData, 'demo-copy.scrutiny');
    const made = cli('demo', '--workspace', file, '--json');
    expect(made.code, made.stderr).toBe(0);
    const info = JSON.parse(cli('workspace-info', '--workspace', file, '--json').stdout) as { integrity: string; journalMode: string; counts: Record<string, number> };
    expect(info).toMatchObject({ integrity: 'ok', journalMode: 'wal' });
    expect(info.counts.meetings).toBe(2);
    expect(info.counts.progressUpdates).toBeGreaterThan(40);

    expect(cli('demo', '--workspace', file)).toMatchObject({ code: 1, stderr: expect.stringContaining('--overwrite') as string });
    expect(cli('demo')).toMatchObject({ code: 2, stderr: expect.stringContaining('demo needs --workspace FILE') as string });

    const meetings = cli('list-meetings', '--workspace', file);
    expect(meetings.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^#\d+ +Tuesday, 14 July 2026, 10\.00 am +held +Improvement Subgroup \(5 agenda items\)$/),
      expect.stringMatching(/Tuesday, 1 December 2026, 10\.00 am +issued/),
    ]);
    expect(cli('list-meetings', 'x', '--workspace', file)).toMatchObject({ code: 2 });

    const found = cli('search', 'return', 'home', 'interviews', '--workspace', file);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('[return] [home] [interviews]');
    expect(cli('search', 'zzyzx', '--workspace', file).stdout.trim()).toBe('Nothing found for "zzyzx".');
  });
});
