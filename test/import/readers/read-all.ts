import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSource } from '../../../electron/core/import/index.js';
import type { RawRow, ReadOptions, SourceReader, UnreadableRow } from '../../../electron/core/import/types.js';
import { ROOT } from '../../support/shared-data.js';

export const FIXTURES = join(ROOT, 'test/fixtures/import');
export const fixture = (name: string) => join(FIXTURES, name);

/** Opens a file with the real reader and reads every record. */
export async function readAll(
  path: string,
  opts: ReadOptions = {},
): Promise<{ reader: SourceReader; rows: RawRow[]; rejected: UnreadableRow[] }> {
  const reader = await openSource(path, opts);
  const rows: RawRow[] = [];
  const rejected: UnreadableRow[] = [];
  for await (const r of reader.rows) {
    if ('unreadable' in r) rejected.push(r.unreadable);
    else rows.push(r);
  }
  return { reader, rows, rejected };
}

export const CSVDIFF = join(ROOT, '../shared/tools/csvdiff.py');
export const HAS_CSVDIFF = existsSync(CSVDIFF) && spawnSync('python3', ['--version']).status === 0;

/** Python's name for the encoding the importer reported, for csvdiff.py's `--enc`. */
export function pythonEncoding(encoding: string, bom: boolean | undefined): string {
  if (encoding === 'utf-8') return bom ? 'utf-8-sig' : 'utf-8';
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return bom ? 'utf-16' : encoding.replace('utf-16', 'utf-16-');
  if (encoding === 'windows-1252') return 'cp1252';
  return encoding;
}

/**
 * Compares source and export cell for cell with the team's csvdiff.py (Python's csv module: an
 * independent reading of both files). `lenient` reads undecodable source bytes as U+FFFD, which
 * csvdiff.py itself cannot (it decodes strictly); everything else is the same comparison.
 */
export function csvdiff(source: string, exported: string, enc: string, lenient = false): string {
  if (!lenient) {
    const r = spawnSync('python3', [CSVDIFF, source, exported, '--enc', enc], { encoding: 'utf8' });
    return (r.stdout + r.stderr).trim();
  }
  const script = `
import csv, io, sys
def read(path, enc):
    text = open(path, 'rb').read().decode(enc, errors='replace')
    first = text.split('\\n', 1)[0]
    delim = '\\t' if first.count('\\t') > first.count(',') else (';' if first.count(';') > first.count(',') else ',')
    rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=delim))
    while rows and all(c == '' for c in rows[-1]): rows.pop()
    return rows
a, b = read(sys.argv[1], sys.argv[3]), read(sys.argv[2], 'utf-8-sig')
if len(a) != len(b): print(f'rows differ: source {len(a)} vs export {len(b)}'); sys.exit(1)
for r, (x, y) in enumerate(zip(a, b), start=1):
    if x != y: print(f'row {r}: source {x!r} vs export {y!r}'[:300]); sys.exit(1)
print('identical')
`;
  const r = spawnSync('python3', ['-c', script, source, exported, enc], { encoding: 'utf8' });
  return (r.stdout + r.stderr).trim();
}
