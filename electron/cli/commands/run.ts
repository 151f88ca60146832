import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Command, type CommandRun } from '../command.js';
import { UsageError, NotAvailableError } from '../errors.js';

/**
 * `run`: import, audit, suggest and export in one go, by composing the other commands, so it can
 * never drift from what each of them does on its own.
 */
export function runCommand(lookup: (name: string) => Command): CommandRun {
  return {
    async run(args) {
      const { values, positionals } = parse(args, {
        out: { type: 'string' },
        images: { type: 'string' },
        profile: { type: 'string', multiple: true },
      });
      if (values.json) throw new UsageError('run: --json is not supported; read the files it writes');
      const catalog = positionals[0];
      if (!catalog) throw new UsageError('run: name a catalog file');
      if (!values.out) throw new UsageError('run: --out <dir> is required');
      const dir = values.out as string;
      const profiles = (values.profile as string[] | undefined) ?? [];
      mkdirSync(dir, { recursive: true });
      const project = join(dir, 'project.cdoc');
      const step = async (name: string, stepArgs: string[]) => {
        try {
          const code = (await lookup(name).run(stepArgs)) ?? 0;
          if (code !== 0) throw new Error(`run: ${name} failed (exit ${code})`);
        } catch (err) {
          // A capability that has not landed is reported and skipped; anything else stops the run.
          if (!(err instanceof NotAvailableError)) throw err;
          process.stderr.write(`catalog-doctor run: skipped ${name}: ${err.message}\n`);
        }
      };
      await step('import', [catalog, '--project', project]);
      await step('audit', [project, ...profiles.flatMap((p) => ['--profile', p]), '--out', join(dir, 'findings.csv')]);
      await step('suggest', [
        project,
        ...(values.images ? ['--images', values.images as string] : []),
        '--out',
        join(dir, 'suggestions.csv'),
      ]);
      for (const p of profiles.length ? profiles : ['source']) {
        const ext = p === 'google' ? 'tsv' : 'csv';
        await step('export', [project, '--profile', p, '--out', join(dir, `${p}.${ext}`)]);
      }
    },
  };
}
