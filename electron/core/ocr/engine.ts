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
export async function createOcrPool(
  opts: { workers?: number; /** sharp preprocessing (default true; off to measure it) */ preprocess?: boolean } = {},
): Promise<OcrPool> {
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
      const pre = opts.preprocess === false ? { buffer: image, scale: 1 } : await preprocess(image);
      // TSV output carries word boxes; the `blocks` tree (every symbol and its choices) costs several times more to build and copy.
      const r = await scheduler.addJob('recognize', pre.buffer, {}, { text: true, tsv: true, blocks: false });
      const words: OcrWord[] = [];
      const s = pre.scale;
      for (const line of (r.data.tsv ?? '').split('\n')) {
        const c = line.split('\t');
        // level 5 = word: level page block par line word left top width height conf text
        if (c[0] !== '5' || c.length < 12 || !c[11]!.trim()) continue;
        const [left, top, width, height, conf] = c.slice(6, 11).map(Number) as [number, number, number, number, number];
        // Boxes in the seller's image coordinates, not the upscaled copy's.
        words.push({
          text: c[11]!,
          confidence: Math.round(conf),
          x0: Math.round(left / s),
          y0: Math.round(top / s),
          x1: Math.round((left + width) / s),
          y1: Math.round((top + height) / s),
        });
      }
      return { text: r.data.text.trim(), confidence: Math.round(r.data.confidence), words };
    },
    async close() {
      await scheduler.terminate();
    },
  };
}
