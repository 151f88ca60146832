import type { ColumnMapping, LayoutName } from '../../../../shared/layouts.js';
import type { Layout, RawRow, RowMapper } from '../types.js';
import { detectLayout, layoutByName } from './index.js';
import { checkMapping } from './check-mapping.js';
import { headerSignature, type SavedMapping } from './saved.js';

/** Saved mappings by header signature (plain data, so it can travel to the import worker). */
export type SavedMappings = Record<string, Pick<SavedMapping, 'layout' | 'mapping'>>;

export type MappingFrom = 'auto' | 'saved' | 'seller';

export interface MappingChoice {
  layout: Layout;
  mapper: RowMapper;
  /** auto: proposed now; saved: the seller's mapping saved for this header; seller: given for this import. */
  mappingFrom: MappingFrom;
}

/**
 * Chooses the layout and mapping for one file: the seller's mapping if given, else the one saved
 * for files with the same header, else the automatic proposal. A forced layout always wins.
 */
export function chooseMapping(
  saved: SavedMappings | undefined,
  file: string,
  header: string[],
  sample: RawRow[],
  opts: { layout?: LayoutName | 'auto'; mapping?: ColumnMapping },
): MappingChoice {
  const found = !opts.mapping && saved && hasAny(saved) ? saved[headerSignature(header)] : undefined;
  const forced = opts.layout && opts.layout !== 'auto' ? opts.layout : undefined;
  const layout = forced ? layoutByName(forced) : found ? layoutByName(found.layout) : detectLayout(header);
  const override = opts.mapping ?? found?.mapping;
  if (override) checkMapping(header, override, file);
  const mapper = layout.createMapper(header, sample, override);
  const mappingFrom: MappingFrom = opts.mapping ? 'seller' : found ? 'saved' : 'auto';
  if (mappingFrom === 'saved') {
    for (const p of mapper.proposals ?? []) {
      if (p.from === 'seller') {
        p.from = 'saved';
        if (p.reason === 'set by the seller') p.reason = 'the mapping saved for files with this header';
      }
    }
  }
  return { layout, mapper, mappingFrom };
}

function hasAny(o: object): boolean {
  for (const _ in o) return true;
  return false;
}
