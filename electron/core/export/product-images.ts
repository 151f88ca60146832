import type { ExportProduct } from './catalog-groups.js';

/** A product's images: image_link first, then each additional_image_link entry (comma-separated, as GMC text feeds write them). */
export function productImages(p: ExportProduct): string[] {
  const all = [p.get('image_link'), ...p.get('additional_image_link').split(',')].map((u) => u.trim()).filter(Boolean);
  return [...new Set(all)];
}

/** Every distinct image of a group, in order: each variant's own images in turn. */
export function groupImages(products: readonly ExportProduct[]): string[] {
  return [...new Set(products.flatMap(productImages))];
}
