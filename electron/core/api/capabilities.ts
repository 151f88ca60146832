import { auditProject, catalogScore, PROFILE_NAMES, runAudit } from '../audit/index.js';
import type { Db } from '../store/index.js';
import { suggest } from '../suggest/index.js';
import { notAvailable } from './errors.js';
import { imagesFolder } from './images.js';
import { acceptSuggestions } from './suggestions.js';

/**
 * The audit and suggestion engines, as the facade needs them (electron/core/audit and
 * electron/core/suggest). An adapter set to null makes every call that needs it answer
 * "not available yet", which the UI shows as such.
 */
export interface AuditAdapter {
  profiles(): string[];
  run(db: Db, profiles: string[], ctl: JobControl): Promise<void>;
  /** Score 0..100 per audited profile ('' = consistency rules only). */
  scores(db: Db): Record<string, number>;
  /** Applies one rule's deterministic fixes (pending "rule" suggestions) as one batch, then re-audits. */
  fix?(db: Db, rule: string): { batchId: number; kind: string; why: string; changes: number } | null;
}

export interface SuggestAdapter {
  run(db: Db, opts: { fields?: string[] }, ctl: JobControl): Promise<void>;
}

export interface JobControl {
  signal: AbortSignal;
  progress(done: number, total: number | null, detail: string): void;
}

/** Profiles the findings were last computed for, so a re-audit after a fix checks the same ones. */
function auditedProfiles(db: Db): string[] {
  return (db.prepare(`SELECT DISTINCT profile FROM findings WHERE profile <> ''`).all() as { profile: string }[]).map(
    (r) => r.profile,
  );
}

export const auditAdapter: AuditAdapter | null = {
  profiles: () => [...PROFILE_NAMES],
  async run(db, profiles, ctl) {
    ctl.progress(0, null, 'checking products');
    // Worker threads check the products, so the app (and the HTTP bridge) stay responsive, and cancel
    // rolls back to the findings the project had.
    const r = await auditProject(db, {
      profiles,
      signal: ctl.signal,
      onProgress: (p) => ctl.progress(p.done, p.total, 'checking products'),
    });
    ctl.progress(r.products, r.products, `${r.checked.toLocaleString('en')} products checked (${r.mode})`);
  },
  scores(db) {
    const out: Record<string, number> = {};
    if ((db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n === 0) return out;
    for (const p of ['', ...auditedProfiles(db)]) out[p] = catalogScore(db, p).score;
    return out;
  },
  fix(db, rule) {
    const ids = (
      db
        .prepare(
          `SELECT suggestion_id AS id FROM suggestions WHERE state = 'pending' AND sources = 'rule' AND json_extract(evidence, '$.rule') = ?`,
        )
        .all(rule) as { id: number }[]
    ).map((r) => r.id);
    if (ids.length === 0) return null;
    const batch = acceptSuggestions(db, ids);
    runAudit(db, { profiles: auditedProfiles(db) });
    return batch;
  },
};

export const suggestAdapter: SuggestAdapter | null = {
  async run(db, opts, ctl) {
    // Product photos (the chosen folder, or an "images" folder beside the catalog) feed OCR.
    const images = imagesFolder(db) ?? undefined;
    await suggest(db, {
      fields: opts.fields,
      images,
      signal: ctl.signal,
      onProgress: (p) =>
        ctl.progress(p.done, p.total, `${p.stage}: ${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')}`),
    });
  },
};

export function requireAudit(): AuditAdapter {
  if (!auditAdapter) throw notAvailable('The audit (findings)');
  return auditAdapter;
}

export function requireSuggest(): SuggestAdapter {
  if (!suggestAdapter) throw notAvailable('Suggestions');
  return suggestAdapter;
}
