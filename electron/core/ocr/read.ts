import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { listJobs, runJob } from '../jobs/index.js';
import type { Db } from '../store/index.js';
import type { OcrResult } from './engine.js';
import type { ImageMatch } from './match.js';

export interface OcrProgress {
  done: number;
  total: number;
  rate?: number | null;
  etaSeconds?: number | null;
  jobId?: number;
}

/** One image of an OCR job; `known` = already read (same file, same product) before this job. */
export interface OcrItem {
  pid: number;
  path: string;
  mtime: number;
  known: boolean;
}

export interface ReadImagesResult {
  read: number;
  skipped: number;
  failed: { path: string; error: string }[];
  jobId: number;
  state: 'done' | 'cancelled';
}

/**
 * Reads the text of matched images into the project (text, word boxes, confidence) as a job in
 * worker threads (electron/core/jobs): progress with rate and ETA, cancel through the signal (what
 * was read is kept), and resume: a cancelled or interrupted OCR job over the same images is taken
 * up again and skips the images it finished; an image whose file has not changed since it was
 * read is not read again either.
 */
export async function readImages(
  db: Db,
  matches: ImageMatch[],
  opts: { workers?: number; onProgress?: (p: OcrProgress) => void; signal?: AbortSignal } = {},
): Promise<ReadImagesResult> {
  const known = db.prepare(`SELECT mtime, pid FROM ocr_images WHERE path = ?`);
  const items: OcrItem[] = matches.map((m) => {
    const mtime = statSync(m.path).mtimeMs;
    const r = known.get(m.path) as { mtime: number; pid: number } | undefined;
    return { pid: m.pid, path: m.path, mtime, known: !!r && r.pid === m.pid && r.mtime === mtime };
  });
  const key = (it: OcrItem) => `${it.pid}:${it.path}:${it.mtime}`;
  // The job is "read these images"; a run over the same images continues the one cut short.
  const params = { images: items.length, first: items[0] ? key(items[0]) : null, last: items.at(-1) ? key(items.at(-1)!) : null };
  const resume = listJobs(db, { kind: 'ocr', unfinished: true }).find(
    (j) => j.state !== 'running' && JSON.stringify(j.params) === JSON.stringify(params),
  )?.jobId;
  const put = db.prepare(
    `INSERT OR REPLACE INTO ocr_images (path, pid, mtime, text, words, confidence) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  let read = 0;
  const outcome = await runJob<OcrItem, OcrResult | null>(db, {
    kind: 'ocr',
    worker: { bundle: 'ocr-worker', source: new URL('./worker.ts', import.meta.url) },
    params,
    items,
    key,
    resume,
    save(results) {
      for (const { item, result } of results) {
        if (!result) continue;
        put.run(item.path, item.pid, item.mtime, result.text, JSON.stringify(result.words), result.confidence);
        read++;
      }
    },
    threads: Math.max(1, Math.min(opts.workers ?? availableParallelism(), items.filter((i) => !i.known).length || 1)),
    // Small batches: an image takes 50-500 ms, and a cancel waits for the batch in hand.
    batchSize: 2,
    signal: opts.signal,
    onProgress: (p) =>
      opts.onProgress?.({ done: p.done, total: p.total ?? items.length, rate: p.rate, etaSeconds: p.etaSeconds, jobId: p.jobId }),
  });
  const byKey = new Map(items.map((it) => [key(it), it]));
  return {
    read,
    skipped: items.length - read - outcome.failures.length,
    failed: outcome.failures.map((f) => ({ path: byKey.get(f.key)?.path ?? f.key, error: f.error })),
    jobId: outcome.jobId,
    state: outcome.state,
  };
}
