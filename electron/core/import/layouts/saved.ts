import { createRequire } from 'node:module';
import type { ColumnMapping, LayoutName } from '../../../../shared/layouts.js';
import type { Db } from '../../store/index.js';

// node:crypto loads on first use: the import worker needs it only when the project has saved mappings.
const load = createRequire(import.meta.url);

/** Files with the same columns in the same order share a signature (and so a saved mapping). */
export function headerSignature(header: string[]): string {
  const { createHash } = load('node:crypto') as typeof import('node:crypto');
  return createHash('sha256')
    .update(JSON.stringify(header.map((h) => h.replace(/^\uFEFF/, '').trim())))
    .digest('hex');
}

export interface SavedMapping {
  signature: string;
  layout: LayoutName;
  mapping: ColumnMapping;
  savedAt: string;
}

/** The mapping the seller last saved for files with this header, if any. */
export function findSavedMapping(db: Db, header: string[]): SavedMapping | undefined {
  const row = db
    .prepare(`SELECT signature, layout, mapping, saved_at FROM saved_mappings WHERE signature = ?`)
    .get(headerSignature(header)) as { signature: string; layout: LayoutName; mapping: string; saved_at: string } | undefined;
  return row
    ? { signature: row.signature, layout: row.layout, mapping: JSON.parse(row.mapping) as ColumnMapping, savedAt: row.saved_at }
    : undefined;
}

/** Saves the seller's mapping for every later file with this header (replacing an earlier one). */
export function saveMapping(db: Db, header: string[], layout: LayoutName, mapping: ColumnMapping): SavedMapping {
  const saved = { signature: headerSignature(header), layout, mapping, savedAt: new Date().toISOString() };
  db.prepare(
    `INSERT INTO saved_mappings (signature, layout, header, mapping, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(signature) DO UPDATE SET layout = excluded.layout, header = excluded.header, mapping = excluded.mapping, saved_at = excluded.saved_at`,
  ).run(saved.signature, layout, JSON.stringify(header), JSON.stringify(mapping), saved.savedAt);
  return saved;
}

/** Forgets the saved mapping for this header (the next import maps automatically again). */
export function forgetMapping(db: Db, header: string[]): boolean {
  return db.prepare(`DELETE FROM saved_mappings WHERE signature = ?`).run(headerSignature(header)).changes > 0;
}

/** Every saved mapping, by signature: the import worker cannot read the project, so it gets these. */
export function loadSavedMappings(db: Db): Record<string, { layout: LayoutName; mapping: ColumnMapping }> {
  const out: Record<string, { layout: LayoutName; mapping: ColumnMapping }> = {};
  for (const r of db.prepare(`SELECT signature, layout, mapping FROM saved_mappings`).all() as {
    signature: string;
    layout: LayoutName;
    mapping: string;
  }[]) {
    out[r.signature] = { layout: r.layout, mapping: JSON.parse(r.mapping) as ColumnMapping };
  }
  return out;
}
