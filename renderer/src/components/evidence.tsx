import { useEffect, useState } from 'react';
import type { ProductImage, SuggestionItem } from '../../../shared/api.js';
import { useApp } from '../state.js';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The evidence items the suggester stores ({ signals, items }; see electron/core/suggest/types.ts). */
type Item =
  | { source: 'text'; in: string; phrase: string; start: number; end: number }
  | { source: 'ocr'; image: string; phrase: string; box: Box; confidence: number }
  | { source: 'graph'; relation: string; products: { row: number; id: string | null }[]; value: string }
  | { source: 'embed'; neighbours?: { row: number; id: string | null; similarity: number; value: string }[]; taxonomy?: string }
  | { source: string; phrase?: string };

function itemsOf(evidence: unknown): Item[] {
  if (Array.isArray(evidence)) return evidence as Item[];
  if (evidence && typeof evidence === 'object') {
    const e = evidence as { items?: unknown; phrase?: unknown };
    if (Array.isArray(e.items)) return e.items as Item[];
    if (typeof e.phrase === 'string') return [{ source: 'text', phrase: e.phrase }];
  }
  return [];
}

/** `text` with `phrase` marked (case-insensitive), or as is when it does not contain it. */
export function Highlighted({ text, phrase }: { text: string; phrase: string | undefined }) {
  const i = phrase ? text.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
  if (!phrase || i < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, i)}
      <mark>{text.slice(i, i + phrase.length)}</mark>
      {text.slice(i + phrase.length)}
    </>
  );
}

/** The product photo with the OCR word box drawn on it (the box is in the photo's full-size pixels). */
function OcrImage({ item }: { item: Extract<Item, { source: 'ocr' }> }) {
  const { api } = useApp();
  const [img, setImg] = useState<ProductImage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setImg(null);
    setError(null);
    api.call('images.get', { path: item.image, size: 640 }).then(setImg, (e: unknown) => setError(String((e as Error).message)));
  }, [api, item.image]);
  const { x0, y0, x1, y1 } = item.box;
  const label = `Photo ${item.image.split(/[\\/]/).pop()} with the words "${item.phrase}" outlined`;
  if (error) return <p className="muted">Photo not shown: {error}</p>;
  if (!img) return <p className="muted">Loading the photo…</p>;
  const stroke = Math.max(2, img.width / 200);
  return (
    <figure className="ocr-figure">
      <svg viewBox={`0 0 ${img.width} ${img.height}`} role="img" aria-label={label} className="ocr-image">
        <image href={`data:${img.mime};base64,${img.data}`} width={img.width} height={img.height} />
        <rect
          className="ocr-box"
          data-box={`${x0},${y0},${x1},${y1}`}
          x={x0 - stroke}
          y={y0 - stroke}
          width={x1 - x0 + 2 * stroke}
          height={y1 - y0 + 2 * stroke}
          strokeWidth={stroke}
        />
      </svg>
      <figcaption>
        Read “{item.phrase}” ({Math.round(item.confidence)}% OCR confidence)
      </figcaption>
    </figure>
  );
}

/** Why the suggester thinks so: the title phrase highlighted, the OCR box on the photo, the neighbours. */
export function Evidence({ s }: { s: SuggestionItem }) {
  const items = itemsOf(s.evidence);
  const textPhrase = items.find((i): i is Extract<Item, { source: 'text' }> => i.source === 'text' && 'phrase' in i)?.phrase;
  return (
    <div className="evidence">
      <div className="evidence-title">
        <Highlighted text={s.title ?? ''} phrase={textPhrase} />
      </div>
      {items.length === 0 && typeof s.evidence === 'string' && <p>{s.evidence}</p>}
      <ul>
        {items.map((it, k) => (
          <li key={k}>
            {it.source === 'ocr' && 'box' in it ? (
              <OcrImage item={it} />
            ) : it.source === 'text' && 'in' in it ? (
              <>
                Found “<mark>{it.phrase}</mark>” in the {it.in}
              </>
            ) : it.source === 'graph' && 'relation' in it ? (
              <>
                {it.relation.replace(/-/g, ' ')}: {it.products.map((p) => `row ${p.row}${p.id ? ` (${p.id})` : ''}`).join(', ')}{' '}
                has “{it.value}”
              </>
            ) : it.source === 'embed' && 'neighbours' in it && it.neighbours ? (
              <>
                Similar products:{' '}
                {it.neighbours
                  .map((n) => `row ${n.row}${n.id ? ` (${n.id})` : ''} “${n.value}” ${Math.round(n.similarity * 100)}%`)
                  .join('; ')}
              </>
            ) : it.source === 'embed' && 'taxonomy' in it && it.taxonomy ? (
              <>Closest category: {it.taxonomy}</>
            ) : (
              <code>{JSON.stringify(it)}</code>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
