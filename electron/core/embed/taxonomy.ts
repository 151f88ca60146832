import { readFileSync } from 'node:fs';
import type { Db } from '../store/index.js';
import type { Candidate } from '../suggest/types.js';
import { tokenize } from '../suggest/phrases.js';
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
    // The last two levels name a category best; the full path drowns the leaf in its ancestors.
    for (let i = 0; i < taxonomy.length; i += 64)
      tv.push(...(await model.embed(taxonomy.slice(i, i + 64).map((t) => t.path.split(' > ').slice(-2).join(' > ')))));
    cache.set(cacheKey, tv);
  }
  const existing = db
    .prepare(`SELECT google_product_category AS v FROM products WHERE coalesce(google_product_category,'') <> '' LIMIT 50`)
    .all() as { v: string }[];
  const useIds = existing.length > 0 && existing.filter((e) => /^\d+$/.test(e.v.trim())).length * 2 >= existing.length;
  const blank = new Map(
    (
      db
        .prepare(
          `SELECT pid, coalesce(title,'') || ' ' || coalesce(product_type,'') AS t FROM products WHERE coalesce(google_product_category,'') = ''`,
        )
        .all() as { pid: number; t: string }[]
    ).map((r) => [r.pid, new Set(tokenize(r.t).map((x) => stem(x.key)))]),
  );
  const leaves = taxonomy.map((t) =>
    [...new Set(tokenize(t.path.split(' > ').pop()!).map((x) => stem(x.key)))].filter((w) => w.length > 2),
  );
  const { pids, dims, matrix } = loadVectors(db);
  const out: Candidate[] = [];
  pids.forEach((pid, i) => {
    const words = blank.get(pid);
    if (!words) return;
    let best = -1;
    let score = -2;
    let sim = 0;
    for (let t = 0; t < tv.length; t++) {
      let s = 0;
      const v = tv[t]!;
      for (let d = 0; d < dims; d++) s += matrix[i * dims + d]! * v[d]!;
      // The small sentence model alone confuses neighbours ("mug" ~ "kettle"); the leaf's own words
      // appearing in the title or type settle it.
      const leaf = leaves[t]!;
      const overlap = leaf.length ? leaf.filter((w) => words.has(w)).length / leaf.length : 0;
      const total = s + 0.3 * overlap;
      if (total > score) {
        score = total;
        best = t;
        sim = s;
      }
    }
    const signal = score >= 0.8 ? 'taxonomy-hi' : score >= 0.6 ? 'taxonomy' : null;
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

/** Plural and singular alike ("mugs" ~ "mug"); enough for category leaf names. */
function stem(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
