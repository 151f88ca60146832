import type { ExportProfile } from '../../../shared/profiles/export/index.js';
import type { Db } from '../store/index.js';
import { projectCurrency, readGroups, type ExportProduct } from './catalog-groups.js';
import { formatRow } from './delimited.js';
import { compileColumns, type CompiledColumn } from './feed-cells.js';
import { GroupContext, isProductRow, ROW_LAYOUTS, type FeedRow } from './feed-rows.js';
import type { FillEnv } from './fills.js';
import { HandleNamer } from './shopify-handle.js';
import type { ExportFormat, ExportWarnings, FeedWriter, RenderedFeed } from './types.js';
import { groupOptions } from './variant-options.js';
import { escapeXml } from './xml-escape.js';

const FLUSH_AT = 1 << 16;

/** A filled row: the row and one cell per profile column ('' where the column does not apply). */
interface FilledRow {
  row: FeedRow;
  cells: string[];
}

/** Walks the project group by group and fills every row, counting products and what they lack. */
function* filledRows(db: Db, profile: ExportProfile, stats: { rows: number; warnings: ExportWarnings }): Generator<FilledRow> {
  const { missing, notes } = stats.warnings;
  const noted = new Map<string, number>();
  const env: FillEnv = {
    profile,
    currency: projectCurrency(db),
    note(product: ExportProduct, message: string, example: string) {
      if (noted.get(message) === product.pid) return;
      noted.set(message, product.pid);
      const n = (notes[message] ??= { products: 0, example });
      n.products++;
    },
  };
  const columns: CompiledColumn[] = compileColumns(profile, env);
  const handles = new HandleNamer(db);
  const layout = ROW_LAYOUTS[profile.layout];
  for (const group of readGroups(db)) {
    const options = groupOptions(group, profile.options);
    const ctx = new GroupContext(group, options, (g) => handles.name(g));
    for (const p of group.products) {
      if (options.overflow)
        env.note(
          p,
          `more option fields differ than ${profile.name} has option slots (${profile.options.max}); the rest are left out`,
          options.fields.join(', '),
        );
      if (options.ambiguous) env.note(p, 'variants that no option field tells apart', group.key ?? '');
    }
    for (const row of layout(ctx)) {
      const product = isProductRow(row);
      const cells = columns.map((c) => {
        if (!c.applies(row.kinds)) return '';
        const v = c.cell(row);
        if (product && v === '' && c.column.required) missing[c.column.header] = (missing[c.column.header] ?? 0) + 1;
        return v;
      });
      if (product) stats.rows++;
      yield { row, cells };
    }
  }
}

function* delimited(
  db: Db,
  profile: ExportProfile,
  format: 'csv' | 'tsv',
  guard: (c: string) => string,
  stats: { rows: number; warnings: ExportWarnings },
) {
  const delimiter = format === 'tsv' ? '\t' : ',';
  let buf = '';
  // Padded to the full width, as a spreadsheet saves the template's first row.
  for (const pre of profile.preamble ?? [])
    buf +=
      formatRow(
        profile.columns.map((_, i) => pre[i] ?? ''),
        delimiter,
      ) + '\n';
  for (const kind of profile.headerRows)
    buf +=
      formatRow(
        profile.columns.map((c) => (kind === 'labels' ? (c.label ?? c.header) : c.header)),
        delimiter,
      ) + '\n';
  for (const { cells } of filledRows(db, profile, stats)) {
    buf += formatRow(cells.map(guard), delimiter) + '\n';
    if (buf.length > FLUSH_AT) {
      yield buf;
      buf = '';
    }
  }
  yield buf;
}

/** RSS 2.0 with the marketplace namespace: one <item> per product, one element per filled column. */
function* xml(db: Db, profile: ExportProfile, stats: { rows: number; warnings: ExportWarnings }) {
  const spec = profile.xml!;
  const { prefix, uri } = spec.namespace;
  const link = (db.prepare(`SELECT link FROM products WHERE link LIKE 'http%' LIMIT 1`).get() as { link: string } | undefined)
    ?.link;
  let origin = '';
  try {
    origin = link ? new URL(link).origin : '';
  } catch {
    origin = '';
  }
  let buf =
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:${prefix}="${escapeXml(uri)}">\n<channel>\n` +
    `<title>${escapeXml(spec.channel.title)}</title>\n<link>${escapeXml(origin)}</link>\n<description>${escapeXml(spec.channel.description)}</description>\n`;
  const tags = profile.columns.map((c) => `${prefix}:${c.header}`);
  for (const { row, cells } of filledRows(db, profile, stats)) {
    if (!isProductRow(row)) continue;
    buf += '<item>\n';
    cells.forEach((v, i) => {
      if (v === '') return;
      const sep = profile.columns[i]!.list;
      const values = sep
        ? v
            .split(sep)
            .map((s) => s.trim())
            .filter(Boolean)
        : [v];
      for (const one of values) buf += `<${tags[i]}>${escapeXml(one)}</${tags[i]}>\n`;
    });
    buf += '</item>\n';
    if (buf.length > FLUSH_AT) {
      yield buf;
      buf = '';
    }
  }
  yield buf + '</channel>\n</rss>\n';
}

/** A feed writer driven entirely by a profile's data file. */
export function profileWriter(profile: ExportProfile): FeedWriter {
  return {
    profile: profile.profile,
    formats: profile.formats,
    render(db, { format, guard }): RenderedFeed {
      const out: ExportFormat = format ?? profile.formats[0]!;
      if (!profile.formats.includes(out))
        throw new Error(`profile "${profile.profile}" writes ${profile.formats.join(' or ')}, not ${out}`);
      const stats = { rows: 0, warnings: { missing: {}, notes: {} } as ExportWarnings };
      // XML is escaped, not formula-guarded: no spreadsheet evaluates it.
      const chunks = out === 'xml' ? xml(db, profile, stats) : delimited(db, profile, out, guard, stats);
      return { format: out, chunks, stats };
    },
  };
}
