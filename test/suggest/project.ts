import { join } from 'node:path';
import { importCatalog } from '../../electron/core/import/index.js';
import { openProject, type Db } from '../../electron/core/store/index.js';
import { ROOT } from '../support/shared-data.js';

export const FIXTURES = join(ROOT, 'test/fixtures/suggest');

/** A real project file with a fixture catalog imported into it. */
export async function projectWith(dir: string, file = 'shop.csv'): Promise<{ db: Db; path: string }> {
  const path = join(dir, 'p.cdoc');
  const db = openProject(path);
  await importCatalog(db, join(FIXTURES, file));
  return { db, path };
}

export interface Row {
  id: string;
  field: string;
  current: string | null;
  suggested: string;
  confidence: number;
  sources: string;
  evidence: { signals: string; items: Record<string, unknown>[] };
}

export function pending(db: Db): Row[] {
  return (
    db
      .prepare(
        `SELECT p."id" AS id, s.field, s.current, s.suggested, s.confidence, s.sources, s.evidence FROM suggestions s JOIN products p ON p.pid = s.pid WHERE s.state = 'pending'`,
      )
      .all() as (Omit<Row, 'evidence'> & { evidence: string })[]
  ).map((r) => ({ ...r, evidence: JSON.parse(r.evidence) as Row['evidence'] }));
}

export const find = (rows: Row[], id: string, field: string) => rows.find((r) => r.id === id && r.field === field);
