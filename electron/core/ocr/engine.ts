import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createScheduler, createWorker, type Scheduler } from 'tesseract.js';
import { preprocess } from './preprocess.js';

export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrResult {
  text: string;
  confidence: number;
  words: OcrWord[];
}

export interface OcrPool {
  workers: number;
  read(image: string | Buffer): Promise<OcrResult>;
  close(): Promise<void>;
}

/**
 * English language data from the @tesseract.js-data/eng package (the LSTM "best_int" model, more
 * accurate than Debian's "fast" data on degraded photos). An unset langPath would reach for a CDN,
 * and that failure kills the process from inside the worker, so the path is always set.
 */
export function engLangPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * A pool of tesseract.js workers (each its own worker thread, so OCR never blocks the event loop),
 * sized to the cores unless told otherwise. `cacheMethod: 'none'` keeps tesseract from writing
 * eng.traineddata into the working directory.
 */
export async function createOcrPool(opts: { workers?: number } = {}): Promise<OcrPool> {
  const n = Math.max(1, opts.workers ?? availableParallelism());
  const scheduler: Scheduler = createScheduler();
  const langPath = engLangPath();
  const workers = await Promise.all(
    Array.from({ length: n }, () => createWorker('eng', 1, { langPath, gzip: true, cacheMethod: 'none' })),
  );
  for (const w of workers) scheduler.addWorker(w);
  return {
    workers: n,
    async read(image) {
      const pre = await preprocess(image);
      const r = await scheduler.addJob('recognize', pre.buffer, {}, { text: true, blocks: true });
      const words: OcrWord[] = [];
      for (const b of r.data.blocks ?? [])
        for (const p of b.paragraphs)
          for (const l of p.lines)
            for (const w of l.words) {
              if (!w.text.trim()) continue;
              // Boxes in the seller's image coordinates, not the upscaled copy's.
              const s = pre.scale;
              words.push({
                text: w.text,
                confidence: Math.round(w.confidence),
                x0: Math.round(w.bbox.x0 / s),
                y0: Math.round(w.bbox.y0 / s),
                x1: Math.round(w.bbox.x1 / s),
                y1: Math.round(w.bbox.y1 / s),
              });
            }
      return { text: r.data.text.trim(), confidence: Math.round(r.data.confidence), words };
    },
    async close() {
      await scheduler.terminate();
    },
  };
}
