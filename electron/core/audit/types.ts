import type { ProductValues } from '../../../shared/fields.js';

/** error = blocks export to that profile; warning = should be fixed; info = worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem on one product and field, in the seller's words. */
export interface Finding {
  pid: number;
  rule: string;
  severity: Severity;
  /** Canonical field name, or the seller's column name for a custom attribute. */
  field: string;
  message: string;
  fix?: string;
  /** Profile the finding belongs to; '' for catalog consistency rules. */
  profile: string;
  /** A deterministic replacement value, stored as a suggestion with source "rule". */
  suggested?: string;
  /** The value the suggestion replaces. */
  current?: string;
}

/** What a rule sees of a product: its values plus where it sits in the catalog. */
export interface AuditProduct {
  pid: number;
  rowNo: number;
  sourceId: number;
  values: ProductValues;
  /** Custom attribute names that came from option/variation columns (variant-defining). */
  optionAttrs: readonly string[];
}
