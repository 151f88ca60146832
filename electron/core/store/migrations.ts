import { CANONICAL_FIELDS } from '../../../shared/fields.js';

/**
 * Forward-only schema migrations. Entry N moves a project file from user_version N to N+1.
 * Never edit a shipped entry: sellers have files written by every earlier version.
 */
const fieldColumns = CANONICAL_FIELDS.map((f) => `"${f}" TEXT`).join(',\n  ');

export const MIGRATIONS: readonly string[] = [
  // 1: sources, their raw rows, products (current values per canonical field), the change record.
  `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
  source_id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  name TEXT NOT NULL,
  format TEXT NOT NULL,
  layout TEXT NOT NULL,
  encoding TEXT NOT NULL,
  header TEXT NOT NULL,        -- JSON array of column names, in the seller's order
  mapping TEXT NOT NULL,       -- JSON {column: field|null}
  dialect TEXT NOT NULL,       -- JSON {delimiter, quote, lineEnding, bom, sheet, ...}: how to write it back
  row_count INTEGER NOT NULL DEFAULT 0,
  rejected_count INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT NOT NULL
);
CREATE TABLE source_rows (
  source_id INTEGER NOT NULL REFERENCES sources(source_id),
  row_no INTEGER NOT NULL,     -- as a spreadsheet shows it: header = 1, first record = 2
  cells TEXT NOT NULL,         -- JSON array of the cells exactly as read
  pid INTEGER,                 -- the product this row is (NULL for image-only or skipped rows)
  PRIMARY KEY (source_id, row_no)
) WITHOUT ROWID;
CREATE TABLE rejected_rows (
  source_id INTEGER NOT NULL,
  row_no INTEGER NOT NULL,
  raw TEXT NOT NULL,
  error TEXT NOT NULL
);
CREATE TABLE products (
  pid INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL,
  row_no INTEGER NOT NULL,
  ${fieldColumns},
  attrs TEXT,                  -- JSON {custom attribute: current value}
  original TEXT NOT NULL,      -- JSON {field or attribute: value at import}, never changed
  cell_map TEXT NOT NULL,      -- JSON {field or attribute: column index it came from}
  rev INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX products_group ON products(item_group_id);
CREATE INDEX products_id ON products("id");
CREATE TABLE batches (
  batch_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,          -- edit | suggestion | rule | bulk
  why TEXT NOT NULL,
  at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'applied', -- applied | undone | discarded
  state_at TEXT NOT NULL
);
CREATE TABLE changes (
  change_id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES batches(batch_id),
  pid INTEGER NOT NULL,
  field TEXT NOT NULL,
  old TEXT,
  new TEXT
);
CREATE INDEX changes_batch ON changes(batch_id);
`,
  // 2: what each export wrote, suggestions and findings.
  `
CREATE TABLE exports (
  export_id INTEGER PRIMARY KEY,
  profile TEXT NOT NULL,
  format TEXT NOT NULL,
  path TEXT NOT NULL,
  rows INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE suggestions (
  suggestion_id INTEGER PRIMARY KEY,
  pid INTEGER NOT NULL,
  field TEXT NOT NULL,
  current TEXT,
  suggested TEXT NOT NULL,
  confidence REAL NOT NULL,
  sources TEXT NOT NULL,       -- e.g. text+graph
  evidence TEXT NOT NULL,      -- JSON
  state TEXT NOT NULL DEFAULT 'pending', -- pending | accepted | rejected
  batch_id INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX suggestions_pid ON suggestions(pid);
CREATE TABLE findings (
  pid INTEGER NOT NULL,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL,
  field TEXT NOT NULL,
  message TEXT NOT NULL,
  fix TEXT,
  profile TEXT NOT NULL DEFAULT ''
);
CREATE INDEX findings_pid ON findings(pid);
`,
  // 3: full-text search for the catalog grid: an external-content FTS5 index over products. Import does
  // not feed it row by row (that would slow a 1M-row import); the app indexes new rows in one pass
  // (electron/core/api/search-index.ts) and records the highest indexed pid in meta 'fts_upto'. The
  // triggers keep indexed rows in step with edits, undo and redo.
  `
CREATE VIRTUAL TABLE products_fts USING fts5("id", title, description, brand, product_type, color, size, material, gtin, mpn, content='products', content_rowid='pid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER products_fts_update AFTER UPDATE OF "id", title, description, brand, product_type, color, size, material, gtin, mpn ON products
WHEN old.pid <= coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto'), 0)
BEGIN
  INSERT INTO products_fts(products_fts, rowid, "id", title, description, brand, product_type, color, size, material, gtin, mpn) VALUES ('delete', old.pid, old."id", old.title, old.description, old.brand, old.product_type, old.color, old.size, old.material, old.gtin, old.mpn);
  INSERT INTO products_fts(rowid, "id", title, description, brand, product_type, color, size, material, gtin, mpn) VALUES (new.pid, new."id", new.title, new.description, new.brand, new.product_type, new.color, new.size, new.material, new.gtin, new.mpn);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products
WHEN old.pid <= coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto'), 0)
BEGIN
  INSERT INTO products_fts(products_fts, rowid, "id", title, description, brand, product_type, color, size, material, gtin, mpn) VALUES ('delete', old.pid, old."id", old.title, old.description, old.brand, old.product_type, old.color, old.size, old.material, old.gtin, old.mpn);
END;
`,
  // 4: suggestions' evidence stores: the catalog graph (entities, spellings, relations), one text
  // vector per product, and OCR text with word boxes per image. All are rebuilt or topped up by
  // `suggest`; text_hash/mtime let a rerun skip products and images already done.
  `
CREATE TABLE graph_entities (
  entity_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,          -- brand | product_type | google_product_category | color | size | ...
  canonical TEXT NOT NULL,     -- folded canonical key
  label TEXT NOT NULL,         -- the seller's most used spelling
  products INTEGER NOT NULL,
  UNIQUE (kind, canonical)
);
CREATE TABLE graph_spellings (
  entity_id INTEGER NOT NULL REFERENCES graph_entities(entity_id),
  spelling TEXT NOT NULL,
  products INTEGER NOT NULL,
  PRIMARY KEY (entity_id, spelling)
) WITHOUT ROWID;
CREATE INDEX graph_spellings_spelling ON graph_spellings(spelling);
CREATE TABLE graph_relations (
  pid INTEGER NOT NULL,
  relation TEXT NOT NULL,      -- product-brand | product-category | variant-of | duplicate-of
  entity_id INTEGER,           -- for product-brand / product-category
  other_pid INTEGER            -- for variant-of (group head) / duplicate-of (first duplicate)
);
CREATE INDEX graph_relations_pid ON graph_relations(pid);
CREATE TABLE embeddings (
  pid INTEGER PRIMARY KEY,
  model TEXT NOT NULL,
  text_hash TEXT NOT NULL,     -- the embedded text's hash: unchanged text is not embedded again
  vector BLOB NOT NULL         -- float32, L2-normalised
);
CREATE TABLE ocr_images (
  path TEXT PRIMARY KEY,
  pid INTEGER NOT NULL,
  mtime REAL NOT NULL,         -- an image is read again only when its file changed
  text TEXT NOT NULL,
  words TEXT NOT NULL,         -- JSON [{text, confidence, x0, y0, x1, y1}]
  confidence REAL NOT NULL
);
CREATE INDEX ocr_images_pid ON ocr_images(pid);
`,
  // 5: background jobs (electron/core/jobs): heavy work in worker threads that can stop and resume
  // without redoing finished items. job_items remembers every finished item of a job.
  `
CREATE TABLE jobs (
  job_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,          -- ocr | embed | ... (what the work is)
  params TEXT NOT NULL,        -- JSON: what the job was asked to do (a resume checks it is the same)
  state TEXT NOT NULL,         -- running | cancelled | failed | done (running after a crash = interrupted)
  total INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE job_items (
  job_id INTEGER NOT NULL,
  item TEXT NOT NULL,          -- the item's key, e.g. a pid
  state TEXT NOT NULL,         -- done | failed
  error TEXT,
  PRIMARY KEY (job_id, item)
) WITHOUT ROWID;
`,
  // 6: audit bookkeeping for incremental re-audits (electron/core/audit): the rev each product was
  // last audited at, the keys catalog-wide rules group by (GTIN, near-duplicate title key, image),
  // the values the catalog statistics counted, and what a score needs (required fields per profile).
  `
CREATE TABLE audit_state (
  pid INTEGER PRIMARY KEY,
  rev INTEGER NOT NULL,
  gtin_key TEXT,
  dup_key TEXT,
  image_key TEXT,
  grp TEXT,                    -- item group (or NULL): duplicates inside one group are variants, not duplicates
  vals TEXT NOT NULL,          -- JSON snapshot of the values the catalog statistics counted
  need TEXT                    -- JSON {profile: [required fields, recommended fields]} when some are missing
);
CREATE INDEX audit_state_gtin ON audit_state(gtin_key) WHERE gtin_key IS NOT NULL;
CREATE INDEX audit_state_dup ON audit_state(dup_key) WHERE dup_key IS NOT NULL;
CREATE INDEX audit_state_image ON audit_state(image_key) WHERE image_key IS NOT NULL;
CREATE INDEX findings_rule ON findings(rule);
`,
  // 7: column mappings the seller edited, reused for the next file with the same header
  // (electron/core/import/layouts/saved.ts). signature = sha256 of the header's column names.
  `
CREATE TABLE saved_mappings (
  signature TEXT PRIMARY KEY,
  layout TEXT NOT NULL,
  header TEXT NOT NULL,        -- JSON array of the column names it was saved for
  mapping TEXT NOT NULL,       -- JSON {column: field|null}
  saved_at TEXT NOT NULL
);
`,
  // 8: smaller products (electron/core/store/products.ts). products.original = '' means "never edited:
  // the originals are the current values" (the first edit copies them in); products.cell_map = '@N'
  // means the N-th map of sources.cell_maps (JSON array), since most products of a file share a few
  // maps. Both columns may still hold full JSON (files written before, or maps not shared).
  `
ALTER TABLE sources ADD COLUMN cell_maps TEXT;
`,
  // 9: a product's source row is stored with it (products.cells), one write per product instead of
  // two; source_rows keeps the rows that are no product (and rows whose product was made out of
  // row order). Either way a row's cells (electron/core/store/source-rows.ts) may leave a cell to its
  // product: a cell equal to the product's original value of the field read from it is stored as
  // the number 0, not repeated. Rows written before hold every cell's text and read the same.
  `
ALTER TABLE products ADD COLUMN cells TEXT;
`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
