import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Column, GridRow, ProductFilter, SortSpec } from '../../../shared/api.js';
import { useApp } from '../state.js';
import { usePages } from './use-pages.js';
import { useThumbnails } from './use-thumbnails.js';

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
    api.call('products.columns', {}).then((r) => setColumns(r.columns), fail);
  }, [api, fail, dataVersion]);

  // Typing in the search box filters after a short pause, not on every key.
  useEffect(() => {
    const t = setTimeout(() => {
      if ((gridFilter.search ?? '') !== search) setGridFilter({ ...gridFilter, search: search || undefined });
    }, 250);
    return () => clearTimeout(t);
  }, [search, gridFilter, setGridFilter]);

  const fields = useMemo(() => columns.map((c) => c.field), [columns]);
  const { total, row, ensure } = usePages(api, fields, sort, gridFilter, dataVersion, fail);

  const rows = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 10,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => width(columns[i]!),
    overscan: 3,
  });
  useEffect(() => cols.measure(), [columns, cols]);

  const vRows = rows.getVirtualItems();
  const vCols = cols.getVirtualItems();
  const first = vRows[0]?.index ?? 0;
  const last = vRows[vRows.length - 1]?.index ?? 0;
  useEffect(() => ensure(first, last), [first, last, ensure]);
  const visiblePids = vRows.map((v) => row(v.index)?.pid).filter((p): p is number => p !== undefined);
  const thumbs = useThumbnails(api, visiblePids);

  const move = useCallback(
    (r: number, c: number) => {
      const nr = Math.max(0, Math.min((total ?? 1) - 1, r));
      const nc = Math.max(0, Math.min(columns.length - 1, c));
      setActive({ r: nr, c: nc });
      rows.scrollToIndex(nr, { align: 'auto' });
      cols.scrollToIndex(nc, { align: 'auto' });
    },
    [total, columns.length, rows, cols],
  );

  const commit = async (value: string) => {
    const r = row(active.r);
    const col = columns[active.c];
    setEditing(null);
    scrollRef.current?.focus();
    if (!r || !col) return;
    if ((r.cells[active.c] ?? '') === value) return;
    try {
      const res = await api.call('products.edit', { edits: [{ pid: r.pid, field: col.field, value }] });
      dataChanged(res.project);
    } catch (err) {
      fail(err);
    }
  };

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

  const totalW = cols.getTotalSize() + ROWHEAD_W;
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
          {total === null ? 'Loading…' : `${total.toLocaleString('en')} products`}
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
        <div className="grid-canvas" style={{ height: rows.getTotalSize() + HEAD_H, width: totalW }}>
          <div className="grid-head" role="row" aria-rowindex={1} style={{ width: totalW, height: HEAD_H }}>
            <div className="rowhead corner" role="columnheader" style={{ width: ROWHEAD_W }}>
              Row
            </div>
            {vCols.map((vc) => {
              const c = columns[vc.index]!;
              const dir = sort?.field === c.field ? sort.dir : undefined;
              return (
                <div
                  key={c.field}
                  role="columnheader"
                  aria-colindex={vc.index + 2}
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                  className={`headcell ${c.kind}`}
                  style={{ left: ROWHEAD_W + vc.start, width: vc.size }}
                >
                  <button
                    tabIndex={-1}
                    title={`${c.field}${c.kind === 'custom' ? ' (custom attribute)' : ''}${c.filled !== null ? ` · filled on ${c.filled.toLocaleString('en')}` : ''} — click to sort`}
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
          {vRows.map((vr) => {
            const r = row(vr.index);
            return (
              <div
                key={vr.index}
                role="row"
                aria-rowindex={vr.index + 2}
                className="grid-row"
                style={{ top: HEAD_H + vr.start, width: totalW }}
              >
                <div className="rowhead" role="rowheader" style={{ width: ROWHEAD_W }} title="Row in your file">
                  {r && thumbs.has(r.pid) && <img className="thumb" src={thumbs.get(r.pid)} alt="" />}
                  {r?.row ?? ''}
                </div>
                {vCols.map((vc) => (
                  <Cell
                    key={vc.index}
                    r={r}
                    ci={vc.index}
                    field={columns[vc.index]!.field}
                    left={ROWHEAD_W + vc.start}
                    width={vc.size}
                    active={active.r === vr.index && active.c === vc.index}
                    editing={active.r === vr.index && active.c === vc.index ? editing : null}
                    onClick={() => setActive({ r: vr.index, c: vc.index })}
                    onEdit={() => {
                      setActive({ r: vr.index, c: vc.index });
                      setEditing({ value: r?.cells[vc.index] ?? '' });
                    }}
                    onCommit={(v) => void commit(v)}
                    onCancel={() => {
                      setEditing(null);
                      scrollRef.current?.focus();
                    }}
                  />
                ))}
              </div>
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

interface CellProps {
  r: GridRow | undefined;
  ci: number;
  field: string;
  left: number;
  width: number;
  active: boolean;
  editing: { value: string } | null;
  onClick(): void;
  onEdit(): void;
  onCommit(v: string): void;
  onCancel(): void;
}

function Cell({ r, ci, field, left, width, active, editing, onClick, onEdit, onCommit, onCancel }: CellProps) {
  // Enter commits and unmounts the input, which may also fire blur: commit once per edit.
  const settled = useRef(false);
  useEffect(() => {
    if (editing) settled.current = false;
  }, [editing]);
  const once = (f: () => void) => {
    if (settled.current) return;
    settled.current = true;
    f();
  };
  const value = r?.cells[ci] ?? null;
  const marker = r?.markers[field];
  const cls = ['cell', active ? 'active' : '', marker?.severity ? `sev-${marker.severity}` : '', value === null ? 'empty' : '']
    .filter(Boolean)
    .join(' ');
  const notes = [
    marker?.severity ? `${marker.severity} on this cell (see Findings)` : '',
    marker?.suggestions ? `${marker.suggestions} pending suggestion(s)` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <div
      role="gridcell"
      aria-colindex={ci + 2}
      aria-selected={active}
      className={cls}
      style={{ left, width }}
      title={notes ? `${value ?? ''}\n${notes}` : (value ?? '')}
      onClick={onClick}
      onDoubleClick={onEdit}
    >
      {editing ? (
        <input
          autoFocus
          aria-label={`Edit ${field}`}
          defaultValue={editing.value}
          onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
          onKeyDown={(e) => {
            e.stopPropagation();
            const v = e.currentTarget.value;
            if (e.key === 'Enter') once(() => onCommit(v));
            if (e.key === 'Escape') once(onCancel);
          }}
          onBlur={(e) => {
            const v = e.currentTarget.value;
            once(() => onCommit(v));
          }}
        />
      ) : (
        <>
          <span className="text">{value ?? ''}</span>
          {marker?.suggestions ? (
            <span className="badge" aria-label={`${marker.suggestions} suggestions`}>
              ✦{marker.suggestions}
            </span>
          ) : null}
        </>
      )}
    </div>
  );
}
