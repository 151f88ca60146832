export { exportFeed, type ExportResult } from './exporter.js';
export { guardFormula } from './formula-guard.js';
export { formatRow } from './delimited.js';
export { writeAtomically } from './atomic-file.js';
export { WRITERS, writerFor } from './registry.js';
export type { FeedWriter, RenderedFeed, ExportFormat, ExportOptions, ExportWarnings } from './types.js';
export { warningLines } from './warning-lines.js';
