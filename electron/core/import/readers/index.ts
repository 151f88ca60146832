import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { ReadOptions, SourceReader } from '../types.js';
import { ImportError } from '../errors.js';
import { openDelimited } from './delimited.js';
import { readHead } from './encoding.js';
import { openJson, openJsonLines } from './json.js';
import { openXlsx } from './xlsx.js';
import { openXml } from './xml.js';

const SUPPORTED = '.csv, .tsv, .txt, .xlsx, .json, .jsonl or .xml';

/** Files no reader takes, recognised by their first bytes so the seller hears what they gave us. */
const FOREIGN: { magic: number[]; what: string; expected: string }[] = [
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Excel 97-2003 workbook (.xls)', expected: 'the workbook saved as .xlsx or CSV' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', expected: SUPPORTED },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', expected: SUPPORTED },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image', expected: SUPPORTED },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', expected: SUPPORTED },
  { magic: [0x1f, 0x8b], what: 'a gzip-compressed file', expected: 'the file uncompressed first' },
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(head: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

/** The first non-blank text of a file, whatever its encoding (UTF-16 zero bytes and BOMs skipped). */
function firstText(head: Buffer): string {
  return head
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '')
    .replace(/\0/g, '')
    .trimStart()
    .slice(0, 200);
}

/** Picks a reader by extension and, where the name can lie (.txt, .xml, no extension), by content. */
export async function openSource(path: string, opts: ReadOptions = {}): Promise<SourceReader> {
  if (!existsSync(path)) throw new ImportError({ file: path, message: 'no such file', expected: 'the path of a catalog file' });
  if (statSync(path).isDirectory())
    throw new ImportError({ file: path, message: 'this is a folder, not a file', expected: `a catalog file (${SUPPORTED})` });
  const bytes = readHead(path, 512);
  const ext = extname(path).toLowerCase();

  if (startsWith(bytes, ZIP) || ext === '.xlsx' || ext === '.xlsm') return openXlsx(path, opts);
  const foreign = FOREIGN.find((f) => startsWith(bytes, f.magic));
  if (foreign)
    throw new ImportError({
      file: path,
      message: `this is ${foreign.what}, not a catalog the importer reads`,
      expected: foreign.expected,
    });

  const text = firstText(bytes);
  switch (ext) {
    case '.json':
      return openJson(path, opts);
    case '.jsonl':
    case '.ndjson':
      return openJsonLines(path, opts);
    case '.xml':
    case '.rss':
    case '.atom':
      return openXml(path, opts);
    case '.tsv':
    case '.tab':
      return openDelimited(path, opts, 'tsv');
    case '.csv':
      return openDelimited(path, opts, 'csv');
    case '.txt':
    case '':
      if (text.startsWith('<')) return openXml(path, opts);
      if (/^(\{|\[\s*[{\]])/.test(text)) return openJson(path, opts);
      return openDelimited(path, opts, 'csv');
    default:
      throw new ImportError({ file: path, message: `unsupported file type "${ext}"`, expected: SUPPORTED });
  }
}
