import { createHash } from 'node:crypto';
import type { Db } from '../store/index.js';
import { loadTextModel, type TextModelOptions } from './model.js';

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
  done: number;
  total: number;
}

/**
 * Stores one vector per product in the project. Products whose text and model are unchanged since
 * the last run are skipped, so an interrupted run resumes where it stopped (each batch commits).
 * The model runs in onnxruntime's native threads; the event loop only tokenises and stores.
 */
export async function embedProducts(
  db: Db,
  opts: TextModelOptions & { onProgress?: (p: EmbedProgress) => void; signal?: AbortSignal } = {},
): Promise<{ embedded: number; skipped: number }> {
  const model = await loadTextModel(opts);
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
  const todo: { pid: number; text: string; hash: string }[] = [];
  for (const r of rows) {
    const text = productText(r);
    const hash = createHash('sha1').update(text).digest('hex').slice(0, 16);
    if (r.text_hash === hash && r.model === model.name) continue;
    todo.push({ pid: r.pid, text, hash });
  }
  const put = db.prepare(`INSERT OR REPLACE INTO embeddings (pid, model, text_hash, vector) VALUES (?, ?, ?, ?)`);
  for (let i = 0; i < todo.length; i += BATCH) {
    if (opts.signal?.aborted) throw new Error('embedding cancelled');
    const batch = todo.slice(i, i + BATCH);
    const vecs = await model.embed(batch.map((b) => b.text || ' '));
    db.transaction(() =>
      batch.forEach((b, j) =>
        put.run(b.pid, model.name, b.hash, Buffer.from(vecs[j]!.buffer, vecs[j]!.byteOffset, vecs[j]!.byteLength)),
      ),
    )();
    opts.onProgress?.({ done: Math.min(i + BATCH, todo.length), total: todo.length });
  }
  return { embedded: todo.length, skipped: rows.length - todo.length };
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
