/** On-device text model: one vector per product, nearest-neighbour suggestions, taxonomy matching. */
export { loadTextModel, modelDirOf, bundledModelDir, DEFAULT_MODEL, type TextModel, type TextModelOptions } from './model.js';
export {
  embedProducts,
  loadVectors,
  productText,
  type EmbedProgress,
  type EmbedChunk,
  type EmbedChunkResult,
  type EmbedResult,
} from './vectors.js';
export { knnCandidates, KNN_FIELDS } from './knn.js';
export { taxonomyCandidates, loadTaxonomy } from './taxonomy.js';
