import { createRequire } from 'node:module';
import type Chardet from 'chardet';
import type Iconv from 'iconv-lite';

/*
 * iconv-lite and chardet load on first use. A UTF-8 file, as most catalogs are, needs neither, and
 * loading them (iconv-lite builds its table of encodings on first use) cost the import worker about
 * 25 ms of every start (measured with --cpu-prof).
 */
const load = createRequire(import.meta.url);

export function iconvLite(): typeof Iconv {
  return load('iconv-lite') as typeof Iconv;
}

export function chardet(): typeof Chardet {
  return load('chardet') as typeof Chardet;
}

/** Bytes as text in `encoding` (an iconv-lite name), a BOM dropped: UTF-8 natively, others through iconv-lite. */
export function decodeBytes(bytes: Buffer, encoding: string): string {
  if (encoding !== 'utf-8') return iconvLite().decode(bytes, encoding, { stripBOM: true });
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
