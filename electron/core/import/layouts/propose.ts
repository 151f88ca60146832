import type { CanonicalField } from '../../../../shared/fields.js';
import type { ColumnProposal, RawRow } from '../types.js';
import { columnKeys, customName } from './columns.js';
import { matchHeader } from './synonyms.js';
import { FIELD_CHECK, KIND_FIELD, describeEvidence, evidence, recogniseValues } from './values.js';

/** Fields several columns may feed at once (their cells are joined). */
export const MULTI_COLUMN_FIELDS: ReadonlySet<string> = new Set(['additional_image_link']);
const SAMPLE_VALUES = 200;

/** The non-empty sample cells of one column. */
export function columnValues(sample: RawRow[], index: number): string[] {
  const out: string[] = [];
  for (const r of sample) {
    const v = (r.cells[index] ?? '').trim();
    if (v) out.push(v);
    if (out.length >= SAMPLE_VALUES) break;
  }
  return out;
}

interface Candidate extends ColumnProposal {
  field: string;
}

function candidateFor(header: string, index: number, key: string, values: string[]): { candidate?: Candidate; note?: string } {
  const m = matchHeader(header);
  if (m) {
    const check = FIELD_CHECK[m.field];
    const e = check && values.length >= 3 ? evidence(check, values) : undefined;
    const named =
      m.how === 'exact'
        ? `header "${header.trim()}" is a name for ${m.field}`
        : `header "${header.trim()}" contains "${m.matched}", a name for ${m.field}`;
    if (e && (m.how === 'exact' ? e.score < 0.2 && values.length >= 5 : e.score < 0.5)) {
      return { note: `${named}, but only ${describeEvidence(e)}` };
    }
    // A loose header match for a field whose values can be checked needs values that confirm it.
    if (check && !e && m.how === 'qualified') return { note: `${named}, but the sample has too few values to confirm it` };
    const base = m.how === 'exact' ? (check && !e ? 0.6 : 0.9) : 0.65;
    const confidence = e ? Math.min(0.99, base + (e.score >= 0.8 ? 0.08 : e.score >= 0.5 ? 0 : -0.25)) : base;
    return {
      candidate: {
        column: key,
        index,
        field: m.field,
        confidence,
        from: 'header',
        reason: e ? `${named}; ${describeEvidence(e)}` : named,
      },
    };
  }
  const v = recogniseValues(values);
  if (v) {
    const field = KIND_FIELD[v.kind as keyof typeof KIND_FIELD];
    return {
      candidate: {
        column: key,
        index,
        field,
        confidence: Math.round(0.85 * v.score * 100) / 100,
        from: 'values',
        reason: describeEvidence(v),
      },
    };
  }
  return {};
}

function textStats(values: string[]) {
  const n = values.length || 1;
  const avg = values.reduce((s, v) => s + v.length, 0) / n;
  const spaced = values.filter((v) => /\s/.test(v)).length / n;
  const distinct = new Set(values).size / n;
  const words = values.reduce((w, v) => w + v.split(/\s+/).length, 0) / n;
  return { avg, spaced, distinct, words };
}

export interface ProposeOptions {
  /** Columns a layout already mapped (they are not proposed again). */
  skip?: ReadonlySet<number>;
  /** Fields a layout already fills (not proposed again unless multi-column). */
  taken?: ReadonlySet<string>;
}

/**
 * Proposes a field for every column, with a confidence and the reason: first from the header
 * (synonyms in several languages, checked against the values), then from the values alone (GTIN
 * check digits, prices, image URLs, colour/size/gender words, ...). Each field goes to the
 * column most surely meant for it; the others stay custom attributes named after their header.
 */
export function proposeColumns(header: string[], sample: RawRow[], opts: ProposeOptions = {}): ColumnProposal[] {
  const keys = columnKeys(header);
  const out: ColumnProposal[] = [];
  const candidates: Candidate[] = [];
  const notes = new Map<number, string>();
  const valuesOf = new Map<number, string[]>();
  header.forEach((h, i) => {
    if (opts.skip?.has(i)) return;
    const values = columnValues(sample, i);
    valuesOf.set(i, values);
    const { candidate, note } = candidateFor(h, i, keys[i]!, values);
    if (candidate) candidates.push(candidate);
    if (note) notes.set(i, note);
  });

  const taken = new Set(opts.taken ?? []);
  const owner = new Map<string, string>();
  const chosen = new Map<number, ColumnProposal>();
  candidates.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  for (const c of candidates) {
    if (!taken.has(c.field) || MULTI_COLUMN_FIELDS.has(c.field)) {
      taken.add(c.field);
      owner.set(c.field, c.column);
      chosen.set(c.index, c);
    } else if (c.field === 'image_link' && !opts.taken?.has('additional_image_link')) {
      // A second image column is a gallery image.
      const main = owner.get('image_link');
      chosen.set(c.index, {
        ...c,
        field: 'additional_image_link',
        confidence: c.confidence * 0.9,
        reason: `${c.reason}; ${main ? `column "${main}"` : 'another column'} is the main image`,
      });
    } else {
      const by = owner.get(c.field);
      notes.set(c.index, `${c.reason}, but ${by ? `column "${by}" is a surer match` : 'a layout column already fills it'}`);
    }
  }

  // A file with a single price column that its header calls the selling price: that is the price.
  const saleCol = [...chosen.values()].find((p) => p.field === 'sale_price');
  if (saleCol && !taken.has('price')) {
    saleCol.field = 'price';
    saleCol.reason += '; it is the only price column';
    taken.add('price');
    taken.delete('sale_price');
  }

  const unassigned = () =>
    header.map((_, i) => i).filter((i) => !opts.skip?.has(i) && !chosen.has(i) && (valuesOf.get(i)?.length ?? 0) >= 3);
  const pick = (
    field: CanonicalField,
    test: (s: ReturnType<typeof textStats>, values: string[], i: number) => number,
    confidence: number,
    why: string,
  ) => {
    if (taken.has(field)) return;
    let best = -1;
    let bestScore = 0;
    for (const i of unassigned()) {
      const s = test(textStats(valuesOf.get(i)!), valuesOf.get(i)!, i);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    if (best < 0) return;
    taken.add(field);
    chosen.set(best, { column: keys[best]!, index: best, field, confidence, from: 'values', reason: why });
  };
  pick(
    'title',
    (s) => (s.avg >= 12 && s.avg <= 160 && s.spaced >= 0.8 && s.distinct >= 0.7 ? s.distinct : 0),
    0.5,
    'no column is named like a title; this one holds short, distinct multi-word texts',
  );
  pick(
    'description',
    (s, values) =>
      s.avg > 160 && s.spaced >= 0.8 && s.words >= 20 && values.filter((v) => /\w:\w/.test(v)).length / values.length < 0.3
        ? s.avg
        : 0,
    0.5,
    'no column is named like a description; this one holds long texts',
  );
  pick(
    'id',
    (s, values, i) =>
      s.distinct === 1 &&
      s.avg <= 64 &&
      values.every((v) => /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u.test(v)) &&
      (i === 0 || values.some((v) => /\p{L}/u.test(v)))
        ? 1 / (i + 1)
        : 0,
    0.5,
    'no column is named like an id; every value in this one is a distinct code',
  );

  header.forEach((h, i) => {
    if (opts.skip?.has(i)) return;
    const c = chosen.get(i);
    if (c) {
      out.push({ ...c, confidence: Math.round(c.confidence * 100) / 100 });
      return;
    }
    const values = valuesOf.get(i) ?? [];
    const note = notes.get(i);
    out.push({
      column: keys[i]!,
      index: i,
      field: customName(h, i),
      confidence: values.length ? 0.5 : 0.3,
      from: 'custom',
      reason: `${note ? `${note}; ` : ''}${values.length ? 'no canonical field fits' : 'empty in the sample'}: kept as a custom attribute`,
    });
  });
  return out;
}
