// files/open: a UI may open only what the engine wrote this session, and only
// through the door's own opener (the desktop shell); never an arbitrary path.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import type { PackBuildResult } from '../../../shared/api/methods/packs';
import { makeTempDir } from '../../helpers/temp';

const dir = makeTempDir('files-open');
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

describe('opening a file the app wrote', () => {
  it('opens a pack file just built, and refuses any other path', async () => {
    const opened: [string, string][] = [];
    const ctx = createCoreContext({
      door: 'electron',
      userDataDir: path.join(dir, 'user-data'),
      log: silentLogger,
      openFile: (file, action) => { opened.push([file, action]); return Promise.resolve(); },
    });
    await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
    const built = await invoke(ctx, 'packs/build', { meetingId: 'latest', edition: 'public', format: 'pdf', outDir: path.join(dir, 'out') });
    if (!built.ok) throw new Error(built.error.message);
    const file = (built.value as PackBuildResult).files[0]?.path ?? '';

    expect(await invoke(ctx, 'files/open', { path: file, action: 'showInFolder' })).toEqual({ ok: true, value: { path: file } });
    expect(opened).toEqual([[file, 'showInFolder']]);
    const elsewhere = await invoke(ctx, 'files/open', { path: path.join(dir, 'demo.scrutiny'), action: 'open' });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'conflict' } });
    fs.rmSync(file);
    expect(await invoke(ctx, 'files/open', { path: file, action: 'open' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(opened).toHaveLength(1);
    ctx.workspace.close();
  }, 60_000);

  it('says the desktop app is needed when the door cannot open files', async () => {
    const ctx = createCoreContext({ door: 'web', userDataDir: path.join(dir, 'user-data-web'), log: silentLogger });
    await createDemoWorkspace(ctx, path.join(dir, 'web.scrutiny'));
    const built = await invoke(ctx, 'packs/build', { meetingId: 'latest', edition: 'public', format: 'pdf', outDir: path.join(dir, 'web-out') });
    if (!built.ok) throw new Error(built.error.message);
    const result = await invoke(ctx, 'files/open', { path: (built.value as PackBuildResult).files[0]?.path ?? '', action: 'open' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/needs the desktop app/) as string } });
    ctx.workspace.close();
  }, 60_000);
});
