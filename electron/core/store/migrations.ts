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
];

export const SCHEMA_VERSION = MIGRATIONS.length;
