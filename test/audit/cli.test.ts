import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { cli } from '../support/cli.js';
import { useTmpDir } from '../support/tmp.js';
import { ROOT } from '../support/shared-data.js';

const tmp = useTmpDir();
const FIXTURE = join(ROOT, 'test/fixtures/audit/shop.csv');

describe('audit CLI contract', () => {
  it('writes findings.csv with the exact header, one line per finding per product and field, and prints a summary', () => {
    const dir = tmp();
    const out = join(dir, 'findings.csv');
    const r = cli(['audit', FIXTURE, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe('row,id,rule,severity,field,message,fix');
    const rows = parse(text, { columns: true }) as {
      row: string;
      id: string;
      rule: string;
      severity: string;
      field: string;
      message: string;
    }[];
    const k = rows.map((x) => `${x.row}:${x.id}:${x.rule}:${x.field}`);
    // The duplicate id gives a line on each product involved.
    expect(k).toContain('2:LS-1:duplicate-id:id');
    expect(k).toContain('4:LS-1:duplicate-id:id');
    expect(k).toContain('3:LS-2:gtin-invalid:gtin');
    expect(k).toContain('3:LS-2:title-contradicts-attribute:color');
    expect(k).toContain('4:LS-1:brand-spelling:brand');
    expect(k).toContain('5:TT-1:whitespace:title');
    expect(k).toContain('5:TT-1:price-zero:price');
    expect(k).toContain('5:TT-1:image-missing:image_link');
    // Without --profile only catalog consistency rules run.
    expect(rows.every((x) => !x.rule.includes(':'))).toBe(true);
    expect(rows.every((x) => ['error', 'warning', 'info'].includes(x.severity) && x.message.endsWith('.'))).toBe(true);
    expect(r.stdout).toMatch(/Score:\n\s+catalog\s+\d+\/100/);
    expect(r.stdout).toMatch(/By severity: \d+ error, \d+ warning, \d+ info/);
    expect(r.stdout).toMatch(/duplicate-id\s+2/);
  });

  it('--json prints one object with the summary, scores per profile and the same findings', () => {
    const dir = tmp();
    const out = join(dir, 'f.csv');
    const r = cli(['audit', FIXTURE, '--profile', 'google', '--profile', 'shopify', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.scores.map((s: { profile: string }) => s.profile)).toEqual(['google', 'shopify']);
    for (const s of j.scores) expect(s.score).toBeGreaterThanOrEqual(0);
    expect(j.findings.length).toBe(
      j.findings.length && (parse(readFileSync(out, 'utf8'), { columns: true }) as unknown[]).length,
    );
    expect(j.bySeverity.error + j.bySeverity.warning + j.bySeverity.info).toBe(j.findings.length);
    expect(j.findings.some((f: { rule: string }) => f.rule === 'google:price-currency')).toBe(true);
    expect(Object.keys(j.findings[0]).slice(0, 7)).toEqual(['row', 'id', 'rule', 'severity', 'field', 'message', 'fix']);
  });

  it('audits a project incrementally and never changes the seller file', () => {
    const dir = tmp();
    const file = join(dir, 'shop.csv');
    copyFileSync(FIXTURE, file);
    const before = readFileSync(file, 'utf8');
    const project = join(dir, 'p.cdoc');
    expect(cli(['import', file, '--project', project]).code).toBe(0);
    const a = JSON.parse(cli(['audit', project, '--json']).stdout);
    const b = JSON.parse(cli(['audit', project, '--json']).stdout);
    expect(a.mode).toBe('full');
    expect(b.mode).toBe('incremental');
    expect(b.checked).toBe(0);
    expect(b.findings).toEqual(a.findings);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('exits 2 on usage errors and 1 on bad input', () => {
    const dir = tmp();
    expect(cli(['audit']).code).toBe(2);
    const unknown = cli(['audit', FIXTURE, '--profile', 'ebay']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown profile "ebay"/);
    expect(cli(['audit', FIXTURE, '--bogus']).code).toBe(2);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    expect(cli(['audit', empty]).code).toBe(1);
    expect(cli(['audit', join(dir, 'none.cdoc')]).code).toBe(2);
  });
});
