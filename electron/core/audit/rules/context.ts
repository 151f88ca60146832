import type { Profile } from '../profiles/index.js';
import type { AuditProduct, Finding } from '../types.js';

export type Emit = (f: Omit<Finding, 'pid' | 'profile'> & { profile?: string }) => void;

/** What the per-product rules know about the catalog around a product. */
export interface RuleContext {
  profiles: readonly Profile[];
  /** Whether the product's source file has a column for this field (a catalog with no image column is not told, per product, that images are missing). */
  sourceHasField(sourceId: number, field: string): boolean;
  /** Pixel size of the product's image when it is a local file that could be read. */
  imageSize(p: AuditProduct): { width: number; height: number } | undefined;
}

export type ProductRule = (p: AuditProduct, ctx: RuleContext, emit: Emit) => void;
