import type { Calibrator } from './calibration.js';
import { SOURCE_ORDER, type Candidate, type EvidenceItem, type SourceKind, type Suggestion } from './types.js';
import { canonicalKeys, familyOf, lexiconIndex, LIST_FIELDS, sameValue, valueKey } from './values.js';
import { tokenize } from './phrases.js';

/** Below this a suggestion is noise, not help: it is not offered. */
export const MIN_CONFIDENCE = 0.2;
const MAX_EVIDENCE = 6;

interface Option {
  key: string;
  value: string;
  signals: string[];
  sources: Set<SourceKind>;
  evidence: EvidenceItem[];
  confidence: number;
}

export interface ProductRef {
  pid: number;
  row: number;
  id: string | null;
  values: Record<string, string | undefined>;
}

/**
 * Turns one product's candidates into at most one suggestion per field: candidates naming the same
 * value pool their signals (agreement between sources is what the calibration rewards), competing
 * values mark each other as conflicting. A blank field gets the best value; a filled one gets a
 * correcting suggestion only when its value names something else than the evidence does.
 */
export function combine(
  product: ProductRef,
  candidates: Candidate[],
  calibrator: Calibrator,
  minConfidence = MIN_CONFIDENCE,
): Suggestion[] {
  const byField = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byField.get(c.field);
    if (list) list.push(c);
    else byField.set(c.field, [c]);
  }
  const out: Suggestion[] = [];
  for (const [field, cands] of byField) {
    const options = new Map<string, Option>();
    for (const c of cands) {
      const key = valueKey(field, c.value, c.key);
      let o = options.get(key);
      if (!o) options.set(key, (o = { key, value: c.value, signals: [], sources: new Set(), evidence: [], confidence: 0 }));
      o.signals.push(c.signal);
      o.sources.add(c.source);
      if (o.evidence.length < MAX_EVIDENCE) o.evidence.push(c.evidence);
    }
    const current = product.values[field]?.trim() || null;
    const fix = current !== null;
    const conflict = options.size > 1;
    for (const o of options.values()) {
      o.signals = [...new Set(o.signals.map((s) => (fix ? `fix:${s}` : s)))].sort();
      o.confidence = calibrator.confidence(field, o.signals, conflict);
    }
    const best = [...options.values()].sort((a, b) => b.confidence - a.confidence || b.signals.length - a.signals.length)[0]!;
    if (best.confidence < minConfidence) continue;
    if (current !== null) {
      const currentKeys = canonicalKeys(field, current);
      // A list of materials ("Nylon/Polyester") is not contradicted by a material the text names: it may
      // be a lining or a trim, and one material in place of the seller's list would lose the others.
      if (LIST_FIELDS.has(field) && currentKeys.length > 1) continue;
      // "Blue" is not contradicted by a title saying "navy": navy is a blue.
      if (
        sameValue(field, current, best.value) ||
        currentKeys.includes(best.key) ||
        currentKeys.some((k) => familyOf(field, k) === best.key || familyOf(field, best.key) === k)
      )
        continue;
      // A value the lexicon cannot read ("Moonlight Mist") is the seller's own name, not a contradiction.
      const idx = lexiconIndex(field);
      if (idx && idx.find(tokenize(current)).length === 0) continue;
    }
    out.push({
      pid: product.pid,
      row: product.row,
      id: product.id,
      field,
      current,
      suggested: best.value,
      confidence: Math.round(best.confidence * 1000) / 1000,
      sources: SOURCE_ORDER.filter((s) => best.sources.has(s)),
      signals: best.signals.join('+') + (conflict ? '|conflict' : ''),
      evidence: best.evidence,
    });
  }
  return out;
}
