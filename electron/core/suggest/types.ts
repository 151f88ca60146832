/** Where a suggestion's evidence came from; a suggestion's `sources` joins them with '+'. */
export type SourceKind = 'text' | 'graph' | 'embed' | 'ocr';
export const SOURCE_ORDER: readonly SourceKind[] = ['text', 'graph', 'embed', 'ocr'];

/** One piece of evidence a seller can check at a glance. */
export type EvidenceItem =
  | { source: 'text'; in: string; phrase: string; start: number; end: number }
  | {
      source: 'graph';
      relation: 'variant-of' | 'duplicate-of' | 'same-model';
      group?: string;
      products: { row: number; id: string | null }[];
      value: string;
    }
  | { source: 'embed'; neighbours: { row: number; id: string | null; similarity: number; value: string }[] }
  | { source: 'embed'; taxonomy: string; similarity: number }
  | { source: 'ocr'; image: string; phrase: string; box: { x0: number; y0: number; x1: number; y1: number }; confidence: number };

/**
 * A value one source found for one field of one product. `signal` names the kind of evidence
 * (e.g. `title`, `desc-multi`, `group`, `knn-hi`); confidence is calibrated per field and signal set.
 */
export interface Candidate {
  pid: number;
  field: string;
  /** Canonical key used to compare values (folded canonical form). */
  key: string;
  /** The value as the suggestion would write it. */
  value: string;
  source: SourceKind;
  signal: string;
  evidence: EvidenceItem;
}

export interface Suggestion {
  pid: number;
  row: number;
  id: string | null;
  field: string;
  current: string | null;
  suggested: string;
  confidence: number;
  sources: SourceKind[];
  /** The signal set the confidence was looked up by (kept for calibration and the evaluation). */
  signals: string;
  evidence: EvidenceItem[];
}
