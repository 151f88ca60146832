/** Bench phase: import a generated catalog into a fresh project, timed end to end (open to close) and per stage. */
import { rmSync } from 'node:fs';
import { openProject, closeProject } from '../../electron/core/store/index.js';
// The importer alone, not the import index: the readers and layouts load in the worker, as in the app.
import { importCatalog } from '../../electron/core/import/importer.js';

export async function benchImport(
  csv: string,
  project: string,
): Promise<{ rows: number; products: number; seconds: number; rowsPerSecond: number; stages: Record<string, number> }> {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(project + suffix, { force: true });
  const t0 = performance.now();
  const db = openProject(project);
  const t1 = performance.now();
  const result = await importCatalog(db, csv, { layout: 'auto', worker: process.env.BENCH_INLINE !== '1' });
  const t2 = performance.now();
  closeProject(db);
  const t3 = performance.now();
  const seconds = (t3 - t0) / 1000;
  return {
    rows: result.rows,
    products: result.products,
    seconds,
    rowsPerSecond: Math.round(result.rows / seconds),
    stages: { openSeconds: (t1 - t0) / 1000, importSeconds: (t2 - t1) / 1000, closeSeconds: (t3 - t2) / 1000 },
  };
}
