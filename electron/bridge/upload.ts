import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileRef } from '../../shared/api.js';

/**
 * Browser mode cannot hand the engine a path, so a chosen or dropped file is streamed to the
 * bridge and kept in the workspace; the seller's own file is never touched.
 */
export async function receiveUpload(req: IncomingMessage, workspace: string, rawName: string): Promise<FileRef> {
  // Keep the seller's file name (the extension picks the reader) but nothing path-like.
  const name =
    [...basename(rawName.replace(/\\/g, '/'))]
      .map((ch) => (ch.charCodeAt(0) < 32 || '<>:"|?*'.includes(ch) ? '_' : ch))
      .join('')
      .slice(0, 200) || 'catalog.csv';
  const dir = join(workspace, 'uploads', randomBytes(8).toString('hex'));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await pipeline(req, createWriteStream(path));
  return { path, name };
}
