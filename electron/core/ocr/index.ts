/** OCR of product images: a tesseract.js worker pool, sharp preprocessing, image matching, stored text and boxes. */
export {
  createOcrPool,
  engLangPath,
  DEFAULT_PSM,
  type OcrPool,
  type OcrPoolOptions,
  type OcrResult,
  type OcrWord,
} from './engine.js';
export { needsPreprocess, preprocess } from './preprocess.js';
export { matchImages, type ImageMatch } from './match.js';
export { readImages, type OcrProgress, type OcrItem, type ReadImagesResult } from './read.js';
export { ocrCandidates } from './candidates.js';
export { characterAccuracy } from './accuracy.js';
