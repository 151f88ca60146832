import type { LayoutName } from '../../../../shared/layouts.js';
import type { Layout } from '../types.js';
import { genericLayout } from './generic.js';
import { shopifyLayout } from './shopify.js';

/** Every layout the importer knows, most specific first. */
export const LAYOUT_REGISTRY: readonly Layout[] = [shopifyLayout, genericLayout];

export function layoutByName(name: LayoutName): Layout {
  const l = LAYOUT_REGISTRY.find((x) => x.name === name);
  if (!l) throw new Error(`layout "${name}" is not supported yet`);
  return l;
}

/** The layout whose detector is most confident about this header. */
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

export { autoMapping, mapRow, customName } from './generic.js';
