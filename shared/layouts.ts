/** Catalog layouts the importer recognises; `generic` maps any other header by synonyms and values. */
export const LAYOUTS = ['shopify', 'woocommerce', 'google', 'amazon', 'tiktok', 'generic'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const FORMATS = ['csv', 'tsv', 'xlsx', 'json', 'jsonl', 'xml'] as const;
export type SourceFormat = (typeof FORMATS)[number];

/** How one source column feeds the project: a canonical field, a custom attribute, or nothing. */
export type ColumnTarget = { field: string } | { ignore: true };

/** Column name -> canonical field or custom attribute name, as shown to (and edited by) the seller. */
export type ColumnMapping = Record<string, string | null>;
