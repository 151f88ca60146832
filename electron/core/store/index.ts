export { openProject, closeProject, schemaVersion, ProjectError, type Db, type OpenOptions } from './project.js';
export { SCHEMA_VERSION } from './migrations.js';
export {
  getProduct,
  iterateProducts,
  countProducts,
  readValue,
  originalValues,
  readCellMap,
  sourceCellMaps,
  cellMapReader,
  sharedCellMapRef,
  ORIGINAL_IS_CURRENT,
  type Product,
  type CellMap,
} from './products.js';
export { applyBatch, undo, redo, history, type Edit, type BatchKind, type BatchSummary, type HistoryEntry } from './changes.js';
export { rowCells, FROM_PRODUCT, type StoredCell } from './source-rows.js';
export { beginProductLoad, useRollbackJournal, type ProductLoad } from './bulk-load.js';
