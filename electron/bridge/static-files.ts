import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Serves the built renderer (out/renderer). Unknown paths get index.html: the app routes itself. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const base = resolve(root);
  const index = join(base, 'index.html');
  if (!existsSync(index)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`The app's screens are not built (no ${index}). Run "npm run build" in the project folder, then start again.\n`);
    return;
  }
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = normalize(join(base, rel));
  // Never serve outside the renderer folder (../ in the path).
  const target = file.startsWith(base + sep) && existsSync(file) && statSync(file).isFile() ? file : index;
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  // Hashed assets can be cached; index.html must not be (it names the current hashes).
  const cache = target === index ? 'no-store' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache });
  createReadStream(target).pipe(res);
}
