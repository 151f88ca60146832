import { basename } from 'node:path';
import type { Db } from '../store/index.js';
import type { Vocabulary } from '../graph/vocabulary.js';
import { extractFromText } from '../suggest/extract.js';
import type { Candidate } from '../suggest/types.js';
import type { OcrWord } from './engine.js';

/** Words tesseract itself doubts are weaker evidence. */
const LOW_CONFIDENCE = 60;

/**
 * The same attribute extraction, run on the text read from each product's images. The evidence is
 * the image, the phrase and its box (the union of the words it spans), so the seller can see it.
 */
export function ocrCandidates(db: Db, fields: ReadonlySet<string>, vocab: Vocabulary): Candidate[] {
  const rows = db.prepare(`SELECT path, pid, words FROM ocr_images ORDER BY pid, path`).all() as { path: string; pid: number; words: string }[];
  const out: Candidate[] = [];
  for (const r of rows) {
    const words = JSON.parse(r.words) as OcrWord[];
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
  return out;
}
