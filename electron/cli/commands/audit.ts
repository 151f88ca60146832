import {
  auditProject,
  iterateFindings,
  summarise,
  PROFILE_NAMES,
  type AuditSummary,
  type FindingRow,
} from '../../core/audit/index.js';
import { formatRow, guardFormula, writeAtomically } from '../../core/export/index.js';
import { openTarget } from '../project-arg.js';
import { UsageError } from '../errors.js';
import { parse, print, type CommandRun } from '../command.js';

/** The findings CSV header, exactly as the contract in issue 3 states it. */
export const FINDINGS_HEADER = ['row', 'id', 'rule', 'severity', 'field', 'message', 'fix'] as const;

function* csvLines(findings: Iterable<FindingRow>): Generator<string> {
  yield formatRow(FINDINGS_HEADER, ',') + '\n';
  for (const f of findings) {
    yield (
      formatRow(
        [
          String(f.row),
          guardFormula(f.id),
          f.rule,
          f.severity,
          guardFormula(f.field),
          guardFormula(f.message),
          guardFormula(f.fix),
        ],
        ',',
      ) + '\n'
    );
  }
}

function summaryText(s: AuditSummary, ms: number, mode: string, checked: number, out?: string): string {
  const scores = s.scores
    .map((x) => `  ${(x.profile || 'catalog').padEnd(12)} ${String(x.score).padStart(3)}/100 (${x.grade})`)
    .join('\n');
  const rules = Object.entries(s.byRule)
    .map(([r, n]) => `  ${r.padEnd(40)} ${n}`)
    .join('\n');
  return (
    `audited ${s.products} products (${mode}, ${checked} checked) in ${ms} ms: ${s.findings} findings\n` +
    `Score:\n${scores}\n` +
    `By severity: ${s.bySeverity.error} error, ${s.bySeverity.warning} warning, ${s.bySeverity.info} info\n` +
    (rules ? `By rule:\n${rules}` : 'No findings.') +
    (out ? `\nwrote ${out}` : '')
  );
}

export const auditCommand: CommandRun = {
  async run(args) {
    const { values, positionals } = parse(args, {
      profile: { type: 'string', multiple: true },
      out: { type: 'string' },
      full: { type: 'boolean' },
    });
    const profiles = (values.profile as string[] | undefined) ?? [];
    for (const p of profiles) {
      if (!PROFILE_NAMES.includes(p)) throw new UsageError(`audit: unknown profile "${p}" (known: ${PROFILE_NAMES.join(', ')})`);
    }
    const target = await openTarget(positionals[0]);
    try {
      const run = await auditProject(target.db, { profiles, full: !!values.full });
      const summary = summarise(target.db, profiles);
      const out = values.out as string | undefined;
      if (out) await writeAtomically(out, csvLines(iterateFindings(target.db)));
      if (values.json) {
        const findings = [...iterateFindings(target.db)].map(({ row, id, rule, severity, field, message, fix, profile }) => ({
          row,
          id,
          rule,
          severity,
          field,
          message,
          fix,
          profile,
        }));
        print(true, { ...summary, mode: run.mode, checked: run.checked, ms: run.ms, out: out ?? null, findings }, '');
      } else {
        print(false, null, summaryText(summary, run.ms, run.mode, run.checked, out));
      }
    } finally {
      target.close();
    }
  },
};
