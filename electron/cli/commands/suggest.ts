import { existsSync, statSync } from 'node:fs';
import { suggest, suggestionsCsv } from '../../core/suggest/index.js';
import { writeAtomically } from '../../core/export/index.js';
import { openTarget } from '../project-arg.js';
import { UsageError } from '../errors.js';
import { parse, print, type CommandRun } from '../command.js';

export const suggestCommand: CommandRun = {
  async run(args) {
    const { values, positionals } = parse(args, {
      images: { type: 'string' },
      fields: { type: 'string' },
      out: { type: 'string' },
      model: { type: 'string' },
      taxonomy: { type: 'string' },
      'no-model': { type: 'boolean' },
    });
    const images = values.images as string | undefined;
    if (images && !(existsSync(images) && statSync(images).isDirectory()))
      throw new UsageError(`suggest: --images ${images}: no such folder`);
    const taxonomy = values.taxonomy as string | undefined;
    if (taxonomy && !existsSync(taxonomy)) throw new UsageError(`suggest: --taxonomy ${taxonomy}: no such file`);
    const fields = (values.fields as string | undefined)
      ?.split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    if (values.fields !== undefined && !fields?.length) throw new UsageError('suggest: --fields needs at least one field name');
    const target = await openTarget(positionals[0]);
    try {
      const tty = process.stderr.isTTY;
      const r = await suggest(target.db, {
        fields,
        images,
        taxonomy,
        embed: !values['no-model'],
        modelDir: values.model as string | undefined,
        onProgress: tty
          ? (p) => process.stderr.write(`\r${p.stage}: ${p.done}/${p.total}   ${p.done >= p.total ? '\n' : ''}`)
          : undefined,
      });
      const csv = suggestionsCsv(target.db);
      const out = values.out as string | undefined;
      if (out) await writeAtomically(out, [csv]);
      const byField = Object.entries(r.byField)
        .map(([f, n]) => `${f} ${n}`)
        .join(', ');
      const summary = { ...r, out: out ?? null };
      if (!out && !values.json) process.stdout.write(csv);
      else print(values.json, summary, `wrote ${r.suggestions} suggestions to ${out}${byField ? ` (${byField})` : ''}`);
    } finally {
      target.close();
    }
  },
};
