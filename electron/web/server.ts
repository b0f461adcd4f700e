import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ATTACHMENT_MAX_BYTES } from '../../shared/api/methods/attachments';
import type { AppEvent } from '../../shared/api/types';
import { formatFileSize } from '../../shared/format/sizes';
import { invoke } from '../core/api';
import type { CoreContext } from '../core/context';
import { SECURITY_HEADERS, TOKEN_COOKIE, isAllowedHost, isAllowedOrigin, presentedToken, tokensMatch } from './security';
import { resolveStaticFile } from '../core/static-files';

// Room for the largest file the engine takes (an attachment, a report to import) sent as base64,
// a third larger, with the rest of the call: the browser host takes what the desktop app takes.
const MAX_BODY_BYTES = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 1024 * 1024;
const LOOPBACK = '127.0.0.1';
// Node's default (511) drops the connections of a larger burst, which the client
// then retries a second later; the system's own limit (somaxconn) still applies.
const LISTEN_BACKLOG = 4096;

export type WebHost = {
  url: string;
  port: number;
  /** Sends an event to every open page (progress, workspace changes). */
  broadcast: (event: AppEvent) => void;
  close: () => Promise<void>;
};

type WebHostOptions = {
  ctx: CoreContext;
  rendererDir: string;
  token: string;
  port?: number;
};

/**
 * The browser host: the built renderer and the API on 127.0.0.1 only. Every
 * request must carry the per-run token (query, cookie or bearer header) and
 * name our own host; anything else is refused before it reaches a handler.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const rendererDir = path.resolve(options.rendererDir);
  const subscribers = new Set<ServerResponse>();
  let port = options.port ?? 0;

  const server = http.createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      options.ctx.log.error('Web host request failed', error);
      if (!response.headersSent) sendText(response, 500, 'Internal error. The details are in the log.');
      else response.destroy();
    });
  });

  async function handleRequest(request: IncomingMessage, response: ServerResponse) {
    if (!isAllowedHost(request.headers.host, port)) {
      sendText(response, 403, 'Forbidden: this server answers only to 127.0.0.1 and localhost.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${LOOPBACK}:${port}`);
    if (!tokensMatch(presentedToken(request, url), options.token)) {
      sendText(response, 401, 'Unauthorised: open the address printed by "npm run web"; it carries the access token.');
      return;
    }
    if (url.searchParams.has('token') && request.method === 'GET') {
      // Trade the token in the address for a cookie, and take it out of the address bar.
      url.searchParams.delete('token');
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(options.token)}; Path=/; HttpOnly; SameSite=Strict`,
        Location: `${url.pathname}${url.search}`,
      });
      response.end();
      return;
    }
    if (url.pathname === '/api/invoke') {
      await handleInvoke(request, response);
      return;
    }
    if (url.pathname === '/api/events') {
      handleEvents(request, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed.');
      return;
    }
    serveStatic(request, response, url.pathname);
  }

  async function handleInvoke(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'POST') {
      sendText(response, 405, 'Use POST for /api/invoke.');
      return;
    }
    if (!isAllowedOrigin(request.headers.origin, port)) {
      sendText(response, 403, 'Forbidden: requests from other origins are refused.');
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendText(response, 415, 'Send the request as application/json.');
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      const message = `The request is larger than the browser host takes (${formatFileSize(MAX_BODY_BYTES)}): files over ${formatFileSize(ATTACHMENT_MAX_BYTES)} cannot be attached or imported. Compress the file, or split it into smaller files.`;
      sendJson(response, 413, { ok: false, error: { code: 'invalid_input', message } });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'The request is not valid JSON.' } });
      return;
    }
    const { method, input } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { method?: unknown; input?: unknown };
    sendJson(response, 200, await invoke(options.ctx, method, input));
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse) {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    subscribers.add(response);
    request.on('close', () => subscribers.delete(response));
  }

  function serveStatic(request: IncomingMessage, response: ServerResponse, urlPath: string) {
    const found = resolveStaticFile(rendererDir, urlPath);
    if (!found) {
      sendText(response, 404, 'Not found.');
      return;
    }
    const isHtml = found.mediaType.startsWith('text/html');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': found.mediaType,
      'Cache-Control': isHtml ? 'no-store' : 'private, max-age=3600',
    });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(found.file).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: LOOPBACK, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/?token=${options.token}`,
    port,
    broadcast: (event) => {
      const frame = `data: ${JSON.stringify(event)}\n\n`;
      for (const subscriber of subscribers) subscriber.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const subscriber of subscribers) subscriber.end();
        server.close(() => { resolve(); });
        server.closeAllConnections();
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Answered at once; the rest is read and dropped, so the client gets the answer rather than a reset connection.
      chunks.length = 0;
      resolve(null);
    });
    request.on('end', () => { resolve(Buffer.concat(chunks).toString('utf8')); });
    request.on('error', reject);
  });
}

function sendText(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${text}\n`);
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(value));
}
