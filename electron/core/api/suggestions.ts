import type { SuggestionItem } from '../../../shared/api.js';
import type { BatchSummary, Db } from '../store/index.js';
import { acceptSuggestions as acceptPending, type AcceptFilter } from '../suggest/index.js';
import { ApiError } from './errors.js';

interface SuggestionRow {
  suggestion_id: number;
  pid: number;
  row_no: number;
  product_id: string | null;
  title: string | null;
  field: string;
  current: string | null;
  suggested: string;
  confidence: number;
  sources: string;
  evidence: string;
  state: 'pending' | 'accepted' | 'rejected';
}

const SELECT = `SELECT s.suggestion_id, s.pid, p.row_no, p."id" AS product_id, p.title, s.field, s.current, s.suggested, s.confidence,
  s.sources, s.evidence, s.state FROM suggestions s JOIN products p ON p.pid = s.pid`;

function toItem(r: SuggestionRow): SuggestionItem {
  let evidence: unknown = r.evidence;
  try {
    evidence = JSON.parse(r.evidence);
  } catch {
    // evidence written as plain text stays text
  }
  return {
    id: r.suggestion_id,
    pid: r.pid,
    row: r.row_no,
    productId: r.product_id,
    title: r.title,
    field: r.field,
    current: r.current,
    suggested: r.suggested,
    confidence: r.confidence,
    sources: r.sources,
    evidence,
    state: r.state,
  };
}

export interface SuggestionFilter {
  state?: 'pending' | 'accepted' | 'rejected';
  field?: string;
  source?: string;
  minConfidence?: number;
}

function where(f: SuggestionFilter): { sql: string; params: unknown[] } {
  const c = ['s.state = ?'];
  const params: unknown[] = [f.state ?? 'pending'];
  const add = (sql: string, value: unknown) => {
    c.push(sql);
    params.push(value);
  };
  if (f.field) add('s.field = ?', f.field);
  // sources are joined by '+' (text+graph): match one source as a whole word.
  if (f.source) add(`('+' || s.sources || '+') LIKE ?`, `%+${f.source}+%`);
  if (f.minConfidence !== undefined) add('s.confidence >= ?', f.minConfidence);
  return { sql: `WHERE ${c.join(' AND ')}`, params };
}

export function listSuggestions(
  db: Db,
  f: SuggestionFilter,
  offset: number,
  limit: number,
): { total: number; items: SuggestionItem[] } {
  const w = where(f);
  const total = (db.prepare(`SELECT count(*) AS n FROM suggestions s ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT} ${w.sql} ORDER BY s.field, s.confidence DESC, s.suggestion_id LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as SuggestionRow[];
  return { total, items: rows.map(toItem) };
}

export function suggestionsFor(db: Db, pid: number): SuggestionItem[] {
  return (db.prepare(`${SELECT} WHERE s.pid = ? ORDER BY s.confidence DESC`).all(pid) as SuggestionRow[]).map(toItem);
}

export function suggestionGroups(db: Db): { total: number; groups: { field: string; sources: string; count: number }[] } {
  const groups = db
    .prepare(
      `SELECT field, sources, count(*) AS count FROM suggestions WHERE state = 'pending' GROUP BY field, sources ORDER BY field, count DESC`,
    )
    .all() as { field: string; sources: string; count: number }[];
  return { total: groups.reduce((a, g) => a + g.count, 0), groups };
}

/**
 * Accepts suggestions through the one accept the CLI uses too (electron/core/suggest): one batch of
 * kind 'suggestion' in the change record, so Ctrl+Z undoes them together and sets them pending again.
 * `value` is the seller's edited value for a single suggestion.
 */
export function acceptSuggestions(db: Db, ids: number[], value?: string): BatchSummary | null {
  if (value !== undefined && ids.length !== 1)
    throw new ApiError('bad_input', 'an edited value can only be given when accepting one suggestion');
  const r = acceptPending(db, { ids, value });
  if (r.accepted === 0) throw new ApiError('not_found', 'none of these suggestions is pending any more');
  return r.batch;
}

/** Bulk accept above a confidence threshold: the same filter the CLI's `accept` takes. */
export function acceptMatching(db: Db, f: AcceptFilter): BatchSummary | null {
  const r = acceptPending(db, f);
  if (r.accepted === 0) throw new ApiError('not_found', 'no pending suggestion matches; lower the confidence threshold');
  return r.batch;
}

export function rejectSuggestions(db: Db, ids: number[]): number {
  return db
    .prepare(
      `UPDATE suggestions SET state = 'rejected' WHERE state = 'pending' AND suggestion_id IN (SELECT value FROM json_each(?))`,
    )
    .run(JSON.stringify(ids)).changes;
}

export function bulkPreview(db: Db, f: SuggestionFilter): { count: number; products: number } {
  const w = where({ ...f, state: 'pending' });
  return db
    .prepare(`SELECT count(*) AS count, count(DISTINCT s.pid) AS products FROM suggestions s ${w.sql}`)
    .get(...w.params) as {
    count: number;
    products: number;
  };
}
