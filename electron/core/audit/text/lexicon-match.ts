import { COLOURS, SIZES } from '../lexicons.js';
import { words } from './fingerprint.js';

/** colour phrase (normalised words joined by a space) -> family */
const COLOUR_PHRASES = new Map<string, string>();
for (const [family, langs] of Object.entries(COLOURS.families)) {
  for (const list of Object.values(langs)) for (const w of list) COLOUR_PHRASES.set(words(w).join(' '), family);
}
const AMBIGUOUS = new Set(COLOURS.titleAmbiguous.words.map((w) => words(w).join(' ')));
const MAX_PHRASE = 3;

/** Colour families named in a text, reading longest phrases first ("navy blue" before "blue"). */
/** First words of the colour phrases: a title word that starts none is skipped without building phrases. */
const FIRST_WORDS = new Set([...COLOUR_PHRASES.keys()].map((k) => k.split(' ')[0]!));

export function colourFamilies(text: string, forTitle: boolean): Set<string> {
  const ws = words(text.replace(/[-/&,+|]/g, ' '));
  const out = new Set<string>();
  for (let i = 0; i < ws.length;) {
    if (!FIRST_WORDS.has(ws[i]!)) {
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE, ws.length - i); n >= 1; n--) {
      const phrase = ws.slice(i, i + n).join(' ');
      const fam = COLOUR_PHRASES.get(phrase);
      if (fam) {
        if (!(forTitle && AMBIGUOUS.has(phrase))) out.add(fam);
        matched = n;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}

const RELATED = new Map<string, Set<string>>();
for (const [a, b] of COLOURS.related.pairs) {
  if (!RELATED.has(a)) RELATED.set(a, new Set());
  if (!RELATED.has(b)) RELATED.set(b, new Set());
  RELATED.get(a)!.add(b);
  RELATED.get(b)!.add(a);
}

/** Whether two colour families can describe the same product (navy and blue). */
export function compatibleColours(a: string, b: string): boolean {
  return a === b || (RELATED.get(a)?.has(b) ?? false);
}

const SPELLING_KEY = new Map<string, string>();
for (const g of COLOURS.spellings.groups) for (const w of g) SPELLING_KEY.set(words(w).join(' '), words(g[0]!).join(' '));

/** The family of a colour value when the whole value is one colour phrase (used to skip "multicolour" values). */
export function colourFamily(value: string): string | undefined {
  return COLOUR_PHRASES.get(words(value).join(' '));
}

/** Clustering key for colour values: spellings of one colour name share it (navy / navy blue, grey / gray). */
export function colourKey(value: string): string | undefined {
  return SPELLING_KEY.get(words(value).join(' '));
}

const SIZE_WORDS = new Map<string, string>();
for (const [size, ws] of Object.entries(SIZES.letterSizes)) for (const w of ws) SIZE_WORDS.set(w.toLowerCase(), size);
const STANDALONE = new Set(SIZES.standaloneInTitle.map((s) => s.toLowerCase()));
const MARKER_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${SIZES.markers.join('|')})\\s*[:.]?\\s*([\\p{L}\\d]+(?:\\s(?:small|large))?)`,
  'giu',
);

/** A letter size written as a whole attribute value (M, Medium, XL, 2XL), normalised. */
export function letterSize(value: string): string | undefined {
  return SIZE_WORDS.get(value.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Letter sizes a title states: after a size marker ("Size M"), or standalone multi-letter sizes (XL). */
export function titleSizes(title: string): Set<string> {
  const out = new Set<string>();
  MARKER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER_RE.exec(title))) {
    const s = letterSize(m[1]!);
    if (s) out.add(s);
  }
  for (const tok of title.split(/[^\p{L}\d]+/u)) {
    const t = tok.toLowerCase();
    if (STANDALONE.has(t)) out.add(SIZE_WORDS.get(t)!);
  }
  return out;
}
