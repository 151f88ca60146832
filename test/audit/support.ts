import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject, closeProject, type Db } from '../../electron/core/store/index.js';
import { importCatalog } from '../../electron/core/import/index.js';
import { runAudit, iterateFindings, type FindingRow } from '../../electron/core/audit/index.js';

/** Writes a CSV catalog into `dir`, imports it into a real project file and returns the open project. */
export async function projectFrom(dir: string, csv: string, name = 'shop.csv'): Promise<Db> {
  const file = join(dir, name);
  writeFileSync(file, csv);
  const db = openProject(join(dir, 'p.cdoc'));
  await importCatalog(db, file);
  return db;
}

/** Imports, audits and returns every finding (then closes the project). */
export async function audit(dir: string, csv: string, profiles: string[] = []): Promise<FindingRow[]> {
  const db = await projectFrom(dir, csv);
  try {
    runAudit(db, { profiles });
    return [...iterateFindings(db)];
  } finally {
    closeProject(db);
  }
}

/** "row:rule:field" keys of the findings, for compact assertions. */
export const keys = (fs: FindingRow[]) => fs.map((f) => `${f.row}:${f.rule}:${f.field}`);

/** Builds a CSV from a header and rows of cells (quotes cells that need it). */
export function csv(header: string[], rows: (string | number)[][]): string {
  const q = (c: string | number) => {
    const s = String(c);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(q).join(',')).join('\n') + '\n';
}
