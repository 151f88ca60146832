import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, basename, join } from 'node:path';
import { once } from 'node:events';

export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * Writes text chunks to a temporary file beside the target and renames it into place, so the
 * target is either the old file or the complete new one, never half written.
 */
export async function writeAtomically(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<WrittenFile> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const out = createWriteStream(tmp, { highWaterMark: 1 << 20 });
  const hash = createHash('sha256');
  let buffer = '';
  try {
    const flush = async () => {
      const buf = Buffer.from(buffer, 'utf8');
      buffer = '';
      hash.update(buf);
      if (!out.write(buf)) await once(out, 'drain');
    };
    for await (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length > 1 << 20) await flush();
    }
    await flush();
    out.end();
    await once(out, 'finish');
    await new Promise<void>((res, rej) => out.close((e) => (e ? rej(e) : res())));
    renameSync(tmp, path);
  } catch (err) {
    // Wait for the descriptor to close (the open may still be pending), then remove the partial file.
    if (!out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
    rmSync(tmp, { force: true });
    throw err;
  }
  return { path, bytes: statSync(path).size, sha256: hash.digest('hex') };
}
