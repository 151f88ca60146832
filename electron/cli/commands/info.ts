import { openProject, closeProject } from '../../core/store/index.js';
import { projectInfo } from '../../core/project/index.js';
import { UsageError } from '../errors.js';
import { parse, print, type CommandRun } from '../command.js';

export const infoCommand: CommandRun = {
  async run(args) {
    const { values, positionals } = parse(args, {});
    if (!positionals[0]) throw new UsageError('info: name a project (.cdoc)');
    const db = openProject(positionals[0], { create: false });
    try {
      const info = projectInfo(db);
      const filled = Object.entries(info.filled)
        .filter(([, n]) => n > 0)
        .map(([f, n]) => `  ${f.padEnd(24)} ${n}`)
        .join('\n');
      print(
        values.json,
        info,
        `${info.products} products in ${info.groups} groups from ${info.sources.length} source(s)\n` +
          info.sources
            .map((s) => `  ${s.file} (${s.format}, ${s.layout}, ${s.encoding}): ${s.rows} rows, ${s.rejected} kept aside`)
            .join('\n') +
          `\nFields filled:\n${filled}`,
      );
    } finally {
      closeProject(db);
    }
  },
};
