import type { Db } from '../store/index.js';
import type { ProductRef } from './combine.js';
import type { Candidate, SourceKind, Suggestion } from './types.js';
import { familyOf } from './values.js';

/** Rule ids of the findings suggestions leave in the `findings` table (the audit and the UI list them). */
export const CONTRADICTION_RULE = 'suggest.contradiction';
/** A current value is contradicted when a correcting suggestion is at least this sure. */
export const STRONG_CONFIDENCE = 0.9;
/**
 * Sources whose word on a value is direct evidence. The text model's neighbours are not: they say what
 * similar products carry, and a red shirt beside blue ones is no contradiction.
 */
const DIRECT: readonly SourceKind[] = ['text', 'graph', 'ocr'];
/**
 * Fields a product has one value of. A jacket's text naming "down" beside its "recycled polyester"
 * shell, or a pack naming "6 x 330 ml", is no contradiction.
 */
const ONE_VALUE = new Set(['brand', 'color', 'size', 'gender', 'age_group']);
const SOURCE_NAME: Record<SourceKind, string> = {
  text: 'the text',
  graph: 'the catalog graph',
  embed: 'similar products',
  ocr: 'the image',
};

export interface ContradictionFinding {
  pid: number;
  field: string;
  message: string;
  /** The value the evidence supports, when one does. */
  fix: string | null;
}

/**
 * Contradictions in one product's evidence, as findings: two direct sources naming different values
 * for a blank one-value field (text says Red, the image says Blue), or a current value that a strong
 * correcting suggestion contradicts. A shade and its family (Navy, Blue) do not contradict each other.
 */
export function findContradictions(
  product: ProductRef,
  candidates: Candidate[],
  suggestions: Suggestion[],
): ContradictionFinding[] {
  const out: ContradictionFinding[] = [];
  const flagged = new Set<string>();
  for (const s of suggestions) {
    if (s.current === null || s.confidence < STRONG_CONFIDENCE) continue;
    flagged.add(s.field);
    out.push({
      pid: product.pid,
      field: s.field,
      message: `${s.field} is "${s.current}" but ${s.sources.map((k) => SOURCE_NAME[k]).join(' and ')} ${s.sources.length > 1 ? 'say' : 'says'} "${s.suggested}" (confidence ${s.confidence.toFixed(2)}).`,
      fix: s.suggested,
    });
  }
  // The value each direct source names first for each field.
  const first = new Map<string, Map<SourceKind, Candidate>>();
  for (const c of candidates) {
    if (!DIRECT.includes(c.source)) continue;
    const bySource = first.get(c.field) ?? new Map<SourceKind, Candidate>();
    if (!bySource.has(c.source)) bySource.set(c.source, c);
    first.set(c.field, bySource);
  }
  for (const [field, bySource] of first) {
    // A filled field is judged by its correcting suggestion above: the source that agrees with it wins.
    if (flagged.has(field) || !ONE_VALUE.has(field) || product.values[field]?.trim()) continue;
    const named = [...bySource.values()];
    for (let i = 0; i < named.length; i++)
      for (let j = i + 1; j < named.length; j++) {
        const a = named[i]!;
        const b = named[j]!;
        if (related(field, a.key, b.key)) continue;
        // Both values must be backed by their source as a whole, not just one stray word.
        if (!backs(candidates, a) || !backs(candidates, b)) continue;
        flagged.add(field);
        out.push({
          pid: product.pid,
          field,
          message: `${SOURCE_NAME[a.source]} says ${field} "${a.value}" but ${SOURCE_NAME[b.source]} says "${b.value}".`,
          fix: null,
        });
      }
  }
  return out;
}

function related(field: string, a: string, b: string): boolean {
  return a === b || familyOf(field, a) === b || familyOf(field, b) === a;
}

/** A source backs a value when that value is all it names for the field (no competing value of its own). */
function backs(candidates: Candidate[], c: Candidate): boolean {
  return candidates.every((o) => o.field !== c.field || o.source !== c.source || related(c.field, o.key, c.key));
}

/** Replaces the contradiction findings an earlier run left on these fields with these. */
export function saveContradictions(db: Db, fields: readonly string[], findings: ContradictionFinding[]): number {
  return db.transaction(() => {
    const del = db.prepare(`DELETE FROM findings WHERE rule = ? AND field = ?`);
    for (const f of fields) del.run(CONTRADICTION_RULE, f);
    const ins = db.prepare(
      `INSERT INTO findings (pid, rule, severity, field, message, fix, profile) VALUES (?, ?, 'warning', ?, ?, ?, '')`,
    );
    for (const f of findings) ins.run(f.pid, CONTRADICTION_RULE, f.field, f.message, f.fix);
    return findings.length;
  })();
}
