import { textHygiene } from './rules/hygiene.js';
import { gtinCheck, imageMissing, measureRange, priceCheck, titleContradiction } from './rules/values.js';
import { checkProfile } from './rules/profile.js';
import { imageTooSmall } from './rules/images.js';
import { imageKey, nearDuplicateKey } from './rules/groups.js';
import { clusterFieldsOf } from './rules/stats.js';
import { imageSizes, isLocalImage, resolveLocalImage, type ImageSize } from './images/dimensions.js';
import type { Profile } from './profiles/index.js';
import type { SourceInfo } from './load.js';
import type { Emit, ProductRule, RuleContext } from './rules/context.js';
import type { AuditProduct, Finding } from './types.js';

/**
 * What the full and the incremental audit do alike for one product: the per-product rules, and the
 * snapshot (keys and counted values) the catalog-wide rules and the next re-audit build on. Shared
 * by the engine (main thread) and the full audit's product pass (pass.ts, in a worker thread).
 */
const PRODUCT_RULES: readonly ProductRule[] = [
  textHygiene,
  gtinCheck,
  priceCheck,
  titleContradiction,
  measureRange,
  imageMissing,
  imageTooSmall,
];

/** Where findings go: the database writer (re-audit) or a batch bound for the main thread (full audit). */
export interface FindingSink {
  add(f: Finding): void;
  /** Missing-field findings added so far (a score needs to know whether a product missed any). */
  missingCount(pid: number): number;
}

export const isMissingRule = (rule: string) => rule.endsWith(':missing-required') || rule.endsWith(':missing-recommended');

/** A product's keys for the catalog-wide rules, and the snapshot the statistics counted. */
export interface Snapshot {
  gtin?: string;
  dup?: string;
  image?: string;
  id?: string;
  group?: string;
  vals: Record<string, string>;
}

/** What audit_state.vals stores: the counted values plus the id and item group the product had. */
function valsJson(s: Snapshot): string {
  return JSON.stringify({ vals: s.vals, id: s.id, group: s.group });
}

/** One audit_state row: (pid, rev, gtin, dup, image, group, vals, need), for the full and the incremental audit alike. */
export function stateRow(p: AuditProduct & { rev: number }, snap: Snapshot, need: Record<string, [number, number]> | undefined) {
  return [
    p.pid,
    p.rev,
    snap.gtin ?? null,
    snap.dup ?? null,
    snap.image ?? null,
    snap.group ?? null,
    valsJson(snap),
    need ? JSON.stringify(need) : null,
  ] as const;
}
export const STATE_COLUMNS = 8;

const GTIN_NOISE = /[\s-]/g;

export function snapshotOf(p: AuditProduct): Snapshot {
  const vals: Record<string, string> = {};
  for (const f of clusterFieldsOf(p)) {
    const v = p.values[f];
    if (v) vals[f] = v;
  }
  return {
    gtin: p.values.gtin?.trim().replace(GTIN_NOISE, '') || undefined,
    dup: nearDuplicateKey(p),
    image: imageKey(p),
    id: p.values.id,
    group: p.values.item_group_id,
    vals,
  };
}

export function withPid(f: Parameters<Emit>[0], p: AuditProduct): Finding {
  return { ...f, pid: p.pid, profile: f.profile ?? '', current: f.suggested !== undefined ? p.values[f.field] : undefined };
}

/** Runs the per-product rules (catalog and profiles); returns the required/recommended counts a score needs. */
export function checkProduct(p: AuditProduct, ctx: RuleContext, w: FindingSink): Record<string, [number, number]> | undefined {
  const emit: Emit = (f) => w.add(withPid(f, p));
  for (const rule of PRODUCT_RULES) rule(p, ctx, emit);
  let need: Record<string, [number, number]> | undefined;
  for (const prof of ctx.profiles) {
    const before = w.missingCount(p.pid);
    const n = checkProfile(prof, p, emit);
    if (w.missingCount(p.pid) > before) (need ??= {})[prof.name] = [n.nRequired, n.nRecommended];
  }
  return need;
}

const SLIM_FIELDS = ['price', 'product_type', 'google_product_category'];

/** The values the statistics pass needs, without the long texts. */
export function slim(p: AuditProduct, measureFields: Iterable<string>): AuditProduct {
  const values: Record<string, string> = {};
  const keep = (f: string) => {
    const v = p.values[f];
    if (v) values[f] = v;
  };
  for (const f of clusterFieldsOf(p)) keep(f);
  for (const f of measureFields) keep(f);
  for (const f of SLIM_FIELDS) keep(f);
  return { pid: p.pid, rowNo: p.rowNo, sourceId: p.sourceId, values, optionAttrs: p.optionAttrs };
}

export function contextFor(
  sources: Map<number, SourceInfo>,
  profiles: readonly Profile[],
  images: Map<string, ImageSize> = new Map(),
): RuleContext {
  return {
    profiles,
    sourceHasField: (sid, f) => sources.get(sid)?.fields.has(f) ?? false,
    imageSize: (p) =>
      images.size && p.values.image_link ? images.get(localImageKey(p.sourceId, p.values.image_link)) : undefined,
  };
}

const localImageKey = (sourceId: number, link: string) => `${sourceId}\u0000${link}`;

/** Pixel sizes of the local image files among (source, image_link) pairs, keyed by the pair. */
export function localImageSizes(links: Iterable<[number, string]>, sources: Map<number, SourceInfo>): Map<string, ImageSize> {
  const files = new Map<string, string>();
  for (const [sid, link] of links) {
    if (!isLocalImage(link)) continue;
    const file = resolveLocalImage(link, sources.get(sid)?.dir);
    if (file) files.set(localImageKey(sid, link), file);
  }
  const sizes = imageSizes([...new Set(files.values())]);
  const out = new Map<string, ImageSize>();
  for (const [k, f] of files) {
    const s = sizes.get(f);
    if (s) out.set(k, s);
  }
  return out;
}
