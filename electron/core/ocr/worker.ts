/**
 * Worker thread entry of an OCR job (bundled as out/node/ocr-worker.js): one tesseract.js worker
 * per job thread, so the job's thread count is the OCR worker count.
 */
import { serveJob } from '../jobs/serve.js';
import { createOcrPool, type OcrPool, type OcrResult } from './engine.js';
import type { OcrItem } from './read.js';

let pool: OcrPool | null = null;

serveJob<OcrItem, OcrResult | null>({
  async init() {
    pool = await createOcrPool({ workers: 1 });
  },
  async run(item) {
    // Read before, in a job that did not record it (an earlier run or job): nothing to do.
    if (item.known) return null;
    return pool!.read(item.path);
  },
  async dispose() {
    await pool?.close();
  },
});
