import { resolve } from 'node:path';
import type { ColumnMapping, LayoutName } from '../../../../shared/layouts.js';
import type { Db } from '../../store/index.js';
import { openSource } from '../readers/index.js';
import type { ColumnProposal, MappedProduct, RawRow, ReadOptions } from '../types.js';
import { columnValues } from './propose.js';
import { rankLayouts } from './index.js';
import { loadSavedMappings } from './saved.js';
import { chooseMapping, type MappingFrom } from './session.js';

export interface ColumnPreview extends ColumnProposal {
  /** A few of the column's values, to show beside the mapping. */
  samples: string[];
}

export interface MappingPreview {
  file: string;
  format: string;
  encoding: string;
  header: string[];
  layout: LayoutName;
  /** Every layout's confidence that the header is its own, best first. */
  layouts: { layout: LayoutName; score: number }[];
  mappingFrom: MappingFrom;
  mapping: ColumnMapping;
  columns: ColumnPreview[];
  /** The first records as read. */
  sampleRows: { row: number; cells: string[] }[];
  /** The same records as products under the mapping. */
  sampleProducts: { row: number; values: Record<string, string | undefined> }[];
}

export interface PreviewOptions extends ReadOptions {
  layout?: LayoutName | 'auto';
  mapping?: ColumnMapping;
  /** The project, for the mapping saved for this header. */
  db?: Db;
  /** How many rows to read for the proposal (default 200) and to show (default 10). */
  sampleSize?: number;
  show?: number;
}

/**
 * What the importer would do with a file, without importing it: its header, the layout it looks
 * like, the proposed mapping with a confidence and a reason per column, and sample rows mapped.
 * The seller edits the mapping and imports with it (it is then saved for files with this header).
 */
export async function previewMapping(file: string, opts: PreviewOptions = {}): Promise<MappingPreview> {
  const path = resolve(file);
  const reader = await openSource(path, opts);
  const sample: RawRow[] = [];
  const it = reader.rows[Symbol.asyncIterator]();
  try {
    while (sample.length < (opts.sampleSize ?? 200)) {
      const r = await it.next();
      if (r.done) break;
      if ('cells' in r.value) sample.push(r.value);
    }
  } finally {
    await it.return?.();
  }
  const { layout, mapper, mappingFrom } = chooseMapping(
    opts.db ? loadSavedMappings(opts.db) : undefined,
    path,
    reader.header,
    sample,
    opts,
  );
  const products: MappedProduct[] = [];
  for (const r of sample) products.push(...mapper.push(r).products);
  products.push(...mapper.finish().products);
  const show = opts.show ?? 10;
  const proposals =
    mapper.proposals ??
    Object.entries(mapper.mapping).map(([column, field], index) => ({
      column,
      index,
      field,
      confidence: 1,
      reason: '',
      from: 'layout' as const,
    }));
  return {
    file: path,
    format: reader.format,
    encoding: reader.encoding,
    header: reader.header,
    layout: layout.name,
    layouts: rankLayouts(reader.header),
    mappingFrom,
    mapping: mapper.mapping,
    columns: proposals.map((p) => ({ ...p, samples: columnValues(sample, p.index).slice(0, 3) })),
    sampleRows: sample.slice(0, show).map((r) => ({ row: r.rowNo, cells: r.cells })),
    sampleProducts: products
      .sort((a, b) => a.rowNo - b.rowNo)
      .slice(0, show)
      .map((p) => ({ row: p.rowNo, values: p.values })),
  };
}
