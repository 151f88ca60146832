import type { Db } from '../store/index.js';

/**
 * Quality score, 0-100, per product and per profile, modelled on Akeneo's Data Quality Insights
 * (a coefficient-weighted mean of criterion rates, Akeneo ComputeScores.php):
 *
 *   score = round( (2·R + 1·C + 2·I + 2·K) / (2 + 1 + 2 + 2) )
 *
 *   R  required fields:    100 · (1 − missing required / required fields of the profile for this product's category)
 *   C  recommended fields: 100 · (1 − missing recommended / recommended fields)
 *   I  image:              0 when an error or warning concerns the image (missing, shared, too small), else 100
 *   K  consistency:        max(0, 100 − 30·errors − 12·warnings − 4·infos) over every other finding
 *                          (catalog consistency rules plus the profile's format and content rules)
 *
 * Without a profile (catalog consistency only), R and C do not apply: score = (2·I + 2·K) / 4.
 * The catalog score is the mean of the product scores. Grades follow Akeneo: A ≥ 90, B ≥ 80,
 * C ≥ 70, D ≥ 60, else E.
 */
export interface ScoreSummary {
  profile: string;
  score: number;
  grade: string;
  /** Products scoring below 60 (grade E). */
  poor: number;
}

interface Agg {
  pid: number;
  mreq: number;
  mrec: number;
  img: number;
  e: number;
  w: number;
  i: number;
  need: string | null;
}

export function grade(score: number): string {
  return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'E';
}

/** Per-product scores for one profile ('' = catalog consistency only), for products with findings; all others score 100. */
export function productScores(db: Db, profile: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT f.pid,
         sum(f.rule = :req) AS mreq, sum(f.rule = :rec) AS mrec,
         sum(f.field = 'image_link' AND f.severity IN ('error','warning')) AS img,
         sum(f.rule NOT IN (:req, :rec) AND f.field <> 'image_link' AND f.severity = 'error') AS e,
         sum(f.rule NOT IN (:req, :rec) AND f.field <> 'image_link' AND f.severity = 'warning') AS w,
         sum(f.rule NOT IN (:req, :rec) AND f.field <> 'image_link' AND f.severity = 'info') AS i,
         a.need
       FROM findings f LEFT JOIN audit_state a ON a.pid = f.pid
       WHERE f.profile IN ('', :profile)
       GROUP BY f.pid`,
    )
    .all({ req: `${profile}:missing-required`, rec: `${profile}:missing-recommended`, profile }) as Agg[];
  const out = new Map<number, number>();
  for (const r of rows) out.set(r.pid, scoreOf(r, profile));
  return out;
}

function scoreOf(r: Agg, profile: string): number {
  const I = r.img > 0 ? 0 : 100;
  const K = Math.max(0, 100 - 30 * r.e - 12 * r.w - 4 * r.i);
  if (!profile) return Math.round((2 * I + 2 * K) / 4);
  const need = r.need ? ((JSON.parse(r.need) as Record<string, [number, number]>)[profile] ?? [0, 0]) : [0, 0];
  const R = need[0] ? 100 * (1 - r.mreq / need[0]) : 100;
  const C = need[1] ? 100 * (1 - r.mrec / need[1]) : 100;
  return Math.round((2 * R + C + 2 * I + 2 * K) / 7);
}

export function catalogScore(db: Db, profile: string): ScoreSummary {
  const n = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  const scores = productScores(db, profile);
  let sum = 100 * (n - scores.size);
  let poor = 0;
  for (const s of scores.values()) {
    sum += s;
    if (s < 60) poor++;
  }
  const score = n ? Math.round(sum / n) : 100;
  return { profile, score, grade: grade(score), poor };
}
