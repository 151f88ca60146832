import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ChangeSummary, ExportCheck, ExportResult } from '../../../shared/api.js';
import { exportFeed, warningLines, writerFor, type ExportFormat } from '../export/index.js';
import { ORIGINAL_IS_CURRENT, readValue, type Db } from '../store/index.js';
import { ApiError } from './errors.js';

/** Blocking errors and warnings the audit recorded for a profile, so the seller sees them before writing. */
export function checkExport(db: Db, profile: string, auditAvailable: boolean): ExportCheck {
  const counts = db.prepare(`SELECT severity, count(*) AS n FROM findings WHERE profile = ? GROUP BY severity`).all(profile) as {
    severity: string;
    n: number;
  }[];
  const by = Object.fromEntries(counts.map((c) => [c.severity, c.n]));
  const examples = db
    .prepare(
      `SELECT p.row_no AS row, f.field, f.message, f.severity FROM findings f JOIN products p ON p.pid = f.pid
       WHERE f.profile = ? AND f.severity IN ('error','warning') ORDER BY CASE f.severity WHEN 'error' THEN 0 ELSE 1 END, p.row_no LIMIT 5`,
    )
    .all(profile) as ExportCheck['examples'];
  const audited = (db.prepare(`SELECT count(*) AS n FROM findings WHERE profile = ?`).get(profile) as { n: number }).n > 0;
  let note: string | null = null;
  if (!auditAvailable)
    note = `The audit is not available yet in this version, so the ${profile} rules were not checked before export.`;
  else if (!audited && profile !== 'source')
    note = `Not audited for ${profile} yet: run the audit with this profile to see its errors first.`;
  return { profile, errors: by.error ?? 0, warnings: by.warning ?? 0, examples, note };
}

/** Writes one feed into `dir` (default: an `exports` folder beside the project), named after the project. */
export async function writeExport(
  db: Db,
  projectPath: string,
  req: { profile: string; format?: ExportFormat; bom?: boolean; dir?: string },
): Promise<ExportResult> {
  let writer;
  try {
    writer = writerFor(req.profile);
  } catch (err) {
    throw new ApiError('bad_input', (err as Error).message);
  }
  const format = req.format ?? writer.formats[0];
  let ext: string = format ?? 'csv';
  if (req.profile === 'source') {
    const src = db.prepare('SELECT format FROM sources ORDER BY source_id LIMIT 1').get() as { format: string } | undefined;
    ext = src?.format === 'tsv' ? 'tsv' : 'csv';
  }
  const dir = req.dir ?? join(dirname(projectPath), 'exports');
  mkdirSync(dir, { recursive: true });
  const stem = basename(projectPath, extname(projectPath));
  const out = join(dir, `${stem}-${req.profile}.${ext}`);
  const r = await exportFeed(db, { profile: req.profile, out, format: req.format, bom: req.bom });
  const exportId = (db.prepare('SELECT max(export_id) AS id FROM exports').get() as { id: number }).id;
  return { exportId, ...r, warnings: warningLines(r.profile, r.warnings) };
}

export function exportPath(db: Db, exportId: number): string {
  const r = db.prepare('SELECT path FROM exports WHERE export_id = ?').get(exportId) as { path: string } | undefined;
  if (!r) throw new ApiError('not_found', `no export #${exportId} in this project`);
  return r.path;
}

/** What changed versus the original import: per field, and the first changed cells for a diff view. */
export function changeSummary(db: Db, limit: number): ChangeSummary {
  const touched = db
    .prepare(
      `SELECT DISTINCT c.pid, c.field FROM changes c JOIN batches b ON b.batch_id = c.batch_id WHERE b.state = 'applied' ORDER BY c.pid, c.field`,
    )
    .all() as { pid: number; field: string }[];
  const product = db.prepare(`SELECT row_no, "id", original FROM products WHERE pid = ?`);
  const byField = new Map<string, number>();
  const products = new Set<number>();
  const items: ChangeSummary['items'] = [];
  const current = (pid: number, field: string) => readCurrent(db, pid, field);
  let cache: { pid: number; row: { row_no: number; id: string | null; original: Record<string, string> | null } } | null = null;
  for (const t of touched) {
    if (!cache || cache.pid !== t.pid) {
      const r = product.get(t.pid) as { row_no: number; id: string | null; original: string };
      // No originals of its own: never edited, its values are still the ones imported.
      const original = r.original === ORIGINAL_IS_CURRENT ? null : (JSON.parse(r.original) as Record<string, string>);
      cache = { pid: t.pid, row: { row_no: r.row_no, id: r.id, original } };
    }
    if (!cache.row.original) continue;
    const before = cache.row.original[t.field] ?? null;
    const now = current(t.pid, t.field);
    if ((before ?? '') === (now ?? '')) continue; // changed and changed back: nothing to report
    byField.set(t.field, (byField.get(t.field) ?? 0) + 1);
    products.add(t.pid);
    if (items.length < limit)
      items.push({ pid: t.pid, row: cache.row.row_no, id: cache.row.id, field: t.field, original: before, current: now });
  }
  return {
    products: products.size,
    byField: [...byField].map(([field, count]) => ({ field, count })).sort((a, b) => b.count - a.count),
    items,
  };
}

function readCurrent(db: Db, pid: number, field: string): string | null {
  return readValue(db, pid, field) ?? null;
}
