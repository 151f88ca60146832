import { isAscii, isUtf8 } from 'node:buffer';

/**
 * Where a buffer breaks UTF-8. Hand-written because decoders only replace bad bytes (TextDecoder,
 * iconv-lite) or throw at the first one; the importer needs every offset to name the rows affected.
 * Counts a bad sequence the way WHATWG decoders emit one U+FFFD for it ("maximal subpart").
 */
export interface Utf8Scan {
  /** Well-formed sequences of 2-4 bytes: evidence the text really is UTF-8. */
  multibyte: number;
  /** Byte offsets where an ill-formed sequence starts. */
  invalid: number[];
}

export function scanUtf8(buf: Uint8Array, start = 0, end = buf.length): Utf8Scan {
  const invalid: number[] = [];
  let multibyte = 0;
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      invalid.push(i);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need && i + j < end; j++) {
      const c = buf[i + j]!;
      if (c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) break;
    }
    if (j > need) {
      multibyte++;
      i += need + 1;
    } else {
      // A sequence cut by the end of the buffer is not counted here; the caller carries it over.
      if (i + j >= end) break;
      invalid.push(i);
      i += j;
    }
  }
  return { multibyte, invalid };
}

/** Bytes at the end of `buf` that start a multi-byte character not yet complete (0-3). */
export function incompleteTail(buf: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return len > back ? back : 0;
  }
  return 0;
}

/** A point in the decoded text where the file has bytes that are not UTF-8 (at `offset` in the file). */
export interface InvalidBytes {
  invalidAt: number;
}

/**
 * Decodes a UTF-8 byte stream (BOM dropped) into text, with a marker just before every ill-formed
 * sequence (which decodes to U+FFFD), so the reader can name the row it falls in. Valid chunks cost
 * one native `isUtf8` check; only a bad chunk is scanned byte by byte.
 */
export async function* decodeUtf8(chunks: Iterable<Buffer> | AsyncIterable<Buffer>): AsyncGenerator<string | InvalidBytes> {
  const decoder = new TextDecoder('utf-8');
  let offset = 0; // file offset of buf[0]
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    // Most catalogs are mostly ASCII: a chunk that is all ASCII (and no character pending from the
    // last one) is the same text read as Latin-1, which is several times cheaper than UTF-8 decoding.
    if (carry.length === 0 && isAscii(chunk)) {
      if (chunk.length) yield chunk.toString('latin1');
      offset += chunk.length;
      continue;
    }
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const bodyEnd = buf.length - incompleteTail(buf);
    const chunkStart = carry.length; // where `chunk` begins inside `buf`
    let from = chunkStart;
    if (!isUtf8(buf.subarray(0, bodyEnd))) {
      for (const o of scanUtf8(buf, 0, bodyEnd).invalid) {
        const at = Math.max(o, from);
        if (at > from) {
          const text = decoder.decode(buf.subarray(from, at), { stream: true });
          if (text) yield text;
          from = at;
        }
        yield { invalidAt: offset + o };
      }
    }
    const text = decoder.decode(buf.subarray(from), { stream: true });
    if (text) yield text;
    offset += bodyEnd;
    carry = Buffer.from(buf.subarray(bodyEnd));
  }
  if (carry.length) yield { invalidAt: offset };
  const rest = decoder.decode();
  if (rest) yield rest;
}
