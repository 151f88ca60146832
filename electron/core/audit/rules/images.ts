import { PARAMS } from '../lexicons.js';
import type { ProductRule } from './context.js';
import { inCategoryList } from './profile.js';

/**
 * An image smaller than Google's minimum (100 x 100 px, apparel 250 x 250 px; answer 6324350), when the
 * image is a local file whose pixels can be read. Web images are not downloaded: the audit works offline.
 */
export const imageTooSmall: ProductRule = (p, ctx, emit) => {
  const size = ctx.imageSize(p);
  if (!size) return;
  const apparel = inCategoryList(p.values.google_product_category, 'apparel');
  const { minWidth, minHeight, apparelMinWidth, apparelMinHeight } = PARAMS.images;
  const [w, h] = apparel ? [apparelMinWidth, apparelMinHeight] : [minWidth, minHeight];
  if (size.width >= w && size.height >= h) return;
  emit({
    rule: 'image-too-small',
    severity: 'warning',
    field: 'image_link',
    message: `The image is ${size.width} x ${size.height} pixels; ${apparel ? 'clothing and accessories need' : 'marketplaces need'} at least ${w} x ${h}.`,
    fix: `Use a photo of at least ${w} x ${h} pixels.`,
  });
};
