import { VARIANT_FIELDS } from '../../../../shared/fields.js';
import type { ColumnMapping } from '../../../../shared/layouts.js';
import type { Layout, MappedProduct, RawRow, RowMapper } from '../types.js';
import { columnKeys, customName } from './columns.js';
import { SHOPIFY_SPEC } from './data.js';
import { columnKey } from './normalise.js';
import { applyOverride, buildProduct, inheritable, mappingOf, type ColumnPlan, type Inherited } from './plan.js';
import { proposeColumns } from './propose.js';
import { fieldForHeader } from './synonyms.js';

const spec = SHOPIFY_SPEC;
const COLUMNS = new Map(Object.entries(spec.columns).map(([k, v]) => [columnKey(k), v]));
const HANDLES = new Set(spec.handle.map(columnKey));
const IMAGES = new Set(spec.imageColumns.map(columnKey));
const IMAGE_DETAILS = new Set(spec.imageDetailColumns.map(columnKey));
const OPTIONS = spec.optionColumns.map(([n, v]) => [columnKey(n), columnKey(v)] as const);
const METAFIELD = /\((product|variant)\.metafields\.([a-z0-9_-]+\.[a-z0-9_-]+)\)\s*$/i;
/** Option names map only to the fields that distinguish variants (an option named "Title" is not the title). */
const OPTION_FIELDS = new Set<string>([...VARIANT_FIELDS, 'size_type', 'size_system']);

/** The field an option name means (Couleur, Taille, Colour, Farbe, Größe, ...), or a custom attribute named after it. */
export function optionField(name: string): string {
  const f = fieldForHeader(name);
  return f && OPTION_FIELDS.has(f) ? f : customName(name, 0);
}

interface Analysis {
  handle: number;
  images: number[];
  options: [number, number][];
  plans: ColumnPlan[];
}

function analyse(header: string[], sample: RawRow[], override?: ColumnMapping): Analysis {
  const keys = columnKeys(header);
  const norm = header.map(columnKey);
  const handle = norm.findIndex((h) => HANDLES.has(h));
  const images = norm.map((h, i) => (IMAGES.has(h) ? i : -1)).filter((i) => i >= 0);
  const options: [number, number][] = [];
  for (const [n, v] of OPTIONS) {
    const ni = norm.indexOf(n);
    const vi = norm.indexOf(v);
    if (ni >= 0 && vi >= 0) options.push([ni, vi]);
  }
  const optionNames = (k: number) => {
    const seen = new Map<string, string>();
    for (const r of sample) {
      const n = r.cells[options[k]![0]] ?? '';
      if (n && n !== 'Title' && !seen.has(n)) seen.set(n, optionField(n));
    }
    return [...seen].map(([n, f]) => `${n} → ${f}`).join(', ');
  };
  const plans: (ColumnPlan | undefined)[] = new Array(header.length);
  const taken = new Set<string>(['item_group_id']);
  const plan = (i: number, p: Omit<ColumnPlan, 'column' | 'index'>) => (plans[i] = { column: keys[i]!, index: i, ...p });
  header.forEach((h, i) => {
    const name = h.trim();
    if (i === handle)
      return plan(i, {
        field: 'item_group_id',
        confidence: 1,
        from: 'layout',
        reason: `Shopify "${name}": rows sharing it are one item group`,
        derived: true,
        role: 'handle',
      });
    const k = options.findIndex(([ni, vi]) => ni === i || vi === i);
    if (k >= 0) {
      const isName = options[k]![0] === i;
      const seen = optionNames(k);
      return plan(i, {
        field: null,
        confidence: 1,
        from: 'layout',
        derived: true,
        role: isName ? 'option-name' : 'option-value',
        reason: isName
          ? `Shopify option name: says which field Option${k + 1}'s values feed${seen ? ` (${seen})` : ''}`
          : `Shopify option value: feeds the field its option name says, per product${seen ? ` (${seen})` : ''}`,
      });
    }
    if (images.includes(i)) {
      taken.add('image_link');
      return plan(i, {
        field: 'image_link',
        confidence: 1,
        from: 'layout',
        derived: true,
        role: 'image',
        reason: `Shopify "${name}": the product's images (first = main image, others = additional images)`,
      });
    }
    if (IMAGE_DETAILS.has(norm[i]!))
      return plan(i, {
        field: customName(h, i),
        confidence: 1,
        from: 'layout',
        role: 'image-detail',
        reason: `Shopify image detail: kept as a custom attribute`,
      });
    const known = COLUMNS.get(norm[i]!);
    const meta = METAFIELD.exec(h);
    const field = known?.field ?? (meta ? spec.metafields[meta[2]!.toLowerCase()] : undefined);
    if (known || meta) {
      const level = known?.level ?? (meta?.[1]!.toLowerCase() === 'variant' ? 'variant' : 'product');
      const dup = field && taken.has(field) && field !== 'image_link';
      if (field && !dup) taken.add(field);
      return plan(i, {
        field: field && !dup ? field : customName(h, i),
        confidence: 1,
        from: 'layout',
        inherit: level === 'product',
        reason:
          field && !dup
            ? `Shopify ${meta ? `metafield ${meta[2]}` : `column "${name}"`} is ${field}${level === 'product' ? ' (product level: given on the first row, applies to every variant)' : ''}`
            : `Shopify column "${name}": kept as a custom attribute`,
      });
    }
  });
  const skip = new Set(plans.map((p, i) => (p ? i : -1)).filter((i) => i >= 0));
  for (const p of proposeColumns(header, sample, { skip, taken })) plans[p.index] = p;
  return { handle, images, options, plans: applyOverride(plans as ColumnPlan[], override) };
}

/**
 * Shopify product CSV, legacy and 2024+ dialects: rows sharing a handle form one item group; the
 * first row's product-level cells apply to every variant; Option1..3 name/value pairs become
 * color/size/material/... by the option's name in any language; rows carrying only an image
 * attach it to the group; category metafield columns map by their key whatever the label says.
 */
export const shopifyLayout: Layout = {
  name: 'shopify',
  detect(header) {
    const set = new Set(header.map(columnKey));
    const hasHandle = spec.handle.some((h) => set.has(columnKey(h)));
    const hasOption = set.has('option1 name');
    const hasVariant = set.has('variant sku') || set.has('variant price') || set.has('sku') || set.has('price');
    return hasHandle && hasOption ? (hasVariant ? 0.95 : 0.8) : 0;
  },
  createMapper(header, sample, override): RowMapper {
    const { handle, images, options, plans } = analyse(header, sample, override);
    const substantive = plans.filter((p) => !p.inherit && !p.derived && p.role !== 'image-detail' && p.field !== 'image_link');
    const variantImage = plans.find((p) => p.field === 'image_link' && !p.derived);

    let groupKey: string | null = null;
    let firstRow: RawRow | null = null;
    let parent: Inherited = {};
    let optionNames: string[] = [];
    let group: MappedProduct[] = [];
    let groupImages: string[] = [];

    const flush = (): MappedProduct[] => {
      const out = group;
      for (const p of out) {
        if (!p.values.image_link && groupImages[0]) p.values.image_link = groupImages[0];
        const rest = groupImages.filter((u) => u !== p.values.image_link);
        if (rest.length && !p.values.additional_image_link) p.values.additional_image_link = rest.join(',');
      }
      group = [];
      groupImages = [];
      return out;
    };
    const addImages = (row: RawRow) => {
      for (const i of images) {
        const u = row.cells[i];
        if (u && !groupImages.includes(u)) groupImages.push(u);
      }
    };

    return {
      mapping: mappingOf(plans),
      proposals: plans,
      push(row) {
        if (!row.cells.some((c) => c !== '')) return { products: [] };
        const key = handle >= 0 ? (row.cells[handle] ?? '') : '';
        const out: MappedProduct[] = [];
        const starts = key !== groupKey || !firstRow;
        if (starts) {
          out.push(...flush());
          groupKey = key;
          firstRow = row;
          parent = {};
          optionNames = options.map(([ni]) => row.cells[ni] ?? '');
        } else {
          const hasOption = options.some(([, vi]) => row.cells[vi]);
          const hasVariantCell = substantive.some((p) => row.cells[p.index]) || (variantImage && row.cells[variantImage.index]);
          if (!hasOption && !hasVariantCell) {
            // An image row (or an empty continuation): its image belongs to the group, it is no product.
            addImages(row);
            return { products: out };
          }
        }
        addImages(row);
        const p = buildProduct(row, plans, starts ? undefined : parent)!;
        if (handle >= 0 && key) {
          p.values.item_group_id = key;
          p.cellMap.item_group_id = handle;
        }
        options.forEach(([ni, vi], k) => {
          const name = (row.cells[ni] || optionNames[k]) ?? '';
          const v = row.cells[vi] ?? '';
          if (!name || !v || (name === 'Title' && v === 'Default Title')) return;
          const target = optionField(name);
          // The option is this variant's own value: it wins over a product-level column for the same field.
          p.values[target] = v;
          p.cellMap[target] = vi;
        });
        if (!p.values.image_link) {
          const own = images.find((i) => row.cells[i]);
          if (starts && own !== undefined) {
            p.values.image_link = row.cells[own]!;
            p.cellMap.image_link = own;
          }
        }
        if (!p.values.id) p.values.id = group.length === 0 ? key : `${key}-${group.length + 1}`;
        if (starts) parent = inheritable(plans, p);
        group.push(p);
        return { products: out };
      },
      finish: () => ({ products: flush() }),
    };
  },
};
