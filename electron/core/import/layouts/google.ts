import type { Layout, RowMapper } from '../types.js';
import { GOOGLE_TABLE } from './data.js';
import { flatMapper } from './generic.js';
import { applyOverride } from './plan.js';
import { planFromTable, tableLookup } from './table.js';

const lookup = tableLookup(GOOGLE_TABLE);

/**
 * Google Merchant Center feed (TSV/CSV/Sheets columns, or the item elements of an RSS/Atom feed):
 * one row per product, variants already linked by item_group_id. Headers may carry the `g:` prefix.
 */
export const googleLayout: Layout = {
  name: 'google',
  detect(header) {
    const names = header.map((h) => h.trim()).filter(Boolean);
    if (!names.length) return 0;
    const known = names.filter((h) => lookup(h));
    const has = (f: string) => names.some((h) => lookup(h)?.field === f);
    const prefixed = names.filter((h) => /^g:/i.test(h)).length;
    if (!has('id') || !has('title')) return 0;
    if (!(has('link') || has('image_link')) || !(has('price') || has('availability'))) return 0;
    const share = known.length / names.length;
    if (prefixed >= 3) return 0.9;
    return share >= 0.75 ? 0.6 + 0.3 * share : 0;
  },
  createMapper(header, sample, override): RowMapper {
    return flatMapper(applyOverride(planFromTable(header, sample, GOOGLE_TABLE), override));
  },
};
