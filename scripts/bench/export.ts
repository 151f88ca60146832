/** Bench phase: export the `source` profile of a bench project, timed from opening the project to the renamed file. */
import { openProject, closeProject } from '../../electron/core/store/index.js';
import { exportFeed } from '../../electron/core/export/index.js';

export async function benchExport(
  project: string,
  out: string,
): Promise<{ rows: number; bytes: number; seconds: number; rowsPerSecond: number }> {
  const t0 = performance.now();
  const db = openProject(project, { create: false });
  const result = await exportFeed(db, { profile: 'source', out });
  closeProject(db);
  const seconds = (performance.now() - t0) / 1000;
  return { rows: result.rows, bytes: result.bytes, seconds, rowsPerSecond: Math.round(result.rows / seconds) };
}
