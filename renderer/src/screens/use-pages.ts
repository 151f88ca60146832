import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridRow, Page, ProductFilter, SortSpec } from '../../../shared/api.js';
import type { ApiClient } from '../api/client.js';
import { FIRST_PAGE, takeBootPage } from '../boot.js';

export const PAGE = FIRST_PAGE;
/** Rows asked for beyond the visible ones, so a steady scroll finds its next page already there. */
const AHEAD = PAGE / 2;
/** Pages kept in memory; the farthest from view are dropped beyond this (a million rows would not fit). */
const KEEP = 200;

const unfiltered = (f: ProductFilter) => Object.values(f).every((v) => v === undefined || v === false || v === '');

/**
 * Rows of the grid, fetched a page at a time as they scroll into view and kept in a cache. After a
 * change the old rows stay on screen until fresh ones arrive, so an edit never flickers the grid.
 */
export function usePages(
  api: ApiClient,
  columns: string[],
  sort: SortSpec | undefined,
  filter: ProductFilter,
  version: number,
  onError: (e: unknown) => void,
) {
  const cache = useRef(new Map<number, GridRow[]>());
  const stale = useRef(new Map<number, GridRow[]>());
  const inflight = useRef(new Set<number>());
  const gen = useRef(0);
  const view = useRef(0);
  const known = useRef<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [, setTick] = useState(0);
  const key = JSON.stringify([columns, sort, filter]);
  const lastKey = useRef(key);

  const load = useCallback(
    (page: number) => {
      if (columns.length === 0 || cache.current.has(page) || inflight.current.has(page)) return;
      inflight.current.add(page);
      const g = gen.current;
      const ask = () => api.call('products.page', { offset: page * PAGE, limit: PAGE, columns, sort, filter });
      // The first page may already be on its way from start-up (boot.ts).
      const boot = page === 0 && !sort && unfiltered(filter) ? takeBootPage(columns) : null;
      const answer: Promise<Page> = boot ? boot.then((p) => p ?? ask()) : ask();
      answer.then(
        (p) => {
          if (g !== gen.current) return;
          inflight.current.delete(page);
          cache.current.set(page, p.rows);
          evict(cache.current, view.current);
          known.current = p.total;
          setTotal(p.total);
          setTick((t) => t + 1);
        },
        (err) => {
          inflight.current.delete(page);
          onError(err);
        },
      );
    },
    // key stands for columns, sort and filter
    [api, key, onError],
  );

  useEffect(() => {
    gen.current++;
    // A new query (filter, sort) shows nothing stale; a data change keeps the old rows until replaced.
    stale.current = key === lastKey.current ? cache.current : new Map();
    if (key !== lastKey.current) {
      known.current = null;
      setTotal(null);
    }
    lastKey.current = key;
    cache.current = new Map();
    inflight.current = new Set();
    load(0);
  }, [key, version, load]);

  const ensure = useCallback(
    (from: number, to: number) => {
      view.current = Math.floor(from / PAGE);
      for (let p = Math.floor(from / PAGE); p <= Math.floor(to / PAGE); p++) load(p);
      // Then the neighbours the scroll is heading into.
      const lastPage = Math.ceil((known.current ?? 0) / PAGE) - 1;
      const next = Math.floor((to + AHEAD) / PAGE);
      if (next <= lastPage) load(next);
      if (from >= AHEAD) load(Math.floor((from - AHEAD) / PAGE));
    },
    [load],
  );

  const row = (i: number): GridRow | undefined => {
    const p = Math.floor(i / PAGE);
    return (cache.current.get(p) ?? stale.current.get(p))?.[i % PAGE];
  };

  return { total, row, ensure };
}

function evict(cache: Map<number, GridRow[]>, near: number): void {
  if (cache.size <= KEEP) return;
  const far = [...cache.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
  for (const p of far.slice(0, cache.size - KEEP)) cache.delete(p);
}
