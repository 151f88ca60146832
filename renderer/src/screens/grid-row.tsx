import { memo, useEffect, useRef } from 'react';
import type { GridRow } from '../../../shared/api.js';

/** What one drawn row needs; everything is a primitive or a stable object, so unchanged rows skip rendering. */
export interface RowViewProps {
  index: number;
  r: GridRow | undefined;
  top: number;
  width: number;
  headWidth: number;
  /** Fields of all columns, and the left edge of each (same length + 1). */
  fields: string[];
  colEdges: number[];
  c0: number;
  c1: number;
  thumb: string | undefined;
  /** The active column when this row holds the active cell, else -1. */
  activeCol: number;
  editing: { value: string } | null;
  onActivate(r: number, c: number): void;
  onEdit(r: number, c: number): void;
  onCommit(v: string): void;
  onCancel(): void;
}

/** One product row. Memoised: scrolling adds and removes rows at the edges without re-rendering the rest. */
export const RowView = memo(function RowView(p: RowViewProps) {
  const cells = [];
  // A row whose page has not arrived yet is drawn empty: after a long jump every row on screen is
  // like that for a moment, and drawing their empty cells would only be drawn over again.
  for (let c = p.c0; p.r && c <= p.c1; c++) {
    const left = p.headWidth + p.colEdges[c]!;
    const active = p.activeCol === c;
    cells.push(
      <Cell
        key={c}
        r={p.r}
        ci={c}
        field={p.fields[c]!}
        left={left}
        width={p.colEdges[c + 1]! - p.colEdges[c]!}
        active={active}
        editing={active ? p.editing : null}
        row={p.index}
        onActivate={p.onActivate}
        onEdit={p.onEdit}
        onCommit={p.onCommit}
        onCancel={p.onCancel}
      />,
    );
  }
  return (
    <div role="row" aria-rowindex={p.index + 2} className="grid-row" style={{ top: p.top, width: p.width }}>
      <div className="rowhead" role="rowheader" style={{ width: p.headWidth }} title="Row in your file">
        {p.thumb && <img className="thumb" src={p.thumb} alt="" />}
        {p.r?.row ?? ''}
      </div>
      {cells}
    </div>
  );
});

interface CellProps {
  r: GridRow | undefined;
  ci: number;
  row: number;
  field: string;
  left: number;
  width: number;
  active: boolean;
  editing: { value: string } | null;
  onActivate(r: number, c: number): void;
  onEdit(r: number, c: number): void;
  onCommit(v: string): void;
  onCancel(): void;
}

function Cell({ r, ci, row, field, left, width, active, editing, onActivate, onEdit, onCommit, onCancel }: CellProps) {
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
  const cls = [
    'cell',
    active ? 'active' : '',
    marker?.severity ? `sev-${marker.severity}` : '',
    value === null ? 'empty' : '',
    marker?.suggestions ? 'has-badge' : '',
  ]
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
      onClick={() => onActivate(row, ci)}
      onDoubleClick={() => onEdit(row, ci)}
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
          {value ?? ''}
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
