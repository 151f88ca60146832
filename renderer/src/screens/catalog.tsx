import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Column, ProductFilter, SortSpec } from '../../../shared/api.js';
import { takeBootColumns } from '../boot.js';
import { count } from '../numbers.js';
import { useApp } from '../state.js';
import { useGridWindow } from './grid-window.js';
import { RowView } from './grid-row.js';
import { usePages } from './use-pages.js';
import { useThumbnails } from './use-thumbnails.js';

// Every row has one height: the visible rows are arithmetic on scrollTop (see grid-window.ts).
const ROW_H = 32;
const HEAD_H = 36;
const ROWHEAD_W = 84;
const WIDE = new Set(['title', 'description', 'image_link', 'link', 'product_type', 'google_product_category']);
const width = (c: Column) => (WIDE.has(c.field) ? 280 : 140);

type FilterChoice = '' | 'changed' | 'errors' | 'warnings' | 'suggestions' | `missing:${string}`;

/** The catalog grid: every product, virtualised in both directions, with search, sort, filters and inline edit. */
export function CatalogScreen() {
  const { api, dataVersion, dataChanged, fail, gridFilter, setGridFilter } = useApp();
  const [columns, setColumns] = useState<Column[]>([]);
  const [sort, setSort] = useState<SortSpec | undefined>(undefined);
  const [search, setSearch] = useState(gridFilter.search ?? '');
  const [active, setActive] = useState({ r: 0, c: 0 });
  const [editing, setEditing] = useState<{ value: string } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // On the first showing, the columns asked for while the app started (see boot.ts).
    const boot = dataVersion === 0 ? takeBootColumns() : null;
    const ask = () => api.call('products.columns', {});
    (boot ? boot.then((r) => r ?? ask()) : ask()).then((r) => setColumns(r.columns), fail);
  }, [api, fail, dataVersion]);

  // Typing in the search box filters after a short pause, not on every key.
  useEffect(() => {
    const t = setTimeout(() => {
      if ((gridFilter.search ?? '') !== search) setGridFilter({ ...gridFilter, search: search || undefined });
    }, 250);
    return () => clearTimeout(t);
  }, [search, gridFilter, setGridFilter]);

  const fields = useMemo(() => columns.map((c) => c.field), [columns]);
  const colEdges = useMemo(() => {
    const edges = [0];
    for (const c of columns) edges.push(edges[edges.length - 1]! + width(c));
    return edges;
  }, [columns]);
  const { total, row, ensure } = usePages(api, fields, sort, gridFilter, dataVersion, fail);

  const { win, reveal } = useGridWindow(scrollRef, {
    rows: total ?? 0,
    rowHeight: ROW_H,
    headHeight: HEAD_H,
    colEdges,
    headWidth: ROWHEAD_W,
  });
  const { first, last } = win;
  useEffect(() => ensure(first, last), [first, last, ensure]);
  const visiblePids: number[] = [];
  for (let i = first; i <= last; i++) {
    const pid = row(i)?.pid;
    if (pid !== undefined) visiblePids.push(pid);
  }
  const thumbs = useThumbnails(api, visiblePids);

  const move = useCallback(
    (r: number, c: number) => {
      const nr = Math.max(0, Math.min((total ?? 1) - 1, r));
      const nc = Math.max(0, Math.min(columns.length - 1, c));
      setActive({ r: nr, c: nc });
      reveal(nr, nc);
    },
    [total, columns.length, reveal],
  );

  // Rows get stable handlers that read the current state through this ref, so a row re-renders only
  // when its own data, columns or active cell change.
  const now = useRef({ active, columns, row, api, dataChanged, fail });
  now.current = { active, columns, row, api, dataChanged, fail };

  const commit = useCallback(async (value: string) => {
    const { active: a, columns: cols, row: rowAt, api: client, dataChanged: changed, fail: failed } = now.current;
    const r = rowAt(a.r);
    const col = cols[a.c];
    setEditing(null);
    scrollRef.current?.focus();
    if (!r || !col) return;
    if ((r.cells[a.c] ?? '') === value) return;
    try {
      const res = await client.call('products.edit', { edits: [{ pid: r.pid, field: col.field, value }] });
      changed(res.project);
    } catch (err) {
      failed(err);
    }
  }, []);
  const onCommit = useCallback((v: string) => void commit(v), [commit]);
  const onCancel = useCallback(() => {
    setEditing(null);
    scrollRef.current?.focus();
  }, []);
  const onActivate = useCallback((r: number, c: number) => setActive({ r, c }), []);
  const onEdit = useCallback((r: number, c: number) => {
    setActive({ r, c });
    setEditing({ value: now.current.row(r)?.cells[c] ?? '' });
  }, []);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const page = Math.floor((scrollRef.current?.clientHeight ?? 320) / ROW_H) - 1;
    const k = e.key;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active.r + 1, active.c),
      ArrowUp: () => move(active.r - 1, active.c),
      ArrowRight: () => move(active.r, active.c + 1),
      ArrowLeft: () => move(active.r, active.c - 1),
      Tab: () => move(active.r, active.c + (e.shiftKey ? -1 : 1)),
      PageDown: () => move(active.r + page, active.c),
      PageUp: () => move(active.r - page, active.c),
      Home: () => move(e.ctrlKey ? 0 : active.r, 0),
      End: () => move(e.ctrlKey ? (total ?? 1) - 1 : active.r, columns.length - 1),
      Enter: () => setEditing({ value: row(active.r)?.cells[active.c] ?? '' }),
      F2: () => setEditing({ value: row(active.r)?.cells[active.c] ?? '' }),
      Delete: () => void commit(''),
    };
    if (keys[k]) {
      e.preventDefault();
      keys[k]!();
    } else if (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ value: k });
    }
  };

  const filterChoice: FilterChoice = gridFilter.changed
    ? 'changed'
    : gridFilter.severity === 'error' && !gridFilter.rule
      ? 'errors'
      : gridFilter.severity === 'warning' && !gridFilter.rule
        ? 'warnings'
        : gridFilter.pendingSuggestions
          ? 'suggestions'
          : gridFilter.missing
            ? `missing:${gridFilter.missing}`
            : '';
  const choose = (v: FilterChoice) => {
    const base: ProductFilter = { search: gridFilter.search };
    if (v === 'changed') base.changed = true;
    if (v === 'errors') base.severity = 'error';
    if (v === 'warnings') base.severity = 'warning';
    if (v === 'suggestions') base.pendingSuggestions = true;
    if (v.startsWith('missing:')) base.missing = v.slice(8);
    setGridFilter(base);
  };

  const totalW = colEdges[colEdges.length - 1]! + ROWHEAD_W;
  const activeRow = row(active.r);
  return (
    <section className="catalog" aria-label="Catalog">
      <div className="toolbar">
        <input
          type="search"
          placeholder="Search products (title, brand, SKU, colour…)"
          aria-label="Search products"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label>
          Show{' '}
          <select value={filterChoice} onChange={(e) => choose(e.target.value as FilterChoice)}>
            <option value="">all products</option>
            <option value="changed">changed since import</option>
            <option value="errors">with errors</option>
            <option value="warnings">with warnings</option>
            <option value="suggestions">with pending suggestions</option>
            {columns.map((c) => (
              <option key={c.field} value={`missing:${c.field}`}>
                missing {c.field}
              </option>
            ))}
          </select>
        </label>
        {gridFilter.rule && (
          <button onClick={() => setGridFilter({ search: gridFilter.search })} title="Show all products again">
            Rule: {gridFilter.rule} ✕
          </button>
        )}
        <span className="count" role="status" aria-live="polite" aria-label="Product count">
          {total === null ? 'Loading…' : `${count(total)} products`}
        </span>
      </div>
      <div
        ref={scrollRef}
        className="grid"
        role="grid"
        aria-label="Products"
        aria-rowcount={(total ?? 0) + 1}
        aria-colcount={columns.length + 1}
        tabIndex={0}
        onKeyDown={onKey}
      >
        <div className="grid-canvas" style={{ height: (total ?? 0) * ROW_H + HEAD_H, width: totalW }}>
          <div className="grid-head" role="row" aria-rowindex={1} style={{ width: totalW, height: HEAD_H }}>
            <div className="rowhead corner" role="columnheader" style={{ width: ROWHEAD_W }}>
              Row
            </div>
            {columns.slice(win.c0, win.c1 + 1).map((c, k) => {
              const ci = win.c0 + k;
              const dir = sort?.field === c.field ? sort.dir : undefined;
              return (
                <div
                  key={c.field}
                  role="columnheader"
                  aria-colindex={ci + 2}
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                  className={`headcell ${c.kind}`}
                  style={{ left: ROWHEAD_W + colEdges[ci]!, width: width(c) }}
                >
                  <button
                    tabIndex={-1}
                    title={`${c.field}${c.kind === 'custom' ? ' (custom attribute)' : ''}${c.filled !== null ? ` · filled on ${count(c.filled)}` : ''} — click to sort`}
                    onClick={() =>
                      setSort(
                        dir === undefined
                          ? { field: c.field, dir: 'asc' }
                          : dir === 'asc'
                            ? { field: c.field, dir: 'desc' }
                            : undefined,
                      )
                    }
                  >
                    {c.field}
                    {dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}
                  </button>
                </div>
              );
            })}
          </div>
          {Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => {
            const i = first + k;
            const r = row(i);
            return (
              <RowView
                key={i}
                index={i}
                r={r}
                top={HEAD_H + i * ROW_H}
                width={totalW}
                headWidth={ROWHEAD_W}
                fields={fields}
                colEdges={colEdges}
                c0={win.c0}
                c1={win.c1}
                thumb={r ? thumbs.get(r.pid) : undefined}
                activeCol={active.r === i ? active.c : -1}
                editing={active.r === i ? editing : null}
                onActivate={onActivate}
                onEdit={onEdit}
                onCommit={onCommit}
                onCancel={onCancel}
              />
            );
          })}
        </div>
      </div>
      <p className="hint muted">
        {activeRow && columns[active.c] ? `Row ${activeRow.row}, ${columns[active.c]!.field}. ` : ''}
        Arrows move · Enter or type to edit · Delete clears · Ctrl+Z undoes
      </p>
    </section>
  );
}
