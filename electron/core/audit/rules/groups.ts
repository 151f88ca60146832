import { VARIANT_FIELDS, isCanonicalField } from '../../../../shared/fields.js';
import { PARAMS } from '../lexicons.js';
import { parsePrice } from '../text/price.js';
import { fingerprint, words } from '../text/fingerprint.js';
import type { AuditProduct, Finding } from '../types.js';
import { label } from './hygiene.js';

/**
 * Rules over sets of products sharing a key (id, GTIN, title key, image, item group). The engine
 * finds the sets with SQL GROUP BY (full audit) or by index lookup of the touched keys (re-audit);
 * the rules here only judge one set.
 */
export type GroupRule = (members: AuditProduct[]) => Finding[];

const rows = (ps: AuditProduct[], except: AuditProduct, max = 3) => {
  const others = ps.filter((p) => p !== except).map((p) => p.rowNo);
  const head = others.slice(0, max).join(', ');
  return others.length > max ? `${head} and ${others.length - max} more` : head;
};
const rowWord = (ps: AuditProduct[]) => (ps.length > 2 ? 'rows' : 'row');

export const duplicateId: GroupRule = (ms) => {
  if (ms.length < 2) return [];
  return ms.map((p) => ({
    pid: p.pid,
    rule: 'duplicate-id',
    severity: 'error',
    field: 'id',
    profile: '',
    message: `The id "${p.values.id}" is also used on ${rowWord(ms)} ${rows(ms, p)}; every product needs its own id.`,
    fix: 'Give each product a unique id (SKU).',
  }));
};

export const duplicateGtin: GroupRule = (ms) => {
  if (new Set(ms.map((p) => p.values.id ?? `#${p.pid}`)).size < 2) return [];
  return ms.map((p) => ({
    pid: p.pid,
    rule: 'duplicate-gtin',
    severity: 'error',
    field: 'gtin',
    profile: '',
    message: `The GTIN ${p.values.gtin?.trim()} is also on ${rowWord(ms)} ${rows(ms, p)}; a GTIN identifies exactly one product.`,
    fix: 'Check the barcode of each product; only one of them can be right.',
  }));
};

const groupOf = (p: AuditProduct) => p.values.item_group_id?.trim() || `#${p.pid}`;

/** Custom attributes that show a product's look, content or version: photos, colour/size/style-like columns, ingredients, pack size. */
const DISTINGUISHING_ATTR =
  /image|photo|picture|img|colou?r|size|style|flavou?r|scent|variant|pattern|material|finish|fit\b|ingredient|quantity|weight|volume|capacity|pack|model/i;
const distinguishingCache = new Map<string, boolean>();
function isDistinguishing(attr: string): boolean {
  let d = distinguishingCache.get(attr);
  if (d === undefined) distinguishingCache.set(attr, (d = DISTINGUISHING_ATTR.test(attr)));
  return d;
}

/** 32-bit FNV-1a of a text with case, spaces and punctuation ignored: keeps long descriptions out of the key. */
function textHash(s: string | undefined): string {
  if (!s) return '';
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x2f || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f)) continue;
    h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c + 32 : c), 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Key for near-duplicates: the title fingerprint plus everything that could tell two products apart
 * (variant attributes, option values, price, photos, colour/size-like columns, description). Equal
 * titles with another colour, photo or description are variants (adidas colourways), not duplicates:
 * a near-duplicate is "same title modulo noise AND nothing distinguishing them".
 */
export function nearDuplicateKey(p: AuditProduct): string | undefined {
  const t = p.values.title;
  if (!t || t.trim().length < PARAMS.nearDuplicate.minTitleLength) return undefined;
  const fp = (v: string | undefined) => (v ? fingerprint(v) : '');
  let key = `${fingerprint(t)}|${fp(p.values.brand)}|${fp(p.values.product_type)}|${fp(p.values.google_product_category)}`;
  for (const f of VARIANT_FIELDS) key += `|${fp(p.values[f])}`;
  for (const a of p.optionAttrs) key += `|${fp(p.values[a])}`;
  const shown = p.values.price || p.values.sale_price;
  const price = shown ? (parsePrice(shown)?.amount ?? shown) : '';
  key += `|${price}|${imageKey(p) ?? ''}|${textHash(p.values.additional_image_link)}|${textHash(p.values.description)}`;
  const values = p.values;
  for (const f in values) {
    const v = values[f];
    if (v && !isCanonicalField(f) && isDistinguishing(f)) key += `|${f}=${textHash(v)}`;
  }
  return hash64(key);
}

/** A 64-bit digest (two 32-bit FNV-1a lanes) of the key: short to store and index for 1M products; collisions are negligible. */
function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + '.' + (b >>> 0).toString(36);
}

export const nearDuplicate: GroupRule = (ms) => {
  if (new Set(ms.map(groupOf)).size < 2) return [];
  const ids = new Set(ms.map((p) => p.values.id?.trim() ?? `#${p.pid}`));
  if (ids.size < 2) return []; // same id: duplicate-id already says it
  return ms.map((p) => ({
    pid: p.pid,
    rule: 'near-duplicate',
    severity: 'warning',
    field: 'title',
    profile: '',
    message: `This product looks like a duplicate of ${rowWord(ms)} ${rows(ms, p)} (same title and attributes, different id).`,
    fix: 'Remove the duplicate, or make the titles say how the products differ.',
  }));
};

export function imageKey(p: AuditProduct): string | undefined {
  const v = p.values.image_link?.trim();
  if (!v) return undefined;
  // Query strings carry cache busters (?v=123); the file is the same.
  return v.replace(/[?#].*$/, '').toLowerCase();
}

const jaccard = (a: Set<string>, b: Set<string>) => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 1;
};

/** The product family's name: the title before a variant suffix ("Hoodie - Blue, Yes" -> "Hoodie"). */
function baseWords(title: string): Set<string> {
  const base = title.split(/\s[-\u2013\u2014|]\s|,/)[0] ?? title;
  return new Set(words(base));
}

const subset = (a: Set<string>, b: Set<string>) => {
  if (!a.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
};

/**
 * Products sharing one photo are related when they sit in one item group, have similar titles, or one's
 * family name is contained in the other's title ("Hoodie with Logo" and "Hoodie - Blue, Yes"): a shared
 * photo among a family is normal, across unrelated products it is a mistake.
 */
export const sharedImage: GroupRule = (ms) => {
  if (new Set(ms.map(groupOf)).size < 2) return [];
  const tw = ms.map((p) => new Set(words(p.values.title ?? '')));
  const bw = ms.map((p) => baseWords(p.values.title ?? ''));
  const related = (i: number, j: number) =>
    groupOf(ms[i]!) === groupOf(ms[j]!) ||
    jaccard(tw[i]!, tw[j]!) >= PARAMS.sharedImage.maxTitleJaccard ||
    subset(bw[i]!, tw[j]!) ||
    subset(bw[j]!, tw[i]!);
  const out: Finding[] = [];
  ms.forEach((p, i) => {
    const unrelated = ms.filter((_, j) => j !== i && !related(i, j));
    if (!unrelated.length) return;
    out.push({
      pid: p.pid,
      rule: 'shared-image',
      severity: 'warning',
      field: 'image_link',
      profile: '',
      message: `The same image is used by an unrelated product on ${rowWord([p, ...unrelated])} ${rows(unrelated, p)}.`,
      fix: 'Use a photo of this product.',
    });
  });
  return out;
};

/** Variant groups: brand/category agree, variant attributes present on every variant, no two variants alike. */
export const variantGroup: GroupRule = (ms) => {
  if (ms.length < 2) return [];
  const out: Finding[] = [];
  const gid = ms[0]!.values.item_group_id;
  for (const f of ['brand', 'product_type', 'google_product_category'] as const) {
    const counts = new Map<string, number>();
    for (const p of ms) {
      const v = p.values[f]?.trim();
      if (v) counts.set(fingerprint(v), (counts.get(fingerprint(v)) ?? 0) + 1);
    }
    if (counts.size < 2) continue;
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const topValue = ms.find((p) => p.values[f] && fingerprint(p.values[f]!) === top)!.values[f]!.trim();
    for (const p of ms) {
      const v = p.values[f]?.trim();
      if (v && fingerprint(v) !== top) {
        out.push({
          pid: p.pid,
          rule: 'variant-group-conflict',
          severity: 'warning',
          field: f,
          profile: '',
          message: `The ${label(f)} "${v}" differs from the other variants of item group "${gid}" ("${topValue}").`,
          fix: `Use the same ${label(f)} on every variant.`,
        });
      }
    }
  }
  const defining = [...VARIANT_FIELDS, ...new Set(ms.flatMap((p) => p.optionAttrs))].filter((f) =>
    ms.some((p) => p.values[f]?.trim()),
  );
  for (const f of defining) {
    const filled = ms.filter((p) => p.values[f]?.trim()).length;
    // Present on most variants but missing on some: the missing ones cannot be told apart.
    if (filled === ms.length || filled * 2 < ms.length) continue;
    for (const p of ms) {
      if (!p.values[f]?.trim()) {
        out.push({
          pid: p.pid,
          rule: 'variant-missing-attribute',
          severity: 'warning',
          field: f,
          profile: '',
          message: `The other variants of item group "${gid}" have a ${label(f)}, this one has none.`,
          fix: `Fill in the ${label(f)}.`,
        });
      }
    }
  }
  const byCombo = new Map<string, AuditProduct[]>();
  for (const p of ms) {
    const combo = defining.map((f) => fingerprint(p.values[f] ?? '')).join('|');
    const list = byCombo.get(combo);
    if (list) list.push(p);
    else byCombo.set(combo, [p]);
  }
  for (const same of byCombo.values()) {
    if (same.length < 2) continue;
    const field = defining[0] ?? 'item_group_id';
    const combo = defining
      .map((f) => same[0]!.values[f])
      .filter(Boolean)
      .join(' / ');
    for (const p of same) {
      out.push({
        pid: p.pid,
        rule: 'variant-duplicate-options',
        severity: 'error',
        field,
        profile: '',
        message: defining.length
          ? `Another variant of item group "${gid}" on ${rowWord(same)} ${rows(same, p)} has the same options (${combo}).`
          : `Item group "${gid}" has several variants and no attribute (color, size...) tells them apart.`,
        fix: 'Give each variant its own option values, or remove the duplicate.',
      });
    }
  }
  return out;
};
