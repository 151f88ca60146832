import { statSync } from 'node:fs';
import type { Db } from '../store/index.js';
import { createOcrPool } from './engine.js';
import type { ImageMatch } from './match.js';

export interface OcrProgress {
  done: number;
  total: number;
}

/**
 * Reads the text of matched images into the project (text, word boxes, confidence). An image whose
 * file has not changed since it was read is skipped, so a cancelled run resumes without redoing work.
 */
export async function readImages(
  db: Db,
  matches: ImageMatch[],
  opts: { workers?: number; onProgress?: (p: OcrProgress) => void; signal?: AbortSignal } = {},
): Promise<{ read: number; skipped: number; failed: { path: string; error: string }[] }> {
  const known = db.prepare(`SELECT mtime, pid FROM ocr_images WHERE path = ?`);
  const todo = matches.filter((m) => {
    const r = known.get(m.path) as { mtime: number; pid: number } | undefined;
    return !(r && r.pid === m.pid && r.mtime === statSync(m.path).mtimeMs);
  });
  const failed: { path: string; error: string }[] = [];
  if (todo.length === 0) return { read: 0, skipped: matches.length, failed };
  const put = db.prepare(
    `INSERT OR REPLACE INTO ocr_images (path, pid, mtime, text, words, confidence) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const pool = await createOcrPool({ workers: Math.min(opts.workers ?? Infinity, todo.length) });
  let done = 0;
  try {
    // The scheduler queues jobs across its workers; keep a bounded number in flight.
    const inFlight = pool.workers * 2;
    let next = 0;
    const lane = async () => {
      while (next < todo.length) {
        if (opts.signal?.aborted) throw new Error('OCR cancelled');
        const m = todo[next++]!;
        try {
          const r = await pool.read(m.path);
          put.run(m.path, m.pid, statSync(m.path).mtimeMs, r.text, JSON.stringify(r.words), r.confidence);
        } catch (err) {
          failed.push({ path: m.path, error: (err as Error).message });
        }
        opts.onProgress?.({ done: ++done, total: todo.length });
      }
    };
    await Promise.all(Array.from({ length: inFlight }, lane));
  } finally {
    await pool.close();
  }
  return { read: todo.length - failed.length, skipped: matches.length - todo.length, failed };
}
