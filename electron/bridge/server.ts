import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { ApiError, HTTP_STATUS, type ApiErrorCode } from '../../shared/api.js';
import type { Engine } from '../core/api/index.js';
import { toApiError } from '../core/api/index.js';
import { hostAllowed, securityHeaders, tokenMatches } from './security.js';
import { serveStatic } from './static-files.js';
import { receiveUpload } from './upload.js';

export interface BridgeOptions {
  engine: Engine;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Where uploads go (the engine's workspace). */
  workspace: string;
  /** 0 = any free port. */
  port?: number;
  /** Tests pass one; otherwise a fresh random token per launch. */
  token?: string;
}

export interface Bridge {
  server: Server;
  port: number;
  token: string;
  /** The address to open, token in the fragment so it never reaches a log or a Referer. */
  url: string;
  close(): Promise<void>;
}

const MAX_JSON = 16 * 1024 * 1024;
const HOST = '127.0.0.1';

/**
 * Browser mode's loopback HTTP bridge: the built renderer at `/`, the API under `/api/`.
 * Bound to 127.0.0.1 only; every request must carry the right Host (403 otherwise) and every API
 * request the per-launch token (401 otherwise). Inputs are validated by the engine against the
 * contract's zod schemas; a bad one is a 400 naming the field.
 */
export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => sendError(res, toApiError(err)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    if (!hostAllowed(req, port))
      return sendError(res, new ApiError('forbidden', 'this address is only served to 127.0.0.1 and localhost'));
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendError(res, new ApiError('bad_input', 'only GET is served outside /api/'));
      return serveStatic(opts.rendererDir, url.pathname, res);
    }
    res.setHeader('Cache-Control', 'no-store');
    if (!tokenMatches(req, token))
      return sendError(res, new ApiError('unauthorized', 'missing or wrong token: open the address Catalog Doctor printed'));
    const name = url.pathname.slice('/api/'.length);

    if (name === 'files.upload' && req.method === 'POST') {
      const ref = await receiveUpload(req, opts.workspace, url.searchParams.get('name') ?? '');
      return sendJson(res, 200, ref);
    }
    const download = /^download\/(\d+)$/.exec(name);
    if (download && req.method === 'GET') return sendDownload(res, opts.engine.exportFile(Number(download[1])));

    if (req.method !== 'POST') return sendError(res, new ApiError('bad_input', `use POST /api/<method> with a JSON body`));
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, new ApiError('bad_input', 'send the input as JSON (Content-Type: application/json)'));
    }
    const input = await readJson(req);
    const output = await opts.engine.call(name, input);
    sendJson(res, 200, output);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, HOST, () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://${HOST}:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_JSON) throw new ApiError('bad_input', `request body is larger than ${MAX_JSON / 1024 / 1024} MB`);
    chunks.push(c as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ApiError('bad_input', `the request body is not valid JSON (${(err as Error).message})`);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, err: ApiError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const code: ApiErrorCode = err.code;
  sendJson(res, HTTP_STATUS[code], { error: { code, message: err.message } });
}

function sendDownload(res: ServerResponse, path: string): void {
  if (!existsSync(path)) throw new ApiError('not_found', `${path} no longer exists`);
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': statSync(path).size,
    'Content-Disposition': `attachment; filename="${basename(path).replace(/[^\w.\- ]/g, '_')}"`,
  });
  createReadStream(path).pipe(res);
}
