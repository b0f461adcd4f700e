import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../electron/core/static-files';
import { makeTempDir } from '../../helpers/temp';

const parent = makeTempDir('static');
const root = path.join(parent, 'renderer');
fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
fs.writeFileSync(path.join(parent, 'secret.txt'), 'secret');
afterAll(() => { fs.rmSync(parent, { recursive: true, force: true }); });

describe('serving the built renderer', () => {
  it('finds files with their media type and falls back to index.html for app routes', () => {
    expect(resolveStaticFile(root, '/assets/app.js')).toEqual({ file: path.join(root, 'assets', 'app.js'), mediaType: 'text/javascript; charset=utf-8' });
    expect(resolveStaticFile(root, '/')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/meetings')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
  });

  it('never serves a file outside its folder', () => {
    for (const attempt of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%00', '/%E0%A4%A']) {
      const found = resolveStaticFile(root, attempt);
      expect(found === null || found.file.startsWith(root)).toBe(true);
      expect(found?.file.endsWith('secret.txt') ?? false).toBe(false);
    }
  });
});
