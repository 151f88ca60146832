import { openProject, closeProject } from '../../core/store/index.js';
import { acceptSuggestions } from '../../core/suggest/index.js';
import { UsageError } from '../errors.js';
import { parse, print, type CommandRun } from '../command.js';

export const acceptCommand: CommandRun = {
  async run(args) {
    const { values, positionals } = parse(args, {
      'min-confidence': { type: 'string' },
      field: { type: 'string' },
      source: { type: 'string' },
    });
    const project = positionals[0];
    if (!project || !project.endsWith('.cdoc')) throw new UsageError('accept: name a project (.cdoc)');
    const raw = values['min-confidence'] as string | undefined;
    const minConfidence = raw === undefined ? undefined : Number(raw);
    if (minConfidence !== undefined && !(raw!.trim() !== '' && minConfidence >= 0 && minConfidence <= 1))
      throw new UsageError(`accept: --min-confidence must be a number from 0 to 1, not "${raw}"`);
    const source = values.source as string | undefined;
    if (source && !['text', 'graph', 'embed', 'ocr'].includes(source))
      throw new UsageError(`accept: --source must be text, graph, embed or ocr, not "${source}"`);
    const db = openProject(project, { create: false });
    try {
      const r = acceptSuggestions(db, { minConfidence, field: values.field as string | undefined, source });
      print(
        values.json,
        { accepted: r.accepted, batchId: r.batch?.batchId ?? null, changes: r.batch?.changes ?? 0 },
        r.accepted
          ? `accepted ${r.accepted} suggestions (${r.batch?.changes ?? 0} changes, batch ${r.batch?.batchId ?? '-'}); undo with: catalog-doctor undo ${project}`
          : 'no pending suggestions match',
      );
    } finally {
      closeProject(db);
    }
  },
};
