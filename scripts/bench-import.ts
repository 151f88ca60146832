/** Bench phase: import a generated catalog into a fresh project, timed end to end (open to close). */
import { rmSync } from 'node:fs';
import { openProject, closeProject } from '../electron/core/store/index.js';
import { importCatalog } from '../electron/core/import/index.js';

export async function benchImport(csv: string, project: string): Promise<{ rows: number; products: number; seconds: number; rowsPerSecond: number }> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(project + suffix, { force: true });
  const t0 = performance.now();
  const db = openProject(project);
  const result = await importCatalog(db, csv, { layout: 'auto', worker: process.env.BENCH_INLINE !== '1' });
  closeProject(db);
  const seconds = (performance.now() - t0) / 1000;
  return { rows: result.rows, products: result.products, seconds, rowsPerSecond: Math.round(result.rows / seconds) };
}
