import { readFileSync } from 'node:fs';
import type { Db } from '../store/index.js';
import type { Candidate } from '../suggest/types.js';
import { loadTextModel, type TextModelOptions } from './model.js';
import { loadVectors } from './vectors.js';

export interface TaxonomyEntry {
  id: string;
  path: string;
}

/** Reads Google's `taxonomy-with-ids` text file ("1604 - Apparel & Accessories > Clothing"). */
export function loadTaxonomy(file: string): TaxonomyEntry[] {
  const out: TaxonomyEntry[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^(\d+)\s+-\s+(.+)$/.exec(line.trim());
    if (m) out.push({ id: m[1]!, path: m[2]! });
  }
  if (out.length === 0) throw new Error(`${file}: no "id - path" lines; expected Google's taxonomy-with-ids file`);
  return out;
}

const cache = new Map<string, Float32Array[]>();

/**
 * google_product_category for products the catalog's own labelled neighbours cannot place: the
 * taxonomy path nearest to the product's vector. The catalog's style decides id or path.
 */
export async function taxonomyCandidates(db: Db, taxonomy: TaxonomyEntry[], opts: TextModelOptions = {}): Promise<Candidate[]> {
  const model = await loadTextModel(opts);
  const cacheKey = `${model.name}:${taxonomy.length}:${taxonomy[0]?.id}`;
  let tv = cache.get(cacheKey);
  if (!tv) {
    tv = [];
    for (let i = 0; i < taxonomy.length; i += 64) tv.push(...(await model.embed(taxonomy.slice(i, i + 64).map((t) => t.path))));
    cache.set(cacheKey, tv);
  }
  const existing = db.prepare(`SELECT google_product_category AS v FROM products WHERE coalesce(google_product_category,'') <> '' LIMIT 50`).all() as { v: string }[];
  const useIds = existing.length > 0 && existing.filter((e) => /^\d+$/.test(e.v.trim())).length * 2 >= existing.length;
  const blank = new Set((db.prepare(`SELECT pid FROM products WHERE coalesce(google_product_category,'') = ''`).all() as { pid: number }[]).map((r) => r.pid));
  const { pids, dims, matrix } = loadVectors(db);
  const out: Candidate[] = [];
  pids.forEach((pid, i) => {
    if (!blank.has(pid)) return;
    let best = -1;
    let sim = -2;
    for (let t = 0; t < tv.length; t++) {
      let s = 0;
      const v = tv[t]!;
      for (let d = 0; d < dims; d++) s += matrix[i * dims + d]! * v[d]!;
      if (s > sim) (sim = s), (best = t);
    }
    const signal = sim >= 0.75 ? 'taxonomy-hi' : sim >= 0.6 ? 'taxonomy' : null;
    if (!signal) return;
    const t = taxonomy[best]!;
    out.push({
      pid,
      field: 'google_product_category',
      key: t.id,
      value: useIds ? t.id : t.path,
      source: 'embed',
      signal,
      evidence: { source: 'embed', taxonomy: `${t.id} - ${t.path}`, similarity: Math.round(sim * 1000) / 1000 },
    });
  });
  return out;
}
