import type { ExportProduct } from './catalog-groups.js';

/** Every distinct image of a group, in order: each variant's own images in turn. */
export function groupImages(products: readonly ExportProduct[]): string[] {
  return [...new Set(products.flatMap((p) => p.images()))];
}
