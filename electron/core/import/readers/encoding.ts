import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DetectedEncoding {
  /** iconv-lite name: utf-8, utf-16le, utf-16be, windows-1252, shift_jis, gbk, ... */
  encoding: string;
  bom: boolean;
}

/** chardet names -> the iconv-lite names we decode with. */
const CHARDET_TO_ICONV: Record<string, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'ISO-8859-1': 'windows-1252', // browsers and Excel treat Latin-1 as windows-1252 (WHATWG Encoding)
  'windows-1252': 'windows-1252',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  GB18030: 'gbk',
  Big5: 'big5',
  'EUC-KR': 'euc-kr',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
};

/**
 * Decides the encoding from the first bytes: a BOM wins; then strict UTF-8 validity (a sample that
 * decodes as UTF-8 almost never is anything else); then UTF-16 without BOM by its zero bytes; then
 * chardet's statistical guess, restricted to encodings we can decode.
 */
export function detectEncoding(sample: Buffer, complete: boolean): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  if (isUtf8(sample, complete)) return { encoding: 'utf-8', bom: false };
  const utf16 = guessUtf16(sample);
  if (utf16) return { encoding: utf16, bom: false };
  const guess = chardet.analyse(sample).find((m) => CHARDET_TO_ICONV[m.name]);
  return { encoding: guess ? CHARDET_TO_ICONV[guess.name]! : 'windows-1252', bom: false };
}

function isUtf8(buf: Buffer, complete: boolean): boolean {
  // A multi-byte sequence cut at the end of a partial sample is not an error: trim it.
  let end = buf.length;
  if (!complete) {
    let i = end - 1;
    let back = 0;
    while (i >= 0 && back < 4 && (buf[i]! & 0xc0) === 0x80) {
      i--;
      back++;
    }
    if (i >= 0 && buf[i]! >= 0xc0) end = i;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

function guessUtf16(buf: Buffer): string | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return 'utf-16be';
  return undefined;
}

export function normaliseEncodingName(name: string): string {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8-sig': 'utf-8',
    cp1252: 'windows-1252',
    latin1: 'windows-1252',
    'iso-8859-1': 'windows-1252',
    sjis: 'shift_jis',
    'shift-jis': 'shift_jis',
    cp932: 'shift_jis',
    gb2312: 'gbk',
    gb18030: 'gb18030',
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
  };
  const out = aliases[n] ?? n;
  if (!iconv.encodingExists(out)) throw new Error(`unknown encoding "${name}"`);
  return out;
}
