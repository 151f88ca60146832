import { PARAMS, UNITS } from '../lexicons.js';
import { canonicalMap, clusterValues, type Cluster } from '../clustering/cluster.js';
import { colourKey } from '../text/lexicon-match.js';
import { parsePrice } from '../text/price.js';
import { formatIn, type Measure } from '../text/units.js';
import type { AuditProduct } from '../types.js';
import type { Emit } from './context.js';
import { label } from './hygiene.js';

/**
 * Rules that judge a product against the whole catalog's statistics: spelling variants of a value
 * (clustered OpenRefine-style), units that differ from the catalog's usual unit, and prices far from
 * their category. The statistics are collected in one pass, then every product is checked against them.
 */
export interface CatalogStats {
  /** field -> value -> number of products (clustered fields, brand, option attributes). */
  values: Record<string, Record<string, number>>;
  /** field -> unit -> {count, min, max base amount} (fields that hold measurements). */
  units: Record<string, Record<string, { n: number; min: number; max: number; dim: string }>>;
  /** field -> amount in base unit -> unit -> number of products (to see one amount written two ways: 1.7 L and 1700 ml). */
  amounts?: Record<string, Record<string, Record<string, number>>>;
  /** field -> short values with a digit (to tell measurement fields from text fields). */
  filled: Record<string, number>;
  /** category|currency -> robust price statistics of log(price). */
  prices: Record<string, { median: number; mad: number; n: number; medianPrice: number }>;
}

export const CLUSTER_FIELDS: readonly string[] = [...PARAMS.clustering.fields, 'brand'];

export function clusterFieldsOf(p: AuditProduct): readonly string[] {
  // Most products have no option attributes: no new array per product (this runs four times per product).
  return p.optionAttrs.length ? [...CLUSTER_FIELDS, ...p.optionAttrs] : CLUSTER_FIELDS;
}

export function categoryKey(p: AuditProduct): string | undefined {
  const c = (p.values.product_type || p.values.google_product_category)?.trim();
  if (!c) return undefined;
  const pr = p.values.price ? parsePrice(p.values.price) : undefined;
  return `${c.toLowerCase()}|${pr?.currency ?? ''}`;
}

/** What a collector counted, before finish(): plain Maps, cheap to send between threads and merge. */
export interface StatsCounts {
  values: Map<string, Map<string, number>>;
  units: Map<string, Map<string, { n: number; min: number; max: number; dim: string }>>;
  amounts: Map<string, Map<string, Map<string, number>>>;
  filled: Map<string, number>;
  prices: Map<string, number[]>;
}

export class StatsCollector {
  private values: StatsCounts['values'] = new Map();
  private units: StatsCounts['units'] = new Map();
  private amounts: StatsCounts['amounts'] = new Map();
  private filled: StatsCounts['filled'] = new Map();
  private prices: StatsCounts['prices'] = new Map();

  counts(): StatsCounts {
    return { values: this.values, units: this.units, amounts: this.amounts, filled: this.filled, prices: this.prices };
  }

  /**
   * One collector from the counts of consecutive parts of the catalog, given in catalog order: every
   * map keeps the order values were first seen in, as one pass over the whole catalog would (the
   * clustering breaks ties by that order). Amounts stay capped at MAX_AMOUNTS per field, the
   * first-seen ones kept; only past that many distinct amounts in one field can a part's own cap
   * leave a count differing from a one-pass audit.
   */
  static merge(parts: readonly StatsCounts[]): StatsCollector {
    const out = new StatsCollector();
    for (const part of parts) {
      for (const [f, m] of part.values) {
        let o = out.values.get(f);
        if (!o) out.values.set(f, (o = new Map()));
        for (const [v, n] of m) o.set(v, (o.get(v) ?? 0) + n);
      }
      for (const [f, m] of part.units) {
        let o = out.units.get(f);
        if (!o) out.units.set(f, (o = new Map()));
        for (const [u, s] of m) {
          const t = o.get(u);
          if (t) {
            t.n += s.n;
            if (s.min < t.min) t.min = s.min;
            if (s.max > t.max) t.max = s.max;
          } else o.set(u, { ...s });
        }
      }
      for (const [f, m] of part.amounts) {
        let o = out.amounts.get(f);
        if (!o) out.amounts.set(f, (o = new Map()));
        for (const [k, byUnit] of m) {
          let t = o.get(k);
          if (!t) {
            if (o.size >= MAX_AMOUNTS) continue;
            o.set(k, (t = new Map()));
          }
          for (const [u, n] of byUnit) t.set(u, (t.get(u) ?? 0) + n);
        }
      }
      for (const [f, n] of part.filled) out.filled.set(f, (out.filled.get(f) ?? 0) + n);
      for (const [k, a] of part.prices) {
        const t = out.prices.get(k);
        if (t) for (const x of a) t.push(x);
        else out.prices.set(k, [...a]);
      }
    }
    return out;
  }

  add(p: AuditProduct, measures: ReadonlyMap<string, Measure>, candidates: readonly string[]): void {
    for (const f of clusterFieldsOf(p)) {
      const v = p.values[f];
      if (!v) continue;
      let m = this.values.get(f);
      if (!m) this.values.set(f, (m = new Map()));
      m.set(v, (m.get(v) ?? 0) + 1);
    }
    for (const [f, m] of measures) {
      let u = this.units.get(f);
      if (!u) this.units.set(f, (u = new Map()));
      const s = u.get(m.unit);
      if (s) {
        s.n++;
        if (m.base < s.min) s.min = m.base;
        if (m.base > s.max) s.max = m.base;
      } else u.set(m.unit, { n: 1, min: m.base, max: m.base, dim: m.dimension });
      let a = this.amounts.get(f);
      if (!a) this.amounts.set(f, (a = new Map()));
      const k = amountKey(m);
      let byUnit = a.get(k);
      if (!byUnit) {
        if (a.size >= MAX_AMOUNTS) continue;
        a.set(k, (byUnit = new Map()));
      }
      byUnit.set(m.unit, (byUnit.get(m.unit) ?? 0) + 1);
    }
    for (const f of candidates) this.filled.set(f, (this.filled.get(f) ?? 0) + 1);
    const key = categoryKey(p);
    const pr = key && p.values.price ? parsePrice(p.values.price) : undefined;
    if (key && pr && pr.amount > 0) {
      let a = this.prices.get(key);
      if (!a) this.prices.set(key, (a = []));
      a.push(Math.log(pr.amount));
    }
  }

  finish(): CatalogStats {
    const prices: CatalogStats['prices'] = {};
    for (const [k, a] of this.prices) {
      if (a.length < PARAMS.priceOutlier.minProducts) continue;
      const median = medianOf(a);
      const mad = medianOf(a.map((x) => Math.abs(x - median)));
      prices[k] = { median, mad, n: a.length, medianPrice: Math.exp(median) };
    }
    const obj = <V>(m: Map<string, V>) => Object.fromEntries(m);
    return {
      values: Object.fromEntries([...this.values].map(([f, m]) => [f, obj(m)])),
      units: Object.fromEntries([...this.units].map(([f, m]) => [f, obj(m)])),
      amounts: Object.fromEntries(
        [...this.amounts].map(([f, m]) => [f, Object.fromEntries([...m].map(([k, u]) => [k, obj(u)]))]),
      ),
      filled: obj(this.filled),
      prices,
    };
  }
}

/** Distinct amounts remembered per field: enough for real catalogs, bounded for generated 1M ones. */
const MAX_AMOUNTS = 20_000;
const amountKey = (m: Measure) => `${m.dimension}:${Math.round(m.base * 1000) / 1000}`;

function medianOf(a: number[]): number {
  const s = Float64Array.from(a).sort();
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export type SpellingMaps = Map<string, Map<string, { canonical: string; method: Cluster['method'] }>>;

/** Clusters every field's values; returns field -> variant value -> its dominant form. */
export function spellingMaps(stats: CatalogStats, only?: ReadonlySet<string>): SpellingMaps {
  const out: SpellingMaps = new Map();
  for (const [field, counts] of Object.entries(stats.values)) {
    if (only && !only.has(field)) continue;
    const m = new Map(Object.entries(counts));
    const clusters = clusterValues(m, field === 'color' ? colourKey : undefined);
    if (!clusters.length) continue;
    out.set(field, canonicalMap(clusters));
  }
  return out;
}

/** Per-product check against the catalog statistics. */
export function checkAgainstStats(
  p: AuditProduct,
  measures: ReadonlyMap<string, Measure>,
  stats: CatalogStats,
  maps: SpellingMaps,
  emit: Emit,
): void {
  for (const f of clusterFieldsOf(p)) {
    const v = p.values[f];
    if (!v) continue;
    const c = maps.get(f)?.get(v);
    if (!c) continue;
    const brand = f === 'brand';
    emit({
      rule: brand ? 'brand-spelling' : 'value-spelling',
      severity: 'warning',
      field: f,
      message: `The ${label(f)} "${v}" is written differently from "${c.canonical}", the spelling most products use.`,
      fix: `Change it to "${c.canonical}".`,
      suggested: c.canonical,
    });
  }
  for (const [f, m] of measures) {
    const units = stats.units[f];
    const filled = stats.filled[f] ?? 0;
    if (!units) continue;
    const sameDim = Object.entries(units).filter(([, s]) => s.dim === m.dimension);
    const total = sameDim.reduce((n, [, s]) => n + s.n, 0);
    if (total < 3 || total < filled * UNITS.minShareWithUnits) continue;
    const [domUnit, dom] = sameDim.sort((a, b) => b[1].n - a[1].n)[0]!;
    if (domUnit === m.unit) continue;
    const metric = (u: string) => !['oz', 'lb', 'fl oz', 'gal', 'in', 'ft', '"'].includes(u);
    let target = domUnit;
    if (metric(domUnit) === metric(m.unit)) {
      // Same system (g and kg): packs of 2,5 kg among 500 g packs are normal. Only the same amount written
      // two ways in one column is a seller's inconsistency (1700 ml here, 1.7 L on other products).
      const same = stats.amounts?.[f]?.[amountKey(m)];
      if (!same) continue;
      const mine = same[m.unit] ?? 0;
      const others = Object.entries(same).filter(([u]) => u !== m.unit);
      if (!others.length) continue;
      // The way most products write this amount wins; on a tie, the catalog's usual unit.
      const [bestUnit, bestN] = others.sort((a, b) => b[1] - a[1] || (b[0] === domUnit ? 1 : 0) - (a[0] === domUnit ? 1 : 0))[0]!;
      if (bestN < mine || (bestN === mine && bestUnit !== domUnit)) continue;
      target = bestUnit;
    } else if (dom.n < UNITS.sameSystemDominance * total) continue; // oz among g only when g clearly dominates
    const converted = formatIn(m.base, target, m.dimension);
    emit({
      rule: 'unit-inconsistent',
      severity: 'info',
      field: f,
      message:
        target === domUnit && metric(domUnit) !== metric(m.unit)
          ? `The ${label(f)} is given in ${m.unit} while most products use ${domUnit}.`
          : `The ${label(f)} is given in ${m.unit} while other products write the same amount in ${target}.`,
      fix: `Write it as ${converted}.`,
      suggested: converted,
    });
  }
  const key = categoryKey(p);
  const st = key ? stats.prices[key] : undefined;
  const pr = st && p.values.price ? parsePrice(p.values.price) : undefined;
  if (st && pr && pr.amount > 0) {
    const x = Math.log(pr.amount);
    const ratio = Math.exp(Math.abs(x - st.median));
    const sigma = 1.4826 * st.mad;
    const z = sigma > 0 ? Math.abs(x - st.median) / sigma : Infinity;
    if (z > PARAMS.priceOutlier.threshold && ratio >= PARAMS.priceOutlier.minRatio) {
      emit({
        rule: 'price-outlier',
        severity: 'warning',
        field: 'price',
        message: `The price ${p.values.price!.trim()} is ${x > st.median ? 'far above' : 'far below'} the other ${st.n} products of its category (typical price ${round(st.medianPrice)}).`,
        fix: 'Check the price for a misplaced decimal point or a wrong currency.',
      });
    }
  }
}

const round = (n: number) => (n >= 100 ? Math.round(n).toString() : n.toFixed(2));
