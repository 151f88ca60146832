/** Suggestions: attribute values from text, the catalog graph, the text model and OCR, with calibrated confidence. */
export { suggest, SUGGEST_FIELDS, type SuggestOptions, type SuggestResult } from './run.js';
export { acceptSuggestions, type AcceptFilter } from './accept.js';
export { suggestionsCsv, describeEvidence, saveSuggestions, SUGGESTION_COLUMNS } from './persist.js';
export {
  Calibrator,
  fitCalibration,
  signalKey,
  posterior,
  SHIPPED_CALIBRATION,
  CalibrationSchema,
  type CalibrationTable,
} from './calibration.js';
export { extractFromText, type TextPart } from './extract.js';
export { combine, MIN_CONFIDENCE } from './combine.js';
export { findContradictions, saveContradictions, CONTRADICTION_RULE, type ContradictionFinding } from './contradictions.js';
export { sameValue, canonicalKeys, MEASURE_FIELD } from './values.js';
export type { Candidate, Suggestion, EvidenceItem, SourceKind } from './types.js';
