import { exportFeed, warningLines, WRITERS, type ExportFormat } from '../../core/export/index.js';
import { openTarget } from '../project-arg.js';
import { UsageError } from '../errors.js';
import { parse, print, type CommandRun } from '../command.js';

export const exportCommand: CommandRun = {
  async run(args) {
    const { values, positionals } = parse(args, {
      profile: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      bom: { type: 'boolean' },
      'no-formula-guard': { type: 'boolean' },
    });
    const known = WRITERS.map((w) => w.profile).join(', ');
    if (!values.profile) throw new UsageError(`export: --profile is required (${known})`);
    if (!values.out) throw new UsageError('export: --out <file> is required');
    const format = values.format as string | undefined;
    if (format && !['csv', 'tsv', 'xml'].includes(format)) throw new UsageError('export: --format must be csv, tsv or xml');
    const writer = WRITERS.find((w) => w.profile === values.profile);
    if (!writer) throw new UsageError(`export: unknown profile "${values.profile}" (known: ${known})`);
    // Asked before any import runs: a profile writes only the formats its marketplace reads.
    if (format && !writer.formats.includes(format as ExportFormat)) {
      throw new UsageError(`export: profile "${writer.profile}" writes ${writer.formats.join(' or ')}, not ${format}`);
    }
    const target = await openTarget(positionals[0]);
    try {
      const r = await exportFeed(target.db, {
        profile: values.profile as string,
        out: values.out as string,
        format: format as ExportFormat | undefined,
        bom: !!values.bom,
        formulaGuard: !values['no-formula-guard'],
      });
      for (const line of warningLines(r.profile, r.warnings)) process.stderr.write(`warning: ${line}\n`);
      print(values.json, r, `wrote ${r.rows} rows to ${r.path} (${r.profile}, ${r.format}, ${r.bytes} bytes)`);
    } finally {
      target.close();
    }
  },
};
