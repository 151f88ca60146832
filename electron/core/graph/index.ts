/** The catalog's knowledge graph: vocabulary and relations learned from the catalog itself. */
export { buildVocabulary, Vocabulary, type BrandEntry } from './vocabulary.js';
export { propagate, GROUP_FIELDS } from './propagate.js';
export { storeGraph } from './store.js';
export { fieldSql } from './columns.js';
