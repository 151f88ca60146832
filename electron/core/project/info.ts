import { CANONICAL_FIELDS } from '../../../shared/fields.js';
import type { Db } from '../store/index.js';

export interface ProjectInfo {
  products: number;
  groups: number;
  sources: { file: string; format: string; layout: string; encoding: string; rows: number; rejected: number }[];
  filled: Record<string, number>;
  customAttributes: Record<string, number>;
  changes: { applied: number; undone: number };
}

/** What is in a project: counts, sources and how many products fill each canonical field. */
export function projectInfo(db: Db): ProjectInfo {
  const products = (db.prepare('SELECT count(*) n FROM products').get() as { n: number }).n;
  const groups = (db.prepare(`SELECT count(DISTINCT coalesce(item_group_id, 'pid:' || pid)) n FROM products`).get() as { n: number }).n;
  const sources = db
    .prepare(`SELECT path AS file, format, layout, encoding, row_count AS rows, rejected_count AS rejected FROM sources ORDER BY source_id`)
    .all() as ProjectInfo['sources'];
  const counts = db
    .prepare(`SELECT ${CANONICAL_FIELDS.map((f) => `count("${f}") AS "${f}"`).join(', ')} FROM products`)
    .get() as Record<string, number>;
  const customAttributes: Record<string, number> = {};
  for (const r of db
    .prepare(`SELECT j.key AS k, count(*) AS n FROM products, json_each(products.attrs) j WHERE products.attrs IS NOT NULL GROUP BY j.key ORDER BY n DESC`)
    .all() as { k: string; n: number }[]) {
    customAttributes[r.k] = r.n;
  }
  const states = db.prepare(`SELECT state, count(*) n FROM batches GROUP BY state`).all() as { state: string; n: number }[];
  const by = Object.fromEntries(states.map((s) => [s.state, s.n]));
  return { products, groups, sources, filled: counts, customAttributes, changes: { applied: by.applied ?? 0, undone: by.undone ?? 0 } };
}
