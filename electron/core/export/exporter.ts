import { resolve } from 'node:path';
import type { Db } from '../store/index.js';
import { writeAtomically } from './atomic-file.js';
import { guardFormula } from './formula-guard.js';
import { writerFor } from './registry.js';
import type { ExportOptions, ExportWarnings, KeptAside } from './types.js';

export interface ExportResult {
  profile: string;
  format: string;
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** Products written without a required value, and values that could not be converted. */
  warnings: ExportWarnings;
}

/** Writes one feed atomically and records in the project what was written. */
export async function exportFeed(db: Db, opts: ExportOptions): Promise<ExportResult> {
  const writer = writerFor(opts.profile);
  if (opts.format && !writer.formats.includes(opts.format)) {
    throw new Error(`profile "${opts.profile}" writes ${writer.formats.join(' or ')}, not ${opts.format}`);
  }
  const guard = opts.formulaGuard === false ? (c: string) => c : guardFormula;
  const feed = writer.render(db, { format: opts.format, guard });
  const path = resolve(opts.out);
  // One BOM at most: a writer may already give one (the source had it) when --bom asks for one too.
  function* withBom(): Generator<string> {
    let first = true;
    for (const chunk of feed.chunks) {
      if (first && chunk !== '') {
        first = false;
        if (opts.bom && !chunk.startsWith('\ufeff')) yield '\ufeff';
      }
      yield chunk;
    }
    if (first && opts.bom) yield '\ufeff';
  }
  const written = await writeAtomically(path, withBom());
  db.prepare(`INSERT INTO exports (profile, format, path, rows, bytes, sha256, at) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    opts.profile,
    feed.format,
    path,
    feed.stats.rows,
    written.bytes,
    written.sha256,
    new Date().toISOString(),
  );
  const warnings = feed.stats.warnings ?? { missing: {}, notes: {} };
  // A writer that does not account for them writes products only: the rows kept aside are not in its file.
  warnings.keptAside ??= rowsLeftOut(db);
  return { profile: opts.profile, format: feed.format, rows: feed.stats.rows, ...written, warnings };
}

/** The rows kept aside at import (they are not products), when there are any. */
function rowsLeftOut(db: Db): KeptAside | undefined {
  const { n } = db.prepare(`SELECT count(*) AS n FROM rejected_rows`).get() as { n: number };
  if (n === 0) return undefined;
  const first = db
    .prepare(
      `SELECT x.row_no, s.name FROM rejected_rows x JOIN sources s USING (source_id) ORDER BY x.source_id, x.row_no LIMIT 3`,
    )
    .all() as { row_no: number; name: string }[];
  return { written: 0, left: n, writtenRows: [], leftRows: first.map((r) => `row ${r.row_no} of ${r.name}`) };
}
