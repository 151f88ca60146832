import sharp from 'sharp';

/**
 * Tesseract reads text best at about 30 px cap height. Small product photos (web thumbnails of
 * 200-350 px) are scaled up to about this width; larger images are left at their size, which
 * keeps OCR as fast as the native CLI on them.
 */
const TARGET_WIDTH = 1000;
const UPSCALE_BELOW = 600;
const MAX_SCALE = 3;

/**
 * Grayscale, upscale small images, stretch contrast: what helps tesseract on product photos.
 * Also decodes formats tesseract cannot (WebP content behind a .jpg name) and applies EXIF rotation.
 */
export async function preprocess(image: string | Buffer): Promise<{ buffer: Buffer; scale: number }> {
  const img = sharp(image, { failOn: 'none' }).rotate();
  const meta = await img.metadata();
  // EXIF orientations 5-8 swap width and height.
  const width = ((meta.orientation ?? 1) >= 5 ? meta.height : meta.width) ?? TARGET_WIDTH;
  const scale = width < UPSCALE_BELOW ? Math.min(MAX_SCALE, TARGET_WIDTH / width) : 1;
  let pipeline = img.grayscale().normalize();
  if (scale > 1) pipeline = pipeline.resize({ width: Math.round(width * scale), kernel: 'lanczos3' });
  return { buffer: await pipeline.png().toBuffer(), scale };
}
