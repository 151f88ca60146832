import type { Db } from '../store/index.js';
import { catalogScore, type ScoreSummary } from './score.js';
import type { Severity } from './types.js';

/** One line of the findings report: the product's spreadsheet row and id, then the finding. */
export interface FindingRow {
  row: number;
  id: string;
  rule: string;
  severity: Severity;
  field: string;
  message: string;
  fix: string;
  profile: string;
  pid: number;
}

export interface AuditSummary {
  products: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
  scores: ScoreSummary[];
}

const SEVERITY_ORDER = `CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END`;

/** Findings in source order (row, then severity), streamed. */
export function* iterateFindings(db: Db): Generator<FindingRow> {
  const stmt = db.prepare(
    `SELECT p.row_no AS row, coalesce(p."id", '') AS id, f.rule, f.severity, f.field, f.message, coalesce(f.fix, '') AS fix, f.profile, f.pid
     FROM findings f JOIN products p ON p.pid = f.pid
     ORDER BY p.source_id, p.row_no, ${SEVERITY_ORDER}, f.rule, f.field`,
  );
  yield* stmt.iterate() as Iterable<FindingRow>;
}

export function summarise(db: Db, profiles: readonly string[]): AuditSummary {
  const products = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of db.prepare('SELECT severity, count(*) AS n FROM findings GROUP BY severity').all() as {
    severity: Severity;
    n: number;
  }[])
    bySeverity[r.severity] = r.n;
  const byRule: Record<string, number> = {};
  for (const r of db.prepare('SELECT rule, count(*) AS n FROM findings GROUP BY rule ORDER BY n DESC, rule').all() as {
    rule: string;
    n: number;
  }[])
    byRule[r.rule] = r.n;
  const scores = (profiles.length ? profiles : ['']).map((p) => catalogScore(db, p));
  return { products, findings: bySeverity.error + bySeverity.warning + bySeverity.info, bySeverity, byRule, scores };
}
