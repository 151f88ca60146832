import type { ProductValues } from '../../../shared/fields.js';
import { buildVocabulary, propagate, storeGraph } from '../graph/index.js';
import { embedProducts, knnCandidates, loadTaxonomy, taxonomyCandidates } from '../embed/index.js';
import { matchImages, ocrCandidates, readImages } from '../ocr/index.js';
import { iterateProducts, type Db } from '../store/index.js';
import { Calibrator } from './calibration.js';
import { combine } from './combine.js';
import { findContradictions, saveContradictions, type ContradictionFinding } from './contradictions.js';
import { extractFromText } from './extract.js';
import { saveSuggestions } from './persist.js';
import { textParts } from './text-parts.js';
import type { Candidate, Suggestion } from './types.js';
import { MEASURE_FIELD } from './values.js';

/** The fields suggestions are made for unless the seller names others. */
export const SUGGEST_FIELDS = [
  'brand',
  'color',
  'size',
  'material',
  'pattern',
  'gender',
  'age_group',
  MEASURE_FIELD,
  'product_type',
  'google_product_category',
];

export interface SuggestOptions {
  fields?: string[];
  /** Folder of product images to read with OCR. */
  images?: string;
  /** Use the text model (default true). */
  embed?: boolean;
  /** Another transformers.js model folder instead of the bundled one. */
  modelDir?: string;
  /** Google's taxonomy-with-ids file, for categories the catalog's own labels cannot place. */
  taxonomy?: string;
  ocrWorkers?: number;
  calibrator?: Calibrator;
  /** Suggestions below this confidence are not offered (default MIN_CONFIDENCE; the evaluation keeps all). */
  minConfidence?: number;
  onProgress?: (p: { stage: string; done: number; total: number }) => void;
  signal?: AbortSignal;
}

export interface SuggestResult {
  suggestions: number;
  byField: Record<string, number>;
  images?: { matched: number; unmatched: number; read: number; failed: { path: string; error: string }[] };
  embedded?: { embedded: number; skipped: number };
  graph: { entities: number; relations: number };
  /** Contradictions between sources, or between a value and strong evidence, stored as findings. */
  contradictions: number;
}

/**
 * Runs every source of evidence over the project and stores the suggestions (pending: nothing in
 * the catalog changes until the seller accepts them). Earlier pending suggestions are replaced;
 * accepted and rejected ones stay, and a value the seller rejected is not suggested again.
 */
export async function suggest(db: Db, opts: SuggestOptions = {}): Promise<SuggestResult> {
  const fields = opts.fields?.length ? opts.fields : SUGGEST_FIELDS;
  const fieldSet = new Set(fields);
  const calibrator = opts.calibrator ?? new Calibrator();
  const vocab = buildVocabulary(db, [...new Set([...fields, 'brand', 'color', 'size', 'material', 'gender'])]);
  const graph = storeGraph(db, vocab);

  const extra = new Map<number, Candidate[]>();
  const add = (cs: Candidate[]) => {
    for (const c of cs) {
      if (!fieldSet.has(c.field)) continue;
      const mine = extra.get(c.pid);
      if (mine) mine.push(c);
      else extra.set(c.pid, [c]);
    }
  };
  add(propagate(db, fields, vocab));

  const result: SuggestResult = { suggestions: 0, byField: {}, graph, contradictions: 0 };
  if (opts.embed !== false) {
    const e = await embedProducts(db, {
      modelDir: opts.modelDir,
      signal: opts.signal,
      onProgress: (p) => opts.onProgress?.({ stage: 'embed', done: p.done, total: p.total }),
    });
    if (e.state === 'cancelled') throw new Error('suggestions cancelled');
    result.embedded = { embedded: e.embedded, skipped: e.skipped };
    add(knnCandidates(db, fields, vocab));
    if (opts.taxonomy && fieldSet.has('google_product_category')) {
      const labelled = (
        db.prepare(`SELECT count(*) AS n FROM products WHERE coalesce(google_product_category,'') <> ''`).get() as { n: number }
      ).n;
      if (labelled < 3) add(await taxonomyCandidates(db, loadTaxonomy(opts.taxonomy), { modelDir: opts.modelDir }));
    }
  }
  if (opts.images) {
    const { matches, unmatched } = matchImages(db, opts.images);
    const r = await readImages(db, matches, {
      workers: opts.ocrWorkers,
      signal: opts.signal,
      onProgress: (p) => opts.onProgress?.({ stage: 'ocr', done: p.done, total: p.total }),
    });
    if (r.state === 'cancelled') throw new Error('suggestions cancelled');
    result.images = { matched: matches.length, unmatched: unmatched.length, read: r.read, failed: r.failed };
    add(ocrCandidates(db, fieldSet, vocab));
  }

  const suggestions: Suggestion[] = [];
  const contradictions: ContradictionFinding[] = [];
  const total = (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
  let done = 0;
  for (const p of iterateProducts(db)) {
    if (opts.signal?.aborted) throw new Error('suggestions cancelled');
    const text = extractFromText(p.pid, textParts(p.values, fieldSet), { fields: fieldSet, vocab });
    const all = text.concat(extra.get(p.pid) ?? []);
    if (all.length) {
      const ref = { pid: p.pid, row: p.rowNo, id: p.values.id ?? null, values: valuesFor(p.values, fields) };
      const mine = combine(ref, all, calibrator, opts.minConfidence);
      suggestions.push(...mine);
      contradictions.push(...findContradictions(ref, all, mine));
    }
    if (++done % 5000 === 0) opts.onProgress?.({ stage: 'suggest', done, total });
  }
  result.suggestions = saveSuggestions(db, suggestions);
  result.contradictions = saveContradictions(db, fields, contradictions);
  for (const s of suggestions) result.byField[s.field] = (result.byField[s.field] ?? 0) + 1;
  return result;
}

function valuesFor(values: ProductValues, fields: string[]): Record<string, string | undefined> {
  return Object.fromEntries(fields.map((f) => [f, values[f]]));
}
