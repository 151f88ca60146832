import spec from '../../../../shared/data/shopify-columns.json' with { type: 'json' };
import type { ColumnMapping } from '../../../../shared/layouts.js';
import type { Layout, MappedProduct, RawRow, RowMapper } from '../types.js';
import { customName } from './generic.js';
import { fieldForHeader } from './synonyms.js';

type Level = 'product' | 'variant';
interface ColumnSpec {
  field?: string;
  level: Level;
}
const COLUMNS = spec.columns as Record<string, ColumnSpec>;
const METAFIELD = /\(product\.metafields\.([a-z0-9_-]+\.[a-z0-9_-]+)\)\s*$/i;

/** A column's role in a Shopify file. */
interface Role {
  index: number;
  header: string;
  target: string | null; // field or custom attribute name; null = ignored
  level: Level;
}

function analyse(header: string[], override?: ColumnMapping) {
  const handle = header.findIndex((h) => spec.handle.includes(h.trim()));
  const images = header.map((h, i) => (spec.imageColumns.includes(h.trim()) ? i : -1)).filter((i) => i >= 0);
  const options: [number, number][] = [];
  for (const [n, v] of spec.optionColumns) {
    const ni = header.indexOf(n!);
    const vi = header.indexOf(v!);
    if (ni >= 0 && vi >= 0) options.push([ni, vi]);
  }
  const optionIdx = new Set(options.flat());
  const imageDetails = new Set(header.map((h, i) => (spec.imageDetailColumns.includes(h.trim()) ? i : -1)).filter((i) => i >= 0));
  const roles: Role[] = [];
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  header.forEach((h, index) => {
    if (index === handle) {
      mapping[h] = 'item_group_id';
      return;
    }
    if (optionIdx.has(index)) {
      mapping[h] = null; // option name/value pairs map per row, by the option's name
      return;
    }
    const known = COLUMNS[h.trim()];
    const meta = METAFIELD.exec(h);
    let target: string | null = known?.field ?? (meta ? ((spec.metafields as Record<string, string>)[meta[1]!.toLowerCase()] ?? null) : null);
    if (target && taken.has(target)) target = null;
    if (override && h in override) target = override[h] ?? null;
    if (!target) target = images.includes(index) ? 'image_link' : customName(h, index);
    if (target === 'image_link' && taken.has('image_link')) target = customName(h, index);
    taken.add(target);
    mapping[h] = target;
    roles.push({ index, header: h, target, level: known?.level ?? (meta ? 'product' : 'variant') });
  });
  return { handle, images, imageDetails, options, roles, mapping };
}

/**
 * Shopify product CSV: rows sharing a handle form one item group; the first row's product-level
 * cells apply to every variant; Option1..3 name/value pairs become color/size/material/...;
 * rows with only an image attach that image to the group.
 */
export const shopifyLayout: Layout = {
  name: 'shopify',
  detect(header) {
    const set = new Set(header.map((h) => h.trim()));
    const hasHandle = spec.handle.some((h) => set.has(h));
    const hasOption = set.has('Option1 Name') || set.has('Option1 name');
    const hasVariant = set.has('Variant SKU') || set.has('Variant Price') || set.has('SKU');
    return hasHandle && hasOption ? (hasVariant ? 0.95 : 0.8) : 0;
  },
  createMapper(header, _sample, override): RowMapper {
    const { handle, images, imageDetails, options, roles, mapping } = analyse(header, override);
    let groupKey: string | null = null;
    let first: RawRow | null = null;
    let optionNames: string[] = [];
    let group: MappedProduct[] = [];
    let extraImages: string[] = [];

    const flush = (): MappedProduct[] => {
      const out = group;
      if (out.length && extraImages.length) {
        for (const p of out) {
          const own = p.values.image_link;
          const rest = extraImages.filter((u) => u !== own);
          if (rest.length) p.values.additional_image_link = rest.join(',');
        }
      }
      group = [];
      extraImages = [];
      return out;
    };

    const isImageOnly = (row: RawRow): boolean =>
      roles.every((r) => r.level === 'product' || r.target === 'image_link' || imageDetails.has(r.index) || !row.cells[r.index]) &&
      options.every(([, vi]) => !row.cells[vi]) &&
      images.some((i) => row.cells[i]);

    return {
      mapping,
      push(row) {
        const key = handle >= 0 ? (row.cells[handle] ?? '') : '';
        const out: MappedProduct[] = [];
        if (row.cells.every((c) => c === '')) return { products: [] };
        if (key !== groupKey || !first) {
          out.push(...flush());
          groupKey = key;
          first = row;
          optionNames = options.map(([ni]) => row.cells[ni] ?? '');
        } else if (isImageOnly(row)) {
          for (const i of images) if (row.cells[i]) extraImages.push(row.cells[i]!);
          return { products: out };
        }
        const values: Record<string, string> = {};
        const cellMap: Record<string, number> = {};
        if (handle >= 0 && key) {
          values.item_group_id = key;
          cellMap.item_group_id = handle;
        }
        for (const r of roles) {
          if (!r.target) continue;
          const own = row.cells[r.index] ?? '';
          const inherited = r.level === 'product' && own === '' && row !== first;
          const v = inherited ? (first.cells[r.index] ?? '') : own;
          if (v === '' || r.target in values) continue;
          values[r.target] = v;
          // A negative index marks a value inherited from the group's first row: the source
          // export leaves that cell as the seller wrote it (blank) on continuation rows.
          cellMap[r.target] = inherited ? -(r.index + 1) : r.index;
        }
        options.forEach(([ni, vi], k) => {
          const name = (row.cells[ni] || optionNames[k]) ?? '';
          const v = row.cells[vi] ?? '';
          if (!name || !v || (name === 'Title' && v === 'Default Title')) return;
          const target = fieldForHeader(name) ?? name;
          if (target in values) return;
          values[target] = v;
          cellMap[target] = vi;
        });
        for (const i of images) if (row.cells[i] && values.image_link !== row.cells[i]) extraImages.push(row.cells[i]!);
        if (!values.image_link && first) {
          const img = images.map((i) => first!.cells[i]).find(Boolean);
          if (img) values.image_link = img;
        }
        if (!values.id) values.id = group.length === 0 ? key : `${key}-${group.length + 1}`;
        group.push({ rowNo: row.rowNo, values, cellMap });
        return { products: out };
      },
      finish: () => ({ products: flush() }),
    };
  },
};
