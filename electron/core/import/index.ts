export { importCatalog, type ImportOptions, type ImportResult } from './importer.js';
export { ImportError, CancelledError } from './errors.js';
export { openSource } from './readers/index.js';
export { detectLayout, layoutByName, autoMapping, LAYOUT_REGISTRY } from './layouts/index.js';
export type { SourceReader, RawRow, Layout, RowMapper, MappedProduct, Dialect } from './types.js';
