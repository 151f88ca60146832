import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** The rows and columns of the grid that are on screen (plus a margin), as index ranges. */
export interface GridWindow {
  /** First and last row index drawn (last < first when there are no rows). */
  first: number;
  last: number;
  /** First and last column index drawn. */
  c0: number;
  c1: number;
}

export interface GridGeometry {
  rows: number;
  rowHeight: number;
  /** Height of the sticky header above the first row. */
  headHeight: number;
  /** Left edge of each column, plus the right edge of the last: length = columns + 1. */
  colEdges: number[];
  /** Width of the sticky row header left of the first column. */
  headWidth: number;
}

const ROW_MARGIN = 6;
const COL_MARGIN = 1;

/** Index of the last edge at or before x (edges ascending). */
function edgeAt(edges: number[], x: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function windowOf(g: GridGeometry, top: number, left: number, height: number, width: number): GridWindow {
  const y = Math.max(0, top - g.headHeight);
  const first = Math.max(0, Math.floor(y / g.rowHeight) - ROW_MARGIN);
  const last = Math.min(g.rows - 1, Math.floor((y + height) / g.rowHeight) + ROW_MARGIN);
  const cols = g.colEdges.length - 1;
  const c0 = Math.max(0, edgeAt(g.colEdges, left) - COL_MARGIN);
  const c1 = Math.min(cols - 1, edgeAt(g.colEdges, left + Math.max(0, width - g.headWidth)) + COL_MARGIN);
  return { first, last, c0, c1 };
}

const same = (a: GridWindow, b: GridWindow) => a.first === b.first && a.last === b.last && a.c0 === b.c0 && a.c1 === b.c1;

/**
 * Virtualisation for a grid whose rows all have one height and whose columns have known widths: the
 * visible range is arithmetic on scrollTop/scrollLeft, so a million rows cost what ten do (no per-row
 * measurement table). The range is re-rendered synchronously inside the scroll event, before the frame
 * paints, and only when it actually changes (not on every pixel).
 */
export function useGridWindow(ref: RefObject<HTMLElement | null>, g: GridGeometry) {
  const geometry = useRef(g);
  geometry.current = g;
  const size = useRef({ height: 0, width: 0 });
  const [win, setWin] = useState<GridWindow>({ first: 0, last: -1, c0: 0, c1: -1 });

  const update = useCallback(
    (sync: boolean) => {
      const el = ref.current;
      if (!el) return;
      const next = windowOf(geometry.current, el.scrollTop, el.scrollLeft, size.current.height, size.current.width);
      const set = () => setWin((w) => (same(w, next) ? w : next));
      if (sync) flushSync(set);
      else set();
    },
    [ref],
  );

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    size.current = { height: el.clientHeight, width: el.clientWidth };
    const onScroll = () => update(true);
    // Sizes come from the observer, so the scroll handler never reads layout.
    const ro = new ResizeObserver(() => {
      size.current = { height: el.clientHeight, width: el.clientWidth };
      update(false);
    });
    el.addEventListener('scroll', onScroll, { passive: true });
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
    };
  }, [ref, update]);

  // A new row count or column set changes the range without any scroll.
  useLayoutEffect(() => update(false), [g.rows, g.colEdges, update]);

  /** Scrolls just enough to show row r and column c (the sticky header and row header stay clear). */
  const reveal = useCallback(
    (r: number, c: number) => {
      const el = ref.current;
      if (!el) return;
      const { rowHeight, headHeight, colEdges, headWidth } = geometry.current;
      const top = headHeight + r * rowHeight;
      if (top - headHeight < el.scrollTop) el.scrollTop = top - headHeight;
      else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
      const left = colEdges[c];
      const right = colEdges[c + 1];
      if (left === undefined || right === undefined) return;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (headWidth + right > el.scrollLeft + el.clientWidth) el.scrollLeft = headWidth + right - el.clientWidth;
    },
    [ref],
  );

  return { win, reveal };
}
