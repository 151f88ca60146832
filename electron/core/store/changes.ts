import type { Db } from './project.js';
import { readValue, writeValue } from './products.js';

export type BatchKind = 'edit' | 'suggestion' | 'rule' | 'bulk';

export interface Edit {
  pid: number;
  field: string;
  value: string | undefined;
}

export interface BatchSummary {
  batchId: number;
  kind: BatchKind;
  why: string;
  changes: number;
}

const now = () => new Date().toISOString();

/**
 * Applies edits as one batch in the append-only change record. Edits that change nothing are
 * skipped; a batch that changes nothing is not recorded. A new batch discards the redo stack,
 * as every editor does (OpenRefine's History drops its future entries the same way).
 */
export function applyBatch(db: Db, kind: BatchKind, why: string, edits: Iterable<Edit>): BatchSummary | null {
  return db.transaction(() => {
    const at = now();
    const batchId = Number(
      db.prepare(`INSERT INTO batches (kind, why, at, state_at) VALUES (?, ?, ?, ?)`).run(kind, why, at, at).lastInsertRowid,
    );
    const insert = db.prepare(`INSERT INTO changes (batch_id, pid, field, old, new) VALUES (?, ?, ?, ?, ?)`);
    let n = 0;
    for (const e of edits) {
      const old = readValue(db, e.pid, e.field);
      const next = e.value === '' ? undefined : e.value;
      if (old === next) continue;
      writeValue(db, e.pid, e.field, next);
      insert.run(batchId, e.pid, e.field, old ?? null, next ?? null);
      n++;
    }
    if (n === 0) {
      db.prepare(`DELETE FROM batches WHERE batch_id = ?`).run(batchId);
      return null;
    }
    db.prepare(`UPDATE batches SET state = 'discarded', state_at = ? WHERE state = 'undone'`).run(at);
    return { batchId, kind, why, changes: n };
  })();
}

/** Reverts the most recent applied batch. Returns what was undone, or null when there is nothing. */
export function undo(db: Db): BatchSummary | null {
  return db.transaction(() => {
    const b = db
      .prepare(`SELECT batch_id, kind, why FROM batches WHERE state = 'applied' ORDER BY batch_id DESC LIMIT 1`)
      .get() as { batch_id: number; kind: BatchKind; why: string } | undefined;
    if (!b) return null;
    const rows = db.prepare(`SELECT pid, field, old FROM changes WHERE batch_id = ? ORDER BY change_id DESC`).all(b.batch_id) as {
      pid: number;
      field: string;
      old: string | null;
    }[];
    for (const r of rows) writeValue(db, r.pid, r.field, r.old ?? undefined);
    db.prepare(`UPDATE batches SET state = 'undone', state_at = ? WHERE batch_id = ?`).run(now(), b.batch_id);
    db.prepare(`UPDATE suggestions SET state = 'pending', batch_id = NULL WHERE batch_id = ?`).run(b.batch_id);
    return { batchId: b.batch_id, kind: b.kind, why: b.why, changes: rows.length };
  })();
}

/** Re-applies the most recently undone batch. */
export function redo(db: Db): BatchSummary | null {
  return db.transaction(() => {
    const b = db
      .prepare(`SELECT batch_id, kind, why FROM batches WHERE state = 'undone' ORDER BY state_at DESC, batch_id ASC LIMIT 1`)
      .get() as { batch_id: number; kind: BatchKind; why: string } | undefined;
    if (!b) return null;
    const rows = db.prepare(`SELECT pid, field, new FROM changes WHERE batch_id = ? ORDER BY change_id ASC`).all(b.batch_id) as {
      pid: number;
      field: string;
      new: string | null;
    }[];
    for (const r of rows) writeValue(db, r.pid, r.field, r.new ?? undefined);
    db.prepare(`UPDATE batches SET state = 'applied', state_at = ? WHERE batch_id = ?`).run(now(), b.batch_id);
    return { batchId: b.batch_id, kind: b.kind, why: b.why, changes: rows.length };
  })();
}

export interface HistoryEntry {
  batchId: number;
  kind: BatchKind;
  why: string;
  at: string;
  state: 'applied' | 'undone' | 'discarded';
  changes: number;
}

export function history(db: Db, limit = 100): HistoryEntry[] {
  return db
    .prepare(
      `SELECT b.batch_id AS batchId, b.kind, b.why, b.at, b.state, (SELECT count(*) FROM changes c WHERE c.batch_id = b.batch_id) AS changes
       FROM batches b ORDER BY b.batch_id DESC LIMIT ?`,
    )
    .all(limit) as HistoryEntry[];
}
