import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { importCatalog } from '../../electron/core/import/index.js';
import { exportFeed, type ExportOptions, type ExportResult } from '../../electron/core/export/index.js';
import { openProject, type Db } from '../../electron/core/store/index.js';
import { ROOT } from '../support/shared-data.js';

export const FIXTURES = resolve(ROOT, 'test/fixtures/export');

/** Imports fixture files into a real project file in `dir`. */
export async function projectWith(dir: string, ...fixtures: string[]): Promise<Db> {
  const db = openProject(join(dir, 'p.cdoc'));
  for (const f of fixtures) await importCatalog(db, join(FIXTURES, f));
  return db;
}

/** Exports and reads the written text back (BOM kept, so tests can see it). */
export async function exportText(
  db: Db,
  dir: string,
  opts: Omit<ExportOptions, 'out'> & { out?: string },
): Promise<{ text: string; result: ExportResult }> {
  const out = opts.out ?? join(dir, `feed-${opts.profile}.${opts.format ?? 'out'}`);
  const result = await exportFeed(db, { ...opts, out });
  return { text: readFileSync(out, 'utf8'), result };
}

/** Parses delimited text into rows of cells with csv-parse (a library, not our own writer's logic). */
export function parseRows(text: string, delimiter = ','): string[][] {
  return parse(text, { delimiter, relax_column_count: false, bom: true }) as string[][];
}

/** Rows as objects keyed by header, the header being row `headerRow` (0-based). */
export function parseRecords(text: string, delimiter = ',', headerRow = 0): Record<string, string>[] {
  const rows = parseRows(text, delimiter);
  const header = rows[headerRow]!;
  return rows.slice(headerRow + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
}
