/**
 * Whole-word phrase matching over product text. Hand-written because it has to be case- and
 * accent-insensitive, return character offsets in the seller's original text (the evidence), and
 * look up tens of thousands of brand names per title in linear time; no maintained library does all three.
 */

export interface Token {
  /** Folded form used for matching. */
  key: string;
  start: number;
  end: number;
}

/** Lower case, accents removed, ß as ss: how both text and lexicon words are compared. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Folded words, remembered: a catalog repeats the same few thousand words in every title, and
 * Unicode normalisation per word was a large share of suggesting for 100k products. Bounded, so
 * a catalog of unique words does not grow it without end.
 */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 100_000;

function foldWord(w: string): string {
  let k = FOLDED.get(w);
  if (k === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(w, (k = fold(w).replace(/’/g, "'")));
  }
  return k;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ key: foldWord(m[0]), start: m.index!, end: m.index! + m[0].length });
  return out;
}

export interface PhraseMatch<T> {
  payload: T;
  /** Token span [from, to) and character span in the text. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** A set of phrases indexed by their first word; finds the longest phrase at each position. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; payload: T }[]>();

  add(phrase: string, payload: T): void {
    const words = tokenize(phrase).map((t) => t.key);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    if (list.some((p) => p.words.join(' ') === words.join(' '))) return;
    list.push({ words, payload });
    // Longest first, so the first hit at a position is the longest phrase.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** Non-overlapping longest matches, left to right. */
  find(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const list = this.byFirst.get(tokens[i]!.key);
      let hit: PhraseMatch<T> | undefined;
      if (list) {
        for (const p of list) {
          if (i + p.words.length > tokens.length) continue;
          let ok = true;
          for (let j = 1; j < p.words.length; j++) if (tokens[i + j]!.key !== p.words[j]) ok = false;
          if (ok) {
            hit = {
              payload: p.payload,
              from: i,
              to: i + p.words.length,
              start: tokens[i]!.start,
              end: tokens[i + p.words.length - 1]!.end,
            };
            break;
          }
        }
      }
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else i++;
    }
    return out;
  }
}
