import { PARAMS } from '../lexicons.js';
import { fingerprint, ngramFingerprint, words } from '../text/fingerprint.js';
import { boundedLevenshtein } from '../text/levenshtein.js';

export interface Cluster {
  /** The dominant form: the most frequent value (OpenRefine pre-selects it the same way). */
  canonical: string;
  /** Every value in the cluster with its count, most frequent first. */
  members: { value: string; count: number }[];
  method: 'fingerprint' | 'ngram-fingerprint' | 'knn-levenshtein' | 'lexicon';
}

const P = PARAMS.clustering;

/**
 * Clusters the distinct values of one attribute the way OpenRefine does: key collision on
 * fingerprint, then on the 2-gram fingerprint, then nearest neighbours by edit distance inside
 * n-gram blocks. `extraKey` adds a lexicon key (e.g. colour family for "navy"/"navy blue").
 * Values whose digits differ never join ("Size 38" vs "Size 39"), and short values never join by
 * edit distance (one edit turns "S" into "M").
 */
export function clusterValues(counts: ReadonlyMap<string, number>, extraKey?: (v: string) => string | undefined): Cluster[] {
  const values = [...counts.keys()].filter((v) => v.trim() !== '' && v.length <= P.maxValueLength);
  if (values.length < 2 || values.length > P.maxDistinctValues) return [];
  // Union-find over values.
  const parent = new Map<string, string>(values.map((v) => [v, v]));
  const method = new Map<string, Cluster['method']>();
  const find = (v: string): string => {
    let r = v;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(v, r);
    return r;
  };
  const union = (a: string, b: string, how: Cluster['method']) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    parent.set(rb, ra);
    if (!method.has(ra)) method.set(ra, how);
  };
  const digits = (v: string) => v.replace(/\D/g, '');
  const byKey = (keyer: (v: string) => string | undefined, how: Cluster['method']) => {
    const first = new Map<string, string>();
    for (const v of values) {
      const k = keyer(v);
      if (!k) continue;
      const key = `${k}\u0000${digits(v)}`;
      const f = first.get(key);
      if (f === undefined) first.set(key, v);
      else union(f, v, how);
    }
  };
  byKey(fingerprint, 'fingerprint');
  byKey((v) => ngramFingerprint(v, P.ngramSize), 'ngram-fingerprint');
  if (extraKey) byKey(extraKey, 'lexicon');

  // kNN by edit distance on fingerprints, compared only inside blocks sharing an n-gram.
  const long = values.filter((v) => v.trim().length >= P.knnMinLength);
  const fp = new Map(long.map((v) => [v, fingerprint(v)]));
  const blocks = new Map<string, string[]>();
  for (const v of long) {
    const f = fp.get(v)!;
    const grams = new Set<string>();
    for (let i = 0; i + P.knnBlockingNgram <= f.length; i++) grams.add(f.slice(i, i + P.knnBlockingNgram));
    for (const g of grams) {
      const b = blocks.get(g);
      if (b) b.push(v);
      else blocks.set(g, [v]);
    }
  }
  const seen = new Set<string>();
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > 200) continue; // huge blocks are common n-grams; skip like OpenRefine's blocking intends
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i]!;
        const b = block[j]!;
        if (find(a) === find(b)) continue;
        const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (digits(a) !== digits(b)) continue;
        if (!oneWordTypo(a, b)) continue;
        // A near-spelling is a typo only when one form clearly dominates; two popular
        // similar names are more likely two real values.
        const ca = counts.get(a)!;
        const cb = counts.get(b)!;
        if (Math.max(ca, cb) < P.knnDominanceRatio * Math.min(ca, cb)) continue;
        union(a, b, 'knn-levenshtein');
      }
    }
  }

  const groups = new Map<string, string[]>();
  for (const v of values) {
    const r = find(v);
    const g = groups.get(r);
    if (g) g.push(v);
    else groups.set(r, [v]);
  }
  const out: Cluster[] = [];
  for (const [root, vs] of groups) {
    if (vs.length < 2) continue;
    const members = vs
      .map((value) => ({ value, count: counts.get(value)! }))
      .sort((a, b) => b.count - a.count || preferForm(a.value, b.value));
    out.push({ canonical: members[0]!.value, members, method: method.get(root) ?? 'fingerprint' });
  }
  return out;
}

/**
 * kNN match, made strict for catalogs: the values have the same words except one pair, and that
 * pair is a typo (edit distance within the radius, both words at least knnMinLength - 1 long).
 * "Pervot"/"Pervoi" match; "…,ion"/"…,sony" and "XS"/"XL" do not.
 */
function oneWordTypo(a: string, b: string): boolean {
  const wa = words(a).sort();
  const wb = words(b).sort();
  if (wa.length !== wb.length) return false;
  const ra = wa.filter((w) => !wb.includes(w));
  const rb = wb.filter((w) => !wa.includes(w));
  if (ra.length !== 1 || rb.length !== 1) return false;
  const x = ra[0]!;
  const y = rb[0]!;
  if (Math.min(x.length, y.length) < P.knnMinLength - 1) return false;
  const radius = Math.min(x.length, y.length) >= P.knnLongLength ? P.knnRadiusLong : P.knnRadius;
  return boundedLevenshtein(x, y, radius) <= radius;
}

/** On equal counts prefer the tidier spelling: trimmed, not all caps, then alphabetical. */
function preferForm(a: string, b: string): number {
  const score = (v: string) =>
    (v !== v.trim() ? 2 : 0) + (v.length > 1 && v === v.toUpperCase() && v !== v.toLowerCase() ? 1 : 0);
  return score(a) - score(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** value -> canonical form, for every non-canonical member of every cluster. */
export function canonicalMap(clusters: Cluster[]): Map<string, { canonical: string; method: Cluster['method'] }> {
  const m = new Map<string, { canonical: string; method: Cluster['method'] }>();
  for (const c of clusters)
    for (const x of c.members) if (x.value !== c.canonical) m.set(x.value, { canonical: c.canonical, method: c.method });
  return m;
}
