import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { silentLogger } from '../../../electron/core/logger';
import { openStartupWorkspace } from '../../../electron/core/workspace/startup';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { makeTempDir } from '../../helpers/temp';

const TOKEN = 'test-token-abcdefghijklmnopqrstuvwxyz';
let dir: string;
let ctx: CoreContext;
let host: WebHost;

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A raw request, so the Host header can be set as an attacker would. */
function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }); });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const bearer = { Authorization: `Bearer ${TOKEN}` };
const invokeCall = (method: string, input: unknown, headers: Record<string, string> = bearer) =>
  request('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ method, input }) });

beforeAll(async () => {
  dir = makeTempDir('web-host');
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Scrutiny Pack Builder</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  let running: WebHost | null = null;
  ctx = createCoreContext({ door: 'web', userDataDir: path.join(dir, 'user-data'), log: silentLogger, emit: (event) => running?.broadcast(event) });
  await openStartupWorkspace(ctx, { kind: 'demo' });
  running = await startWebHost({ ctx, rendererDir, token: TOKEN });
  host = running;
});

afterAll(async () => {
  await host.close();
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('refuses pages and API calls without the token (401)', async () => {
    expect((await request('/')).status).toBe(401);
    expect((await request('/?token=wrong-token')).status).toBe(401);
    expect((await invokeCall('app/info', {}, {})).status).toBe(401);
    expect((await invokeCall('app/info', {}, { Authorization: 'Bearer nearly-right' })).status).toBe(401);
    expect((await request('/api/events')).status).toBe(401);
  });

  it('refuses a foreign Host header even with the token (403)', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      const reply = await request(`/?token=${TOKEN}`, { headers: { Host: hostHeader } });
      expect(reply.status, hostHeader).toBe(403);
    }
  });

  it('trades the token in the address for a cookie and serves the app with a strict CSP', async () => {
    const first = await request(`/?token=${TOKEN}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const page = await request('/', { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Scrutiny Pack Builder');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the API through the same validation as every door', async () => {
    const info = JSON.parse((await invokeCall('app/info', {})).body) as unknown;
    expect(info).toMatchObject({ ok: true, value: { door: 'web' } });
    const invalid = JSON.parse((await invokeCall('workspace/open', { path: 42 })).body) as unknown;
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = JSON.parse((await invokeCall('nothing/here', {})).body) as unknown;
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses cross-origin posts, non-JSON posts and broken JSON', async () => {
    expect((await invokeCall('app/info', {}, { ...bearer, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await request('/api/invoke', { method: 'POST', headers: { ...bearer, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    const broken = await request('/api/invoke', { method: 'POST', headers: { ...bearer, 'Content-Type': 'application/json' }, body: '{"method":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('never serves files outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const reply = await request(attempt, { headers: bearer });
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('streams progress events to the page while a copy is saved', async () => {
    const events: string[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { Host: `127.0.0.1:${host.port}`, ...bearer } }, resolve).on('error', reject);
    });
    expect(stream.headers['content-type']).toContain('text/event-stream');
    stream.on('data', (chunk: Buffer) => events.push(chunk.toString('utf8')));
    const saved = JSON.parse((await invokeCall('workspace/saveCopy', { path: path.join(dir, 'copy.scrutiny') })).body) as unknown;
    expect(saved).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stream.destroy();
    const frames = events.join('').split('\n\n').filter((frame) => frame.startsWith('data: '));
    const progress = frames.map((frame) => JSON.parse(frame.slice('data: '.length)) as { type: string; isFinished?: boolean });
    expect(progress.some((event) => event.type === 'progress' && event.isFinished)).toBe(true);
  });
});
