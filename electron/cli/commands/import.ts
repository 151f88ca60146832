import { LAYOUTS, type LayoutName } from '../../../shared/layouts.js';
import { openProject, closeProject } from '../../core/store/index.js';
import { readFileSync } from 'node:fs';
// The importer alone, not the import index: the readers and layouts load in the import's worker.
import { importCatalog } from '../../core/import/importer.js';
import { ImportError } from '../../core/import/errors.js';
import { progressReporter } from '../progress.js';
import { UsageError } from '../errors.js';
import { parse, print, type CommandRun } from '../command.js';

export const importCommand: CommandRun = {
  async run(args) {
    const { values, positionals } = parse(args, {
      project: { type: 'string' },
      layout: { type: 'string' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
      mapping: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('import: name at least one catalog file');
    if (!values.project) throw new UsageError('import: --project <p.cdoc> is required');
    const layout = (values.layout as string | undefined) ?? 'auto';
    if (layout !== 'auto' && !(LAYOUTS as readonly string[]).includes(layout)) {
      throw new UsageError(`import: --layout must be auto or one of ${LAYOUTS.join(', ')}`);
    }
    // The seller's column mapping ({"column": "field" | null}, or any JSON with a "mapping" member,
    // e.g. an earlier `import --json`); it is saved for the next file with the same header.
    const mappingFile = values.mapping as string | undefined;
    let mapping;
    if (mappingFile) {
      let text: string;
      try {
        text = readFileSync(mappingFile, 'utf8');
      } catch (err) {
        throw new ImportError({
          file: mappingFile,
          message: `cannot read the mapping file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
        });
      }
      const { parseMappingFile } = await import('../../core/import/layouts/mapping-file.js');
      mapping = parseMappingFile(text, mappingFile).mapping;
    }
    const db = openProject(values.project as string);
    try {
      const results = [];
      for (const file of positionals) {
        results.push(
          await importCatalog(db, file, {
            layout: layout as LayoutName | 'auto',
            encoding: values.encoding as string | undefined,
            sheet: values.sheet as string | undefined,
            mapping,
            onProgress: progressReporter(`import ${file}`),
          }),
        );
      }
      const first = results[0]!;
      const summary = {
        products: results.reduce((n, r) => n + r.products, 0),
        rejected: results.reduce((n, r) => n + r.rejected, 0),
        layout: first.layout,
        encoding: first.encoding,
        format: first.format,
        delimiter: first.delimiter,
        mapping: first.mapping,
        project: values.project,
        files: results.map((r) => ({
          file: r.file,
          products: r.products,
          rejected: r.rejected,
          rows: r.rows,
          layout: r.layout,
          format: r.format,
          encoding: r.encoding,
          mapping: r.mapping,
          mappingFrom: r.mappingFrom,
          columns: r.proposals?.map((p) => ({
            column: p.column,
            field: p.field,
            confidence: p.confidence,
            from: p.from,
            reason: p.reason,
          })),
          rejectedRows: r.rejectedRows,
          warnings: r.warnings,
        })),
      };
      const lines = results.map(
        (r) =>
          `${r.file}: ${r.products} products from ${r.rows} rows (${r.format}, ${r.encoding}, layout ${r.layout})` +
          (r.rejected
            ? `; ${r.rejected} rows kept aside:\n` + r.rejectedRows.map((x) => `  row ${x.row}: ${x.error}`).join('\n')
            : '') +
          (r.warnings.length
            ? '\n' + r.warnings.map((w) => `  ${w.row !== undefined ? `row ${w.row}: ` : 'warning: '}${w.message}`).join('\n')
            : ''),
      );
      print(values.json, summary, lines.join('\n'));
    } finally {
      closeProject(db);
    }
  },
};
