import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { dirname, join } from 'node:path';
import { createScheduler, createWorker, PSM, type Scheduler } from 'tesseract.js';
import { needsPreprocess, preprocess } from './preprocess.js';

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
export interface OcrPoolOptions {
  workers?: number;
  /**
   * sharp preprocessing: 'auto' (default) only where it helps or is needed (small images, formats
   * tesseract cannot decode, EXIF rotation); true always; false never (to measure it).
   */
  preprocess?: boolean | 'auto';
  /** Tesseract page segmentation mode (default DEFAULT_PSM). */
  psm?: PSM;
}

/**
 * Page segmentation. The tesseract C++ API (and so tesseract.js) defaults to PSM 6, "one uniform
 * block of text", while the CLI defaults to PSM 3, "automatic": on product photos PSM 6 runs the
 * LSTM over every textured patch as if it were a text line, which made tesseract.js up to 8x slower
 * than the CLI on the same photos. At the same PSM both run at the same speed (bench-suggest).
 * PSM 11, "sparse text", finds the scattered words of packs and labels that PSM 3's layout
 * analysis drops on photos (EVAL.md), at a fraction of PSM 6's cost.
 */
export const DEFAULT_PSM = PSM.SPARSE_TEXT;

/**
 * Compile tesseract's wasm fully with V8's optimizing compiler (TurboFan) while a worker starts,
 * instead of V8's default: baseline code (Liftoff) first, then hot functions recompiled on V8's
 * background threads as they run. That recompilation went on for the first ~40 images a worker
 * read, on threads that compete with the OCR workers for the cores: on grocery photos it doubled
 * the CPU per image after a one-image warm-up, and two workers on two cores lost the most. The
 * price is a slower start (about 2.5-5 s per pool on this machine, about the same for 1 or 2
 * workers, which share the compile); a job of more than a few dozen images gains it back. Process-wide flags, only
 * read when wasm is compiled, so they are set before the first worker starts.
 */
let eagerWasm = false;
function compileWasmEagerly(): void {
  if (eagerWasm) return;
  for (const flag of ['--no-liftoff', '--no-wasm-dynamic-tiering', '--no-wasm-lazy-compilation']) setFlagsFromString(flag);
  eagerWasm = true;
}

export async function createOcrPool(opts: OcrPoolOptions = {}): Promise<OcrPool> {
  const n = Math.max(1, opts.workers ?? availableParallelism());
  compileWasmEagerly();
  const scheduler: Scheduler = createScheduler();
  const langPath = engLangPath();
  const workers = await Promise.all(
    Array.from({ length: n }, () => createWorker('eng', 1, { langPath, gzip: true, cacheMethod: 'none' })),
  );
  // debug_file: tesseract's progress chatter ("Estimating resolution as 401") would flood stderr.
  await Promise.all(
    workers.map((w) => w.setParameters({ tessedit_pageseg_mode: opts.psm ?? DEFAULT_PSM, debug_file: '/dev/null' })),
  );
  for (const w of workers) scheduler.addWorker(w);
  const mode = opts.preprocess ?? 'auto';
  return {
    workers: n,
    async read(image) {
      // Read the file once: sharp's header check and tesseract.js (which would read it again) share the bytes.
      const bytes = typeof image === 'string' ? await readFile(image) : image;
      const pre =
        mode === true || (mode === 'auto' && (await needsPreprocess(bytes)))
          ? await preprocess(bytes)
          : { buffer: bytes, scale: 1 };
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
