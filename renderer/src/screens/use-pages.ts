import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridRow, ProductFilter, SortSpec } from '../../../shared/api.js';
import type { ApiClient } from '../api/client.js';

export const PAGE = 100;

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
  const [total, setTotal] = useState<number | null>(null);
  const [, setTick] = useState(0);
  const key = JSON.stringify([columns, sort, filter]);
  const lastKey = useRef(key);

  const load = useCallback(
    (page: number) => {
      if (columns.length === 0 || cache.current.has(page) || inflight.current.has(page)) return;
      inflight.current.add(page);
      const g = gen.current;
      api.call('products.page', { offset: page * PAGE, limit: PAGE, columns, sort, filter }).then(
        (p) => {
          if (g !== gen.current) return;
          inflight.current.delete(page);
          cache.current.set(page, p.rows);
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
    if (key !== lastKey.current) setTotal(null);
    lastKey.current = key;
    cache.current = new Map();
    inflight.current = new Set();
    load(0);
  }, [key, version, load]);

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let p = Math.floor(from / PAGE); p <= Math.floor(to / PAGE); p++) load(p);
    },
    [load],
  );

  const row = (i: number): GridRow | undefined => {
    const p = Math.floor(i / PAGE);
    return (cache.current.get(p) ?? stale.current.get(p))?.[i % PAGE];
  };

  return { total, row, ensure };
}
