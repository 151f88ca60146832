import type { Db } from '../store/index.js';
import type { CatalogStats, SpellingMaps } from './rules/stats.js';
import type { Finding } from './types.js';

/** What the last audit left behind for the next one to build on (meta 'audit.state'). */
export interface AuditState {
  version: number;
  profiles: string[];
  lastBatch: number;
  lastStateAt: string;
  maxPid: number;
  stats: CatalogStats;
  /** field -> variant value -> dominant form, as clustered at the last audit. */
  maps: Record<string, Record<string, { canonical: string; method: string }>>;
}

export function mapsToJson(m: SpellingMaps): AuditState['maps'] {
  return Object.fromEntries([...m].map(([f, vs]) => [f, Object.fromEntries(vs)]));
}

export function mapsFromJson(j: AuditState['maps'] | undefined): SpellingMaps {
  return new Map(Object.entries(j ?? {}).map(([f, vs]) => [f, new Map(Object.entries(vs))])) as SpellingMaps;
}

const KEY = 'audit.state';

export function readState(db: Db): AuditState | undefined {
  const r = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(KEY) as string | undefined;
  return r ? (JSON.parse(r) as AuditState) : undefined;
}

export function writeState(db: Db, s: AuditState): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(KEY, JSON.stringify(s));
}

const BATCH = 2000;

/**
 * Buffers findings and writes them in batches; deterministic fixes become pending suggestions with
 * source "rule" (never a change to the data). Clearing removes a product's findings and the pending
 * rule suggestions that came with them.
 */
export class FindingWriter {
  private buf: Finding[] = [];
  private missing = new Map<number, number>();
  private insertFinding;
  private insertSuggestion;
  private seenSuggestion = new Set<string>();
  private readonly at = new Date().toISOString();
  count = 0;

  constructor(private db: Db) {
    this.insertFinding = db.prepare(
      'INSERT INTO findings (pid, rule, severity, field, message, fix, profile) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertSuggestion = db.prepare(
      `INSERT INTO suggestions (pid, field, current, suggested, confidence, sources, evidence, state, created_at) VALUES (?, ?, ?, ?, 1, 'rule', ?, 'pending', ?)`,
    );
  }

  add(f: Finding): void {
    this.buf.push(f);
    if (f.rule.endsWith(':missing-required') || f.rule.endsWith(':missing-recommended'))
      this.missing.set(f.pid, (this.missing.get(f.pid) ?? 0) + 1);
    if (this.buf.length >= BATCH) this.flush();
  }

  missingCount(pid: number): number {
    return this.missing.get(pid) ?? 0;
  }

  flush(): void {
    for (const f of this.buf) {
      this.insertFinding.run(f.pid, f.rule, f.severity, f.field, f.message, f.fix ?? null, f.profile);
      this.count++;
      if (f.suggested !== undefined) {
        const k = `${f.pid}\u0000${f.field}\u0000${f.suggested}`;
        if (this.seenSuggestion.has(k)) continue;
        this.seenSuggestion.add(k);
        this.insertSuggestion.run(
          f.pid,
          f.field,
          f.current ?? null,
          f.suggested,
          JSON.stringify({ rule: f.rule, message: f.message }),
          this.at,
        );
      }
    }
    this.buf = [];
    this.missing.clear();
  }

  clearProducts(pids: readonly number[]): void {
    const delF = this.db.prepare('DELETE FROM findings WHERE pid = ?');
    const delS = this.db.prepare(`DELETE FROM suggestions WHERE pid = ? AND sources = 'rule' AND state = 'pending'`);
    for (const pid of pids) {
      delF.run(pid);
      delS.run(pid);
    }
  }

  clearRules(pids: readonly number[], rules: readonly string[], field?: string): void {
    if (!pids.length) return;
    const marks = rules.map(() => '?').join(',');
    const delF = this.db.prepare(`DELETE FROM findings WHERE pid = ? AND rule IN (${marks})${field ? ' AND field = ?' : ''}`);
    const delS = this.db.prepare(
      `DELETE FROM suggestions WHERE pid = ? AND sources = 'rule' AND state = 'pending' AND json_extract(evidence, '$.rule') IN (${marks})${field ? ' AND field = ?' : ''}`,
    );
    for (const pid of pids) {
      const params = field ? [pid, ...rules, field] : [pid, ...rules];
      delF.run(...params);
      delS.run(...params);
    }
  }
}
