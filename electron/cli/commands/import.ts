import { LAYOUTS, type LayoutName } from '../../../shared/layouts.js';
import { openProject, closeProject } from '../../core/store/index.js';
import { importCatalog } from '../../core/import/index.js';
import { progressReporter } from '../progress.js';
import { UsageError } from '../errors.js';
import { parse, print, type Command } from '../command.js';

export const importCommand: Command = {
  name: 'import',
  usage: `import <file>... --project <p.cdoc> [--layout auto|${LAYOUTS.join('|')}] [--encoding NAME] [--sheet NAME] [--json]`,
  async run(args) {
    const { values, positionals } = parse(args, {
      project: { type: 'string' },
      layout: { type: 'string' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('import: name at least one catalog file');
    if (!values.project) throw new UsageError('import: --project <p.cdoc> is required');
    const layout = (values.layout as string | undefined) ?? 'auto';
    if (layout !== 'auto' && !(LAYOUTS as readonly string[]).includes(layout)) {
      throw new UsageError(`import: --layout must be auto or one of ${LAYOUTS.join(', ')}`);
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
          rejectedRows: r.rejectedRows,
        })),
      };
      const lines = results.map(
        (r) =>
          `${r.file}: ${r.products} products from ${r.rows} rows (${r.format}, ${r.encoding}, layout ${r.layout})` +
          (r.rejected ? `; ${r.rejected} rows kept aside:\n` + r.rejectedRows.map((x) => `  row ${x.row}: ${x.error}`).join('\n') : ''),
      );
      print(values.json, summary, lines.join('\n'));
    } finally {
      closeProject(db);
    }
  },
};
