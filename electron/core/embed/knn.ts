import type { Db } from '../store/index.js';
import { fieldSql } from '../graph/columns.js';
import type { Vocabulary } from '../graph/vocabulary.js';
import type { Candidate } from '../suggest/types.js';
import { canonicalKeys } from '../suggest/values.js';
import { loadVectors } from './vectors.js';

/** Fields a product's nearest labelled neighbours vote on. Colour and size vary inside a product line. */
export const KNN_FIELDS = ['brand', 'product_type', 'google_product_category', 'material', 'pattern', 'gender', 'age_group'];
const K = 7;
/** Vote weight exp((similarity - 1) / T): 0.95 counts 0.37, 0.85 counts 0.05, 0.5 nearly nothing. */
const TEMPERATURE = 0.05;
/** Above this many labelled products, a seeded sample of them is searched (exact search is O(n·m)). */
const MAX_REFERENCES = 20000;

interface Ref {
  idx: number;
  pid: number;
  row: number;
  id: string | null;
  key: string;
  value: string;
}

/**
 * Category and value suggestions from the k nearest labelled products by cosine similarity of their
 * stored vectors. The vote share and the similarity of the agreeing neighbours set the signal
 * (knn-strong / knn-good / knn-weak), which the calibration turns into a confidence.
 */
export function knnCandidates(db: Db, fields: readonly string[], vocab: Vocabulary): Candidate[] {
  const { pids, dims, matrix } = loadVectors(db);
  if (pids.length < 2) return [];
  const rowOf = new Map(pids.map((p, i) => [p, i]));
  const out: Candidate[] = [];
  for (const field of fields.filter((f) => KNN_FIELDS.includes(f))) {
    const rows = db.prepare(`SELECT pid, row_no AS row, "id" AS id, trim(${fieldSql(field)}) AS value FROM products`).all() as {
      pid: number;
      row: number;
      id: string | null;
      value: string | null;
    }[];
    let refs: Ref[] = [];
    const queries: number[] = [];
    for (const r of rows) {
      const idx = rowOf.get(r.pid);
      if (idx === undefined) continue;
      if (r.value) refs.push({ idx, pid: r.pid, row: r.row, id: r.id, key: canonicalKeys(field, r.value)[0]!, value: r.value });
      else queries.push(r.pid);
    }
    if (refs.length < 3 || queries.length === 0) continue;
    if (refs.length > MAX_REFERENCES) refs = seededSample(refs, MAX_REFERENCES);
    for (const pid of queries) {
      const q = rowOf.get(pid)!;
      const top = nearest(matrix, dims, q, refs, K);
      const votes = new Map<string, { w: number; refs: { ref: Ref; sim: number }[] }>();
      let total = 0;
      for (const t of top) {
        // Near neighbours dominate: unrelated products still score 0.3-0.5 with this model.
        const w = Math.exp((t.sim - 1) / TEMPERATURE);
        const v = votes.get(t.ref.key) ?? { w: 0, refs: [] };
        v.w += w;
        v.refs.push(t);
        votes.set(t.ref.key, v);
        total += w;
      }
      const [key, best] = [...votes].sort((a, b) => b[1].w - a[1].w)[0]!;
      const share = best.w / total;
      const sim = best.refs[0]!.sim;
      const signal =
        share >= 0.85 && sim >= 0.9 ? 'knn-strong' : share >= 0.7 && sim >= 0.8 ? 'knn-good' : share >= 0.5 ? 'knn-weak' : null;
      if (!signal) continue;
      const value = vocab.spelling(field, key, best.refs[0]!.ref.value);
      out.push({
        pid,
        field,
        key,
        value,
        source: 'embed',
        signal,
        evidence: {
          source: 'embed',
          neighbours: best.refs
            .slice(0, 3)
            .map((t) => ({ row: t.ref.row, id: t.ref.id, similarity: Math.round(t.sim * 1000) / 1000, value: t.ref.value })),
        },
      });
    }
  }
  return out;
}

function nearest(matrix: Float32Array, dims: number, q: number, refs: Ref[], k: number): { ref: Ref; sim: number }[] {
  const top: { ref: Ref; sim: number }[] = [];
  const qo = q * dims;
  for (const ref of refs) {
    if (ref.idx === q) continue;
    const ro = ref.idx * dims;
    let s = 0;
    for (let d = 0; d < dims; d++) s += matrix[qo + d]! * matrix[ro + d]!;
    if (top.length < k || s > top[top.length - 1]!.sim) {
      top.push({ ref, sim: s });
      top.sort((a, b) => b.sim - a.sim);
      if (top.length > k) top.pop();
    }
  }
  return top;
}

function seededSample<T>(xs: T[], n: number): T[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}
