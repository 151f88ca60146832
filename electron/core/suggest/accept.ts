import { applyBatch, type BatchSummary, type Db } from '../store/index.js';

export interface AcceptFilter {
  minConfidence?: number;
  field?: string;
  source?: string;
  /** Only these suggestions (the app's review queue picks them one by one). */
  ids?: readonly number[];
  /** The seller's edited value, replacing the suggested one (only with exactly one id). */
  value?: string;
}

/**
 * Accepts the pending suggestions that pass the filter, as one batch in the change record (kind
 * 'suggestion'), so one undo takes them all back and sets them pending again. Where two suggestions
 * target the same value, the more confident one is applied.
 */
export function acceptSuggestions(db: Db, f: AcceptFilter = {}): { batch: BatchSummary | null; accepted: number } {
  return db.transaction(() => {
    const c = [`state = 'pending'`];
    const params: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      c.push(sql);
      params.push(value);
    };
    if (f.field) where('field = ?', f.field);
    // sources are joined by '+' (text+graph): match one source as a whole word.
    if (f.source) where(`('+' || sources || '+') LIKE ?`, `%+${f.source}+%`);
    if (f.minConfidence !== undefined) where('confidence >= ?', f.minConfidence);
    if (f.ids) where('suggestion_id IN (SELECT value FROM json_each(?))', JSON.stringify(f.ids));
    if (f.value !== undefined && f.ids?.length !== 1)
      throw new Error('an edited value can only be given when accepting one suggestion');
    const rows = db
      .prepare(
        `SELECT suggestion_id, pid, field, suggested FROM suggestions WHERE ${c.join(' AND ')} ORDER BY confidence DESC, suggestion_id`,
      )
      .all(...params) as { suggestion_id: number; pid: number; field: string; suggested: string }[];
    if (rows.length === 0) return { batch: null, accepted: 0 };
    const seen = new Set<string>();
    const chosen = rows.filter((r) => {
      const k = `${r.pid}\u0000${r.field}`;
      return !seen.has(k) && !!seen.add(k);
    });
    const parts = [
      f.field && `field ${f.field}`,
      f.source && `source ${f.source}`,
      f.minConfidence !== undefined && `confidence >= ${f.minConfidence}`,
    ].filter(Boolean);
    const why = `accepted ${chosen.length} suggestion${chosen.length === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
    const batch = applyBatch(
      db,
      'suggestion',
      why,
      chosen.map((r) => ({ pid: r.pid, field: r.field, value: f.value ?? r.suggested })),
    );
    const mark = db.prepare(`UPDATE suggestions SET state = 'accepted', batch_id = ? WHERE suggestion_id = ?`);
    for (const r of chosen) mark.run(batch?.batchId ?? null, r.suggestion_id);
    return { batch, accepted: chosen.length };
  })();
}
