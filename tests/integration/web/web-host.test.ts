import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
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

/** Whether a TCP connection to the host's port on this address is accepted. */
function connects(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port: host.port, timeout: 2000 });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => { resolve(false); });
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
  it('listens on 127.0.0.1 only and prints a URL that carries the token', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
    expect(await connects('127.0.0.1')).toBe(true);
    // Linux routes all of 127/8 to loopback: a server on every address would answer 127.0.0.2 too.
    // Link-local IPv6 addresses need a zone to be reached at all, so they prove nothing.
    const interfaces = Object.values(os.networkInterfaces()).flat().flatMap((entry) => (entry && !entry.internal && !entry.address.startsWith('fe80') ? [entry.address] : []));
    const elsewhere = ['127.0.0.2', ...interfaces];
    for (const address of elsewhere) expect(await connects(address), address).toBe(false);
  });

  it('refuses pages and API calls without the token (401)', async () => {
    expect((await request('/')).status).toBe(401);
    expect((await request('/?token=wrong-token')).status).toBe(401);
    expect((await invokeCall('app/info', {}, {})).status).toBe(401);
    expect((await invokeCall('app/info', {}, { Authorization: 'Bearer nearly-right' })).status).toBe(401);
    expect((await invokeCall('app/info', {}, { Authorization: `Bearer ${TOKEN.slice(0, -1)}X` })).status).toBe(401);
    expect((await invokeCall('app/info', {}, { Cookie: 'spb_token=wrong-token' })).status).toBe(401);
    expect((await request('/', { headers: { Cookie: `spb_token=${TOKEN}x` } })).status).toBe(401);
    expect((await request('/api/events')).status).toBe(401);
  });

  it('refuses a foreign Host header even with the token (403), for pages and API calls', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1', `127.0.0.1.evil.example:${host.port}`]) {
      const reply = await request(`/?token=${TOKEN}`, { headers: { Host: hostHeader } });
      expect(reply.status, hostHeader).toBe(403);
      const call = await invokeCall('people/list', {}, { ...bearer, Host: hostHeader });
      expect(call.status, hostHeader).toBe(403);
      expect(call.body).not.toContain('fullName');
    }
  });

  it('refuses API calls from a foreign Origin even with the right token (403), and writes nothing', async () => {
    const before = JSON.parse((await invokeCall('people/list', {})).body) as { value: unknown[] };
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`, `http://localhost.evil.example:${host.port}`]) {
      const reply = await invokeCall('people/create', { fullName: 'Planted by another site' }, { ...bearer, Origin: origin });
      expect(reply.status, origin).toBe(403);
      const withCookie = await invokeCall('people/create', { fullName: 'Planted by another site' }, { Cookie: `spb_token=${TOKEN}`, Origin: origin });
      expect(withCookie.status, origin).toBe(403);
    }
    const after = JSON.parse((await invokeCall('people/list', {})).body) as { value: unknown[] };
    expect(after.value).toEqual(before.value);
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

  it('takes a file as large as the desktop app does, and refuses a larger request saying what to do', async () => {
    // 45 MB: over what the host used to take (40 MB of request), well under the 100 MB attachment limit.
    const large = Buffer.alloc(45_000_000, 'Minutes of the meeting. ');
    const added = JSON.parse((await invokeCall('attachments/add', { fileName: 'large-appendix.txt', dataBase64: large.toString('base64') })).body) as { ok: boolean; value?: { size: number } };
    expect(added).toMatchObject({ ok: true, value: { size: 45_000_000 } });

    const tooLarge = await request('/api/invoke', { method: 'POST', headers: { ...bearer, 'Content-Type': 'application/json' }, body: 'x'.repeat(136 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/files over 100 MB cannot be attached or imported\. Compress the file, or split it/) as string } });
  }, 60_000);

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
