import { SIZE_CUES } from '../../../shared/lexicons/index.js';
import type { Vocabulary } from '../graph/vocabulary.js';
import { fold, tokenize, type Token } from './phrases.js';
import type { Candidate, SourceKind } from './types.js';
import {
  canonicalKeys,
  familyOf,
  findMeasures,
  isNameWord,
  languagesOf,
  lexiconIndex,
  MEASURE_FIELD,
  plainKey,
} from './values.js';

/** A piece of product text and what it is called in evidence and signals. */
export interface TextPart {
  /** Signal prefix: title, desc, attr, url, ocr. */
  kind: string;
  /** Where the phrase was found, as the seller names it (title, description, a column, an image). */
  in: string;
  text: string;
  /** The field this text is the value of, when it is one: never evidence for itself. */
  field?: string;
}

const CUES = new Set(Object.values(SIZE_CUES.cues).flatMap((ws) => (ws ?? []).map((w) => fold(w).replace(/:$/, ''))));
const NUMERIC_SIZE =
  /^\s*[:\-–]?\s*((?:(?:EU|UK|US|FR|IT)\s?)?\d{1,3}(?:[.,]5)?(?:\s?[WL](?:\s?\d{2}\s?[L])?)?)(?![\p{L}\p{N}])/iu;

export interface ExtractOptions {
  fields: ReadonlySet<string>;
  vocab: Vocabulary;
  source?: SourceKind;
}

/**
 * Finds attribute values in product text: lexicon words (colour, material, pattern, gender, age
 * group), sizes after a cue word, measures (number + unit) and the catalog's known brands.
 * Each hit keeps the phrase and its position, so the seller sees exactly what was read.
 */
export function extractFromText(pid: number, parts: TextPart[], opts: ExtractOptions): Candidate[] {
  const out: Candidate[] = [];
  const source = opts.source ?? 'text';
  for (const part of parts) {
    if (!part.text) continue;
    const tokens = tokenize(part.text);
    const add = (field: string, key: string, value: string, signal: string, start: number, end: number) =>
      out.push({
        pid,
        field,
        key,
        value,
        source,
        signal,
        evidence: { source: 'text', in: part.in, phrase: part.text.slice(start, end), start, end },
      });

    const wants = (field: string) => opts.fields.has(field) && part.field !== field;
    for (const field of ['color', 'material', 'pattern', 'gender', 'age_group']) {
      if (!wants(field)) continue;
      const hits = lexiconIndex(field)!
        .find(tokens)
        .filter((h) => !isNameWord(field, tokens[h.to]?.key));
      const distinct = [...new Set(hits.map((h) => h.payload.key))];
      const known = opts.vocab.surfaces.get(field);
      for (const h of hits) {
        const rank = distinct.length === 1 ? '' : h.payload.key === distinct[0] ? '-first' : '-multi';
        const amb = h.payload.entry.ambiguous ? '~amb' : '';
        // A shade the catalog (almost) never uses, in a catalog that writes its basic colour: suggest the basic one.
        const fam = familyOf(field, h.payload.key);
        if (fam && known && known.has(fam) && opts.vocab.countOf(field, fam) >= 5 * opts.vocab.countOf(field, h.payload.key)) {
          add(
            field,
            fam,
            single(field, opts.vocab.spelling(field, fam, fam), fam),
            `${part.kind}${rank}${amb}-family`,
            h.start,
            h.end,
          );
          continue;
        }
        add(
          field,
          h.payload.key,
          spell(opts.vocab, field, h.payload.key, part.text.slice(h.start, h.end), h.payload.entry.canonical),
          `${part.kind}${rank}${amb}`,
          h.start,
          h.end,
        );
      }
    }

    if (wants('size')) sizes(part, tokens, opts, add);

    if (wants(MEASURE_FIELD)) {
      const ms = findMeasures(part.text);
      const distinct = [...new Set(ms.map((m) => m.amount + m.unit))];
      for (const m of ms) {
        const key = m.amount + m.unit;
        const rank = distinct.length === 1 ? '' : key === distinct[0] ? '-first' : '-multi';
        add(
          MEASURE_FIELD,
          key,
          opts.vocab.spelling(MEASURE_FIELD, key, `${m.amount}${opts.vocab.measureSpaced ? ' ' : ''}${m.unit}`),
          `${part.kind}${rank}`,
          m.start,
          m.end,
        );
      }
    }

    if (wants('brand')) {
      const hits = opts.vocab.brands.find(tokens);
      const distinct = [...new Set(hits.map((h) => h.payload.key))];
      for (const h of hits) {
        const at = part.kind === 'title' && h.from === 0 ? '-start' : '';
        const phrase = part.text.slice(h.start, h.end);
        // "with" in a sentence is a word, not the brand "WITH": a brand the seller writes with capitals
        // counts in running text only when it is written with capitals there too.
        if (!at && phrase === phrase.toLowerCase() && h.payload.value !== h.payload.value.toLowerCase()) continue;
        const rank = distinct.length === 1 ? '' : h.payload.key === distinct[0] ? '-first' : '-multi';
        const amb = h.payload.ambiguous ? '~amb' : '';
        // The text's own spelling settles a tie between the catalog's spellings of this brand.
        const written = opts.vocab.surfaces.get('brand')?.get(h.payload.key)?.has(phrase) ? phrase : h.payload.value;
        add(
          'brand',
          h.payload.key,
          opts.vocab.spelling('brand', h.payload.key, written),
          `${part.kind}${at}${rank}${amb}`,
          h.start,
          h.end,
        );
      }
    }
  }
  return out;
}

/**
 * How a suggestion writes a lexicon value: the catalog's own spelling of it ("Navy Blue" for a title's
 * "navy"), unless the catalog writes it only in another language than the product's text does (a
 * Spanish product's "Negro" is not turned into the German shop's "Schwarz").
 */
function spell(vocab: Vocabulary, field: string, key: string, phrase: string, canonical: string): string {
  const spellings = vocab.surfaces.get(field)?.get(key);
  const mine = languagesOf(field, phrase);
  const ownWord = () => {
    const lower = phrase === phrase.toUpperCase() ? phrase.toLowerCase() : phrase;
    return canonical[0] === canonical[0]!.toUpperCase() ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
  };
  // A value the catalog never wrote: the canonical form for English text, the product's own word otherwise.
  if (!spellings) return mine.size === 0 || mine.has('en') ? canonical : ownWord();
  const pk = plainKey(phrase);
  for (const s of spellings.keys()) if (plainKey(s) === pk) return s;
  const best = single(field, vocab.spelling(field, key, canonical), canonical);
  const theirs = languagesOf(field, best);
  if (theirs.size === 0 || mine.size === 0 || [...mine].some((l) => theirs.has(l))) return best;
  return ownWord();
}

/**
 * The catalog's spelling of one value, unless that "spelling" is a list the value merely starts
 * ("Fleece/CoolTech™" for fleece): a word in the text names one thing, not the seller's whole list.
 */
function single(field: string, spelling: string, fallback: string): string {
  return canonicalKeys(field, spelling).length > 1 || /\//.test(spelling) ? fallback : spelling;
}

type Add = (field: string, key: string, value: string, signal: string, start: number, end: number) => void;

/** "Size M", "Taille 38", "Größe XL": strong. A bare "XL" in a title: weaker. A bare "M": weakest. */
function sizes(part: TextPart, tokens: Token[], opts: ExtractOptions, add: Add): void {
  const idx = lexiconIndex('size')!;
  const cued = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!CUES.has(tokens[i]!.key)) continue;
    const next = idx.find(tokens.slice(i + 1, i + 5))[0];
    if (next && next.from === 0) {
      const h = next.payload;
      add('size', h.key, opts.vocab.spelling('size', h.key, h.entry.canonical), `${part.kind}-cue`, tokens[i]!.start, next.end);
      cued.add(i + 1);
      continue;
    }
    const m = NUMERIC_SIZE.exec(part.text.slice(tokens[i]!.end));
    if (m) {
      const value = m[1]!.toUpperCase().replace(/\s+/g, ' ');
      const key = plainKey(value);
      add(
        'size',
        key,
        opts.vocab.spelling('size', key, value),
        `${part.kind}-cue-num`,
        tokens[i]!.start,
        tokens[i]!.end + m[0].length,
      );
      cued.add(i + 1);
    }
  }
  if (part.kind !== 'title' && part.kind !== 'ocr') return;
  for (const h of idx.find(tokens)) {
    if (cued.has(h.from)) continue;
    const amb = h.payload.entry.ambiguous ? '~amb' : '';
    add(
      'size',
      h.payload.key,
      opts.vocab.spelling('size', h.payload.key, h.payload.entry.canonical),
      `${part.kind}-bare${amb}`,
      h.start,
      h.end,
    );
  }
}
