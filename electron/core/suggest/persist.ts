import { stringify } from 'csv-stringify/sync';
import { guardFormula } from '../export/index.js';
import type { Db } from '../store/index.js';
import type { EvidenceItem, Suggestion } from './types.js';

/** Replaces the pending suggestions with these; returns how many were stored. */
export function saveSuggestions(db: Db, suggestions: Suggestion[]): number {
  return db.transaction(() => {
    db.prepare(`DELETE FROM suggestions WHERE state = 'pending'`).run();
    const rejected = db.prepare(
      `SELECT 1 FROM suggestions WHERE state = 'rejected' AND pid = ? AND field = ? AND suggested = ? LIMIT 1`,
    );
    const ins = db.prepare(
      `INSERT INTO suggestions (pid, field, current, suggested, confidence, sources, evidence, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
    );
    const at = new Date().toISOString();
    // Only accepted and rejected suggestions are left: most projects have no rejected one to look up.
    const anyRejected = db.prepare(`SELECT 1 FROM suggestions WHERE state = 'rejected' LIMIT 1`).get() !== undefined;
    let n = 0;
    for (const s of suggestions) {
      if (anyRejected && rejected.get(s.pid, s.field, s.suggested)) continue;
      ins.run(
        s.pid,
        s.field,
        s.current,
        s.suggested,
        s.confidence,
        s.sources.join('+'),
        JSON.stringify({ signals: s.signals, items: s.evidence }),
        at,
      );
      n++;
    }
    return n;
  })();
}

/** One line a seller can check at a glance: where each piece of evidence is. */
export function describeEvidence(items: EvidenceItem[]): string {
  return items
    .map((e) => {
      switch (e.source) {
        case 'text':
          return `${e.in} "${e.phrase}" at ${e.start}-${e.end}`;
        case 'graph':
          return `${e.relation === 'variant-of' ? `same group ${e.group ?? ''}`.trim() : e.relation === 'duplicate-of' ? 'duplicate' : 'same model'} rows ${e.products.map((p) => p.row).join(',')} say "${e.value}"`;
        case 'embed':
          return 'taxonomy' in e
            ? `nearest taxonomy category ${e.taxonomy} (similarity ${e.similarity})`
            : `similar products rows ${e.neighbours.map((n) => `${n.row} (${n.similarity})`).join(',')} say "${e.neighbours[0]?.value ?? ''}"`;
        case 'ocr':
          return `image ${e.image} reads "${e.phrase}" at box ${e.box.x0},${e.box.y0},${e.box.x1},${e.box.y1}`;
      }
    })
    .join('; ');
}

export const SUGGESTION_COLUMNS = ['row', 'id', 'field', 'current', 'suggested', 'confidence', 'sources', 'evidence'] as const;

/** The pending suggestions as CSV rows in the CLI's contract: row,id,field,current,suggested,confidence,sources,evidence. */
export function suggestionsCsv(db: Db): string {
  const rows = db
    .prepare(
      `SELECT p.row_no AS row, p."id" AS id, s.field, s.current, s.suggested, s.confidence, s.sources, s.evidence FROM suggestions s
       JOIN products p ON p.pid = s.pid WHERE s.state = 'pending' ORDER BY p.row_no, p.pid, s.field`,
    )
    .all() as {
    row: number;
    id: string | null;
    field: string;
    current: string | null;
    suggested: string;
    confidence: number;
    sources: string;
    evidence: string;
  }[];
  return stringify(
    rows.map((r) => [
      r.row,
      guardFormula(r.id ?? ''),
      r.field,
      guardFormula(r.current ?? ''),
      guardFormula(r.suggested),
      r.confidence.toFixed(3),
      r.sources,
      guardFormula(describeEvidence((JSON.parse(r.evidence) as { items: EvidenceItem[] }).items)),
    ]),
    { header: true, columns: [...SUGGESTION_COLUMNS] },
  );
}
