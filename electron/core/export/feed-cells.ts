import {
  ROW_KINDS,
  type CellSpec,
  type ExportColumn,
  type ExportProfile,
  type RowKind,
} from '../../../shared/profiles/export/index.js';
import type { ExportProduct } from './catalog-groups.js';
import { FILL_REGISTRY, type FillEnv } from './fills.js';
import type { FeedRow } from './feed-rows.js';

/** A profile column ready to fill rows: which row kinds get it, and the cell for a row. */
export interface CompiledColumn {
  column: ExportColumn;
  applies(kinds: ReadonlySet<RowKind>): boolean;
  cell(row: FeedRow): string;
}

const DEFAULT_ROWS: readonly RowKind[] = ROW_KINDS.filter((k) => k !== 'image');

/** The first of `fields` with a value. */
function firstValue(product: ExportProduct, fields: readonly string[]): string {
  for (const f of fields) {
    const v = product.get(f);
    if (v !== '') return v;
  }
  return '';
}

function compileSpec(spec: CellSpec, profile: ExportProfile, env: FillEnv): (row: FeedRow) => string {
  const from = spec.from === undefined ? [] : Array.isArray(spec.from) ? spec.from : [spec.from];
  const fill = spec.fill ? FILL_REGISTRY[spec.fill] : undefined;
  const map = spec.map ? new Map(Object.entries(profile.maps[spec.map] ?? {}).map(([k, v]) => [k.toLowerCase(), v])) : undefined;
  const constant = spec.value ?? '';
  return (row) => {
    if (spec.if && row.product.get(spec.if) === '') return '';
    let v = from.length ? firstValue(row.product, from) : constant;
    if (fill) v = fill(row, v, spec, env);
    if (map && v) v = map.get(v.trim().toLowerCase()) ?? v;
    return v;
  };
}

/** Compiles every column once, so writing a row is a loop over small closures. */
export function compileColumns(profile: ExportProfile, env: FillEnv): CompiledColumn[] {
  return profile.columns.map((column) => {
    const rows = new Set(column.rows ?? DEFAULT_ROWS);
    const seen = new Map<ReadonlySet<RowKind>, boolean>();
    const base = compileSpec(column, profile, env);
    const overrides = Object.entries(column.on ?? {}).map(
      ([kind, spec]) => [kind as RowKind, compileSpec(spec, profile, env)] as const,
    );
    return {
      column,
      applies: (kinds) => {
        // Layouts reuse a few shared kind sets, so the answer is computed once per set.
        let yes = seen.get(kinds);
        if (yes === undefined) {
          yes = [...kinds].some((k) => rows.has(k));
          seen.set(kinds, yes);
        }
        return yes;
      },
      cell: (row) => {
        for (const [kind, fn] of overrides) if (row.kinds.has(kind)) return fn(row);
        return base(row);
      },
    };
  });
}
