import type { Db } from '../store/index.js';
import { fold, PhraseIndex, tokenize } from '../suggest/phrases.js';
import { canonicalKeys, lexiconIndex, MEASURE_FIELD, plainKey } from '../suggest/values.js';
import { fieldSql } from './columns.js';

export interface BrandEntry {
  key: string;
  value: string;
  /** Also a colour, gender or other everyday word ("Black", "Regular"): weaker evidence. */
  ambiguous: boolean;
}

/**
 * The catalog's own vocabulary, learned from its current values: for each field, the spellings the
 * seller uses for each canonical value, and the brand names it knows. Suggestions write values in
 * the seller's spelling, and the audit reads the same vocabulary for consistency.
 */
export class Vocabulary {
  readonly surfaces = new Map<string, Map<string, Map<string, number>>>();
  readonly brands = new PhraseIndex<BrandEntry>();
  /** Whether the catalog writes measures with a space ("750 g") or without ("750g"). */
  measureSpaced = true;

  count(field: string, key: string, surface: string, n: number): void {
    let f = this.surfaces.get(field);
    if (!f) this.surfaces.set(field, (f = new Map()));
    let k = f.get(key);
    if (!k) f.set(key, (k = new Map()));
    k.set(surface, (k.get(surface) ?? 0) + n);
  }

  /** How many products carry a canonical value. */
  countOf(field: string, key: string): number {
    let n = 0;
    for (const c of this.surfaces.get(field)?.get(key)?.values() ?? []) n += c;
    return n;
  }

  /**
   * The seller's most used spelling of a canonical value, or the fallback. Between equally used
   * spellings the fallback wins when it is one of them (callers pass the spelling their evidence
   * shows, so a title's "Northwind" beats "NorthWind"), else the first in code-point order.
   */
  spelling(field: string, key: string, fallback: string): string {
    const k = this.surfaces.get(field)?.get(key);
    if (!k) return fallback;
    let best = fallback;
    let n = 0;
    for (const [s, c] of k) {
      if (c > n || (c === n && best !== fallback && (s === fallback || s < best))) {
        best = s;
        n = c;
      }
    }
    return best;
  }

  /** Distinct canonical values seen for a field, with how many products carry each. */
  values(field: string): { key: string; label: string; count: number; spellings: string[] }[] {
    const f = this.surfaces.get(field);
    if (!f) return [];
    return [...f].map(([key, s]) => ({
      key,
      label: this.spelling(field, key, key),
      count: [...s.values()].reduce((a, b) => a + b, 0),
      spellings: [...s.keys()],
    }));
  }
}

const everyday = (key: string) =>
  ['color', 'gender', 'material', 'pattern', 'age_group', 'size'].some((f) =>
    lexiconIndex(f)
      ?.find(tokenize(key))
      .some((m) => m.to - m.from === tokenize(key).length),
  );

export function buildVocabulary(db: Db, fields: readonly string[]): Vocabulary {
  const vocab = new Vocabulary();
  for (const field of fields) {
    const rows = db
      .prepare(
        `SELECT trim(${fieldSql(field)}) AS v, count(*) AS n FROM products WHERE coalesce(trim(${fieldSql(field)}), '') <> '' GROUP BY 1`,
      )
      .all() as { v: string; n: number }[];
    let spaced = 0;
    let tight = 0;
    for (const r of rows) {
      const keys = canonicalKeys(field, r.v);
      if (keys.length === 1) vocab.count(field, keys[0]!, r.v, r.n);
      if (field === MEASURE_FIELD) {
        if (/\d\s+\p{L}/u.test(r.v)) spaced += r.n;
        else tight += r.n;
      }
      if (field === 'brand') {
        const key = plainKey(r.v);
        // One-letter "brands" and bare numbers are noise, not names to look for in titles.
        if (key.length < 2 || /^\d+$/.test(key)) continue;
        vocab.brands.add(r.v, { key, value: r.v, ambiguous: key.length < 3 || everyday(key) });
      }
    }
    if (field === MEASURE_FIELD && spaced + tight > 0) vocab.measureSpaced = spaced >= tight;
  }
  return vocab;
}

export { fold };
