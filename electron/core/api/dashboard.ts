import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dashboard } from '../../../shared/api.js';
import { CANONICAL_FIELDS } from '../../../shared/fields.js';
import { catalogScore, runAudit } from '../audit/index.js';
import { closeProject, openProject, ORIGINAL_IS_CURRENT, type Db } from '../store/index.js';

/** Categories shown one by one in the chart; the rest are summed as "other categories". */
const TOP_CATEGORIES = 12;

/** Profiles the findings were last computed for ('' = consistency rules only, always scored). */
function scoredProfiles(db: Db): string[] {
  const audited = (
    db.prepare(`SELECT DISTINCT profile FROM findings WHERE profile <> '' ORDER BY profile`).all() as { profile: string }[]
  ).map((r) => r.profile);
  return ['', ...audited];
}

/**
 * Score of the catalog as it was imported: the audit run over the original values in a scratch copy
 * of the project (VACUUM INTO), so the seller's project and its findings are untouched. The original
 * values never change, so the result is kept per project, product count and profile list.
 */
const beforeCache = new WeakMap<Db, Map<string, Record<string, number>>>();

function scoresAtImport(db: Db, profiles: string[], products: number): Record<string, number> {
  const key = `${products}\u0000${profiles.join('\u0000')}`;
  const cached = beforeCache.get(db)?.get(key);
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'catalog-doctor-score-'));
  const copyPath = join(dir, 'at-import.cdoc');
  try {
    db.prepare('VACUUM INTO ?').run(copyPath);
    const copy = openProject(copyPath);
    try {
      const canonical = new Set<string>(CANONICAL_FIELDS);
      copy.transaction(() => {
        const sets = CANONICAL_FIELDS.map((f) => `"${f}" = json_extract(original, '$."${f}"')`).join(', ');
        // Custom attributes are every original key that is not a canonical field.
        copy
          .prepare(
            `UPDATE products SET ${sets}, attrs = (SELECT json_group_object(key, value) FROM json_each(products.original)
               WHERE key NOT IN (SELECT value FROM json_each(?))) WHERE original <> ?`,
          )
          .run(JSON.stringify([...canonical]), ORIGINAL_IS_CURRENT); // never edited: already as imported
      })();
      runAudit(copy, { profiles: profiles.filter((p) => p !== ''), full: true });
      const out: Record<string, number> = {};
      for (const p of profiles) out[p] = catalogScore(copy, p).score;
      const perDb = beforeCache.get(db) ?? new Map<string, Record<string, number>>();
      perDb.set(key, out);
      beforeCache.set(db, perDb);
      return out;
    } finally {
      closeProject(copy);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The dashboard: quality score per profile at import and now, findings by rule, category and severity. */
export function dashboard(db: Db): Dashboard {
  const products = (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
  const audited = (db.prepare('SELECT count(*) AS n FROM audit_state').get() as { n: number }).n > 0;
  const profiles = products > 0 && audited ? scoredProfiles(db) : [];
  const before = profiles.length ? scoresAtImport(db, profiles, products) : {};
  const scores = profiles.map((profile) => {
    const now = catalogScore(db, profile);
    return { profile, before: before[profile] ?? now.score, after: now.score, grade: now.grade, poor: now.poor };
  });

  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const r of db.prepare('SELECT severity, count(*) AS n FROM findings GROUP BY severity').all() as {
    severity: keyof typeof bySeverity;
    n: number;
  }[])
    if (r.severity in bySeverity) bySeverity[r.severity] = r.n;

  const byRule = db
    .prepare(
      `SELECT rule, CASE min(CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END)
         WHEN 0 THEN 'error' WHEN 1 THEN 'warning' ELSE 'info' END AS severity, count(*) AS count
       FROM findings GROUP BY rule ORDER BY count DESC, rule`,
    )
    .all() as { rule: string; severity: 'error' | 'warning' | 'info'; count: number }[];

  const categories = db
    .prepare(
      `SELECT coalesce(nullif(trim(p.product_type), ''), '') AS category, count(*) AS findings, count(DISTINCT f.pid) AS products
       FROM findings f JOIN products p ON p.pid = f.pid GROUP BY category ORDER BY findings DESC, category`,
    )
    .all() as { category: string; findings: number; products: number }[];
  const byCategory = categories.slice(0, TOP_CATEGORIES);
  const rest = categories.slice(TOP_CATEGORIES);

  return {
    products,
    audited,
    scores,
    bySeverity,
    byRule,
    byCategory,
    otherCategories: {
      categories: rest.length,
      findings: rest.reduce((a, c) => a + c.findings, 0),
    },
  };
}
