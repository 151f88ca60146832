import type { FindingsSummary } from '../../../shared/api.js';
import type { Db } from '../store/index.js';

type Severity = 'error' | 'warning' | 'info';

/** Findings by rule and severity, read from the project (whoever ran the audit: the app or the CLI). */
export function findingsSummary(db: Db, scores: Record<string, number> = {}): FindingsSummary {
  const bySeverity: Record<string, number> = {};
  for (const r of db.prepare('SELECT severity, count(*) AS n FROM findings GROUP BY severity').all() as {
    severity: string;
    n: number;
  }[]) {
    bySeverity[r.severity] = r.n;
  }
  const names: Severity[] = ['error', 'warning', 'info'];
  const byRule = (
    db
      .prepare(
        `SELECT rule, min(CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END) AS rank, count(*) AS count,
           count(DISTINCT pid) AS products, count(fix) AS fixable, min(message) AS example
         FROM findings GROUP BY rule ORDER BY rank, count DESC`,
      )
      .all() as { rule: string; rank: number; count: number; products: number; fixable: number; example: string }[]
  ).map(({ rank, ...r }) => ({ ...r, severity: names[rank] ?? 'info' }));
  return { total: Object.values(bySeverity).reduce((a, b) => a + b, 0), bySeverity, byRule, scores };
}

export function findingsFor(db: Db, pid: number) {
  return db.prepare('SELECT rule, severity, field, message, fix, profile FROM findings WHERE pid = ?').all(pid) as {
    rule: string;
    severity: Severity;
    field: string;
    message: string;
    fix: string | null;
    profile: string;
  }[];
}
