import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject, closeProject, type Db } from '../core/store/index.js';
// The importer alone, not the import index: the readers and layouts load in the import's worker.
import { importCatalog } from '../core/import/importer.js';
import { progressReporter } from './progress.js';
import { UsageError } from './errors.js';

export interface OpenedTarget {
  db: Db;
  /** Set when a catalog file was imported into a temporary project. */
  temporary?: string;
  close(): void;
}

/** A command's target is a `.cdoc` project, or a catalog file imported into a temporary project first. */
export async function openTarget(target: string | undefined): Promise<OpenedTarget> {
  if (!target) throw new UsageError('name a project (.cdoc) or a catalog file');
  if (!existsSync(target)) throw new UsageError(`${target}: no such file`);
  if (target.endsWith('.cdoc')) {
    const db = openProject(target, { create: false });
    return { db, close: () => closeProject(db) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'catalog-doctor-'));
  const db = openProject(join(dir, 'temporary.cdoc'));
  try {
    await importCatalog(db, target, { onProgress: progressReporter('import') });
  } catch (err) {
    closeProject(db);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    db,
    temporary: dir,
    close: () => {
      closeProject(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
