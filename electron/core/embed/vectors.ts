import { createHash } from 'node:crypto';
import type { Db } from '../store/index.js';
import { basename } from 'node:path';
import { listJobs, runJob } from '../jobs/index.js';
import { modelDirOf, type TextModelOptions } from './model.js';

const BATCH = 32;

/** What a product's vector encodes: what it is, not its variant values (so it can vote on them). */
export function productText(p: {
  title: string | null;
  product_type: string | null;
  description: string | null;
  mpn: string | null;
}): string {
  const desc = (p.description ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
  // Without a title, the model number is what names the product.
  return [p.title || p.mpn, p.product_type, desc].filter((s) => s && s.trim()).join(' | ');
}

export interface EmbedProgress {
  /** Products done (finished chunks). */
  done: number;
  total: number;
  rate?: number | null;
  etaSeconds?: number | null;
  jobId?: number;
}

/** One item of an embedding job: a run of products in pid order; `known` ones are already embedded. */
export interface EmbedChunk {
  rows: { pid: number; text: string; hash: string; known: boolean }[];
}
export interface EmbedChunkResult {
  model: string;
  pids: number[];
  hashes: string[];
  vectors: Float32Array[];
}

export interface EmbedResult {
  embedded: number;
  skipped: number;
  jobId?: number;
  state: 'done' | 'cancelled';
}

/**
 * Stores one vector per product in the project, as a job in a worker thread (electron/core/jobs):
 * progress, cancel (what was embedded is kept), and resume: a cut-short embedding job over the same
 * products is taken up again and skips the chunks it finished. Products whose text and model are
 * unchanged since an earlier run are not embedded again either.
 */
export async function embedProducts(
  db: Db,
  opts: TextModelOptions & {
    onProgress?: (p: EmbedProgress) => void;
    signal?: AbortSignal;
    /** Products per job item (default 32: the model's sweet spot here). */
    chunkSize?: number;
  } = {},
): Promise<EmbedResult> {
  const size = Math.max(1, opts.chunkSize ?? BATCH);
  const dir = modelDirOf(opts);
  const modelName = basename(dir);
  const rows = db
    .prepare(
      `SELECT p.pid, p.title, p.product_type, p.description, p.mpn, e.text_hash, e.model FROM products p LEFT JOIN embeddings e ON e.pid = p.pid ORDER BY p.pid`,
    )
    .all() as {
    pid: number;
    title: string | null;
    product_type: string | null;
    description: string | null;
    mpn: string | null;
    text_hash: string | null;
    model: string | null;
  }[];
  const chunks: EmbedChunk[] = [];
  let todo = 0;
  for (let i = 0; i < rows.length; i += size) {
    chunks.push({
      rows: rows.slice(i, i + size).map((r) => {
        const text = productText(r);
        const hash = createHash('sha1').update(text).digest('hex').slice(0, 16);
        const known = r.text_hash === hash && r.model === modelName;
        if (!known) todo++;
        return { pid: r.pid, text: known ? '' : text, hash, known };
      }),
    });
  }
  if (todo === 0) return { embedded: 0, skipped: rows.length, state: 'done' };
  // A chunk is named by its products and their texts: unchanged products keep the key across runs.
  const key = (c: EmbedChunk) =>
    createHash('sha1')
      .update(c.rows.map((r) => `${r.pid}:${r.hash}`).join(','))
      .digest('hex')
      .slice(0, 16);
  const params = { model: modelName, products: rows.length, chunk: size };
  const resume = listJobs(db, { kind: 'embed', unfinished: true }).find(
    (j) => j.state !== 'running' && JSON.stringify(j.params) === JSON.stringify(params),
  )?.jobId;
  const put = db.prepare(`INSERT OR REPLACE INTO embeddings (pid, model, text_hash, vector) VALUES (?, ?, ?, ?)`);
  let embedded = 0;
  const outcome = await runJob<EmbedChunk, EmbedChunkResult>(db, {
    kind: 'embed',
    worker: { bundle: 'embed-worker', source: new URL('./worker.ts', import.meta.url) },
    workerData: { modelDir: dir },
    params,
    items: chunks,
    key,
    resume,
    save(results) {
      for (const { result } of results)
        result.vectors.forEach((v, j) => {
          put.run(result.pids[j], result.model, result.hashes[j], Buffer.from(v.buffer, v.byteOffset, v.byteLength));
          embedded++;
        });
    },
    // One thread: onnxruntime already spreads a batch over the cores.
    threads: 1,
    // A chunk per message: a cancel waits for at most the chunk in hand.
    batchSize: 1,
    signal: opts.signal,
    onProgress: (p) =>
      opts.onProgress?.({
        done: Math.min(rows.length, p.done * size),
        total: rows.length,
        rate: p.rate === null ? null : p.rate * size,
        etaSeconds: p.etaSeconds,
        jobId: p.jobId,
      }),
  });
  return { embedded, skipped: rows.length - embedded, jobId: outcome.jobId, state: outcome.state };
}

/** All stored vectors as one matrix (row i = pids[i]). */
export function loadVectors(db: Db): { pids: number[]; dims: number; matrix: Float32Array } {
  const rows = db.prepare(`SELECT pid, vector FROM embeddings ORDER BY pid`).all() as { pid: number; vector: Buffer }[];
  const dims = rows.length ? rows[0]!.vector.byteLength / 4 : 0;
  const matrix = new Float32Array(rows.length * dims);
  // Copy through a fresh buffer: SQLite blobs are not 4-byte aligned.
  rows.forEach((r, i) => matrix.set(new Float32Array(new Uint8Array(r.vector).buffer), i * dims));
  return { pids: rows.map((r) => r.pid), dims, matrix };
}
