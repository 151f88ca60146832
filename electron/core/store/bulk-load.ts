import type { Db } from './project.js';

/*
 * How the store takes a big load of new products (an import) cheaply without giving up atomicity:
 * the caller runs the whole load in one transaction, and these settings only change how SQLite
 * writes it. Measured with `npm run bench` and shuffled copies of its catalogs (BENCHMARKS.md).
 */

/** Page cache while the products table is loaded without its indexes: 4 MiB. */
const LOAD_CACHE_KIB = 4096;

/**
 * In WAL mode a big import writes every page twice (into the WAL, then the checkpoint copies it);
 * with a rollback journal new pages are written once, and the transaction is just as atomic (a
 * cancel, failure or crash rolls back). The switch needs the file to itself: when another
 * connection has it open, SQLite keeps WAL and so does the import. Call outside a transaction;
 * the returned function switches back.
 */
export function useRollbackJournal(db: Db): () => void {
  const keep = () => {};
  if (db.memory || db.inTransaction) return keep;
  try {
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') return keep;
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') return keep;
  } catch {
    return keep;
  }
  return () => {
    try {
      db.pragma('journal_mode = WAL');
    } catch {
      // Left in rollback-journal mode: still a complete, valid project; the next open sets WAL again.
    }
  };
}

/** A load in progress: `beforeCommit` inside the transaction, `restore` after it, committed or not. */
export interface ProductLoad {
  beforeCommit(): void;
  restore(): void;
}

/**
 * Loading into a project with no products yet (a first import): the products table's indexes are
 * dropped inside the caller's transaction and built again by `beforeCommit`, one sort each instead
 * of a b-tree kept in order row by row. With ids in random order that b-tree is the import's main
 * cost: 1M shuffled products took 10.8-14.9 s with live indexes, 7.3-9.4 s this way. Without
 * indexes to keep, a small page cache is faster too (pages are written as they fill instead of all
 * at the commit: 100k products 1.72 s -> 1.55 s), though with live indexes on random ids it would
 * thrash (27 s for the same 1M). A failed or cancelled load rolls back with its transaction, and
 * the indexes with it. A project that has products keeps its indexes and cache: rebuilding an index
 * over all of them would cost more than a small import saves.
 */
export function beginProductLoad(db: Db): ProductLoad {
  if (!db.inTransaction) throw new Error('beginProductLoad: call inside the load transaction');
  const none: ProductLoad = { beforeCommit() {}, restore() {} };
  if (db.prepare('SELECT 1 FROM products LIMIT 1').get() !== undefined) return none;
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'products' AND sql IS NOT NULL`)
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
  return {
    beforeCommit() {
      for (const { sql } of indexes) db.exec(sql);
    },
    restore() {
      db.pragma(`cache_size = ${cache}`);
    },
  };
}
