import type { LayoutName } from '../../../../shared/layouts.js';
import type { Layout } from '../types.js';
import { amazonLayout } from './amazon.js';
import { genericLayout } from './generic.js';
import { googleLayout } from './google.js';
import { shopifyLayout } from './shopify.js';
import { tiktokLayout } from './tiktok.js';
import { woocommerceLayout } from './woocommerce.js';

/** Every layout the importer knows, most specific first (ties go to the earlier one). */
export const LAYOUT_REGISTRY: readonly Layout[] = [
  shopifyLayout,
  woocommerceLayout,
  amazonLayout,
  tiktokLayout,
  googleLayout,
  genericLayout,
];

export function layoutByName(name: LayoutName): Layout {
  const l = LAYOUT_REGISTRY.find((x) => x.name === name);
  if (!l) throw new Error(`layout "${name}" is not supported`);
  return l;
}

/** How sure each layout is that the header is its own, best first. */
export function rankLayouts(header: string[]): { layout: LayoutName; score: number }[] {
  return LAYOUT_REGISTRY.map((l) => ({ layout: l.name, score: Math.round(l.detect(header) * 100) / 100 })).sort(
    (a, b) => b.score - a.score,
  );
}

/** The layout whose detector is most confident about this header (generic when none is). */
export function detectLayout(header: string[]): Layout {
  let best: Layout = genericLayout;
  let score = 0;
  for (const l of LAYOUT_REGISTRY) {
    const s = l.detect(header);
    if (s > score) {
      score = s;
      best = l;
    }
  }
  return best;
}

export { autoMapping } from './generic.js';
export { customName, columnKeys } from './columns.js';
export { proposeColumns } from './propose.js';
