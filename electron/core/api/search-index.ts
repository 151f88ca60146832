import type { Db } from '../store/index.js';

/** Columns the grid's full-text search covers (migration 3 created products_fts over them). */
export const SEARCH_COLUMNS = [
  'id',
  'title',
  'description',
  'brand',
  'product_type',
  'color',
  'size',
  'material',
  'gtin',
  'mpn',
] as const;

const cols = SEARCH_COLUMNS.map((c) => `"${c}"`).join(', ');

/**
 * Indexes products added since the last call. Import does not feed the index row by row (that would
 * slow a 1M-row import); the app catches up here when it opens the project or finishes an import.
 */
export function ensureSearchIndex(db: Db): number {
  const upto = Number(
    (db.prepare(`SELECT value FROM meta WHERE key = 'fts_upto'`).get() as { value: string } | undefined)?.value ?? 0,
  );
  const max = (db.prepare('SELECT max(pid) AS m FROM products').get() as { m: number | null }).m ?? 0;
  if (max <= upto) return 0;
  return db.transaction(() => {
    const n = db
      .prepare(`INSERT INTO products_fts(rowid, ${cols}) SELECT pid, ${cols} FROM products WHERE pid > ?`)
      .run(upto).changes;
    db.prepare(`INSERT INTO meta (key, value) VALUES ('fts_upto', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
      String(max),
    );
    return n;
  })();
}

/**
 * Turns what a seller types into a safe FTS5 query: every word must appear (as a prefix), and no
 * character of theirs is read as FTS syntax (quotes are doubled inside the quoted terms).
 */
export function toFtsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'._-]*/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 20)
    .map((w) => `"${w.replace(/"/g, '""')}"*`)
    .join(' AND ');
}
