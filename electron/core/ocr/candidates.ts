import { basename } from 'node:path';
import type { Db } from '../store/index.js';
import type { Vocabulary } from '../graph/vocabulary.js';
import { extractFromText } from '../suggest/extract.js';
import type { Candidate } from '../suggest/types.js';
import { fold } from '../suggest/phrases.js';
import type { OcrWord } from './engine.js';

/** Words tesseract itself doubts are weaker evidence. */
const LOW_CONFIDENCE = 60;

interface ReadImage {
  path: string;
  pid: number;
  words: OcrWord[];
}

/** Every image's stored words, read and parsed once for all the passes below. */
function readImageWords(db: Db): ReadImage[] {
  const rows = db.prepare(`SELECT path, pid, words FROM ocr_images ORDER BY pid, path`).all() as {
    path: string;
    pid: number;
    words: string;
  }[];
  return rows.map((r) => ({ path: r.path, pid: r.pid, words: JSON.parse(r.words) as OcrWord[] }));
}

/**
 * The same attribute extraction, run on the text read from each product's images. The evidence is
 * the image, the phrase and its box (the union of the words it spans), so the seller can see it.
 */
export function ocrCandidates(db: Db, fields: ReadonlySet<string>, vocab: Vocabulary): Candidate[] {
  const rows = readImageWords(db);
  const out: Candidate[] = [];
  for (const r of rows) {
    const words = r.words;
    if (words.length === 0) continue;
    // One line of text with each word's character span, to map phrases back to boxes.
    const spans: { start: number; end: number; w: OcrWord }[] = [];
    let text = '';
    for (const w of words) {
      if (text) text += ' ';
      spans.push({ start: text.length, end: text.length + w.text.length, w });
      text += w.text;
    }
    for (const c of extractFromText(r.pid, [{ kind: 'ocr', in: basename(r.path), text }], { fields, vocab, source: 'ocr' })) {
      if (c.evidence.source !== 'text') continue;
      const { start, end, phrase } = c.evidence;
      const hit = spans.filter((s) => s.end > start && s.start < end);
      if (hit.length === 0) continue;
      const confidence = Math.min(...hit.map((h) => h.w.confidence));
      out.push({
        ...c,
        signal: c.signal + (confidence < LOW_CONFIDENCE ? '-lowconf' : ''),
        evidence: {
          source: 'ocr',
          image: r.path,
          phrase,
          box: {
            x0: Math.min(...hit.map((h) => h.w.x0)),
            y0: Math.min(...hit.map((h) => h.w.y0)),
            x1: Math.max(...hit.map((h) => h.w.x1)),
            y1: Math.max(...hit.map((h) => h.w.y1)),
          },
          confidence,
        },
      });
    }
  }
  if (fields.has('brand'))
    out.push(...fuzzyBrandCandidates(rows, vocab, new Set(out.filter((c) => c.field === 'brand').map((c) => `${c.pid}`))));
  return out;
}

/**
 * Brand names read with one or two OCR slips ("Talpro]" for ALPRO, "OATIY" for OATLY): single-word
 * brands of at least 4 letters, within edit distance 1, or found inside a slightly longer word.
 * Reported with their own signal (ocr-fuzzy) so the calibration weighs them separately.
 */
function fuzzyBrandCandidates(rows: readonly ReadImage[], vocab: Vocabulary, done: ReadonlySet<string>): Candidate[] {
  const brands = vocab.values('brand').filter((b) => b.key.length >= 4 && !b.key.includes(' '));
  if (brands.length === 0) return [];
  const out: Candidate[] = [];
  for (const r of rows) {
    if (done.has(`${r.pid}`)) continue;
    for (const w of r.words) {
      const token = fold(w.text).replace(/[^\p{L}\p{N}]/gu, '');
      if (token.length < 4) continue;
      const b = brands.find((x) => (token.length <= x.key.length + 2 && token.includes(x.key)) || withinOne(token, x.key));
      if (!b) continue;
      out.push({
        pid: r.pid,
        field: 'brand',
        key: b.key,
        value: b.label,
        source: 'ocr',
        signal: 'ocr-fuzzy',
        evidence: {
          source: 'ocr',
          image: r.path,
          phrase: w.text,
          box: { x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1 },
          confidence: w.confidence,
        },
      });
    }
  }
  return out;
}

function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] !== b[j] && ++edits > 1) return false;
    if (a[i] === b[j] || a.length === b.length) {
      i++;
      j++;
    } else if (a.length > b.length) i++;
    else j++;
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
