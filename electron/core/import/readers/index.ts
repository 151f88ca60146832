import { extname } from 'node:path';
import type { ReadOptions, SourceReader } from '../types.js';
import { ImportError } from '../errors.js';
import { openDelimited } from './delimited.js';

/** Picks a reader by extension (and, for ambiguous names, by content). */
export async function openSource(path: string, opts: ReadOptions = {}): Promise<SourceReader> {
  const ext = extname(path).toLowerCase();
  switch (ext) {
    case '.tsv':
    case '.tab':
      return openDelimited(path, opts, 'tsv');
    case '.csv':
    case '.txt':
    case '':
      return openDelimited(path, opts, 'csv');
    default:
      throw new ImportError({
        file: path,
        message: `unsupported file type "${ext}"`,
        expected: '.csv, .tsv, .txt, .xlsx, .json, .jsonl or .xml',
      });
  }
}
