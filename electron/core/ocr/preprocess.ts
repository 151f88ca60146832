import sharp from 'sharp';

/**
 * Tesseract reads text best at about 30 px cap height. Only real thumbnails are scaled up: copies of
 * our label images at 100-200 px wide read at 0.71 character accuracy as they are and 0.96 upscaled,
 * while real product photos of 198-348 px (grocery-store-packages) read as many brands without it,
 * fewer misreads, at a third of the time (EVAL.md, BENCHMARKS.md). Larger images are left alone.
 */
const TARGET_WIDTH = 1000;
const UPSCALE_BELOW = 160;
const MAX_SCALE = 3;
/** What tesseract.js decodes itself (Leptonica in wasm); anything else goes through sharp. */
const TESSERACT_FORMATS = new Set(['png', 'jpeg']);

/**
 * Does this image need sharp before tesseract? Yes when tesseract cannot decode it (WebP content
 * behind a .jpg name), when EXIF says it is rotated, or when it is small enough that upscaling
 * helps. A large, plain PNG/JPEG goes to tesseract as it is: grayscale and contrast stretching cost
 * more than they bring there (BENCHMARKS.md, bench-suggest). Reads the header only.
 */
export async function needsPreprocess(image: string | Buffer): Promise<boolean> {
  const meta = await sharp(image, { failOn: 'none' }).metadata();
  if (!meta.format || !TESSERACT_FORMATS.has(meta.format)) return true;
  if ((meta.orientation ?? 1) > 1) return true;
  return (meta.width ?? 0) < UPSCALE_BELOW;
}

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
