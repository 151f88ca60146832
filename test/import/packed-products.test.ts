import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { PackedReader, ProductsPacker, TEXT_CHUNK, type PackedProducts } from '../../electron/core/import/packed-products.js';

type Product = { form: number; rowNo: number; values: (string | null)[] };

function pack(products: Product[]): PackedProducts {
  const packer = new ProductsPacker();
  for (const p of products) {
    packer.head(p.form, p.rowNo);
    for (const v of p.values) packer.value(v);
  }
  return packer.pack();
}

/** Reads products back as the importer does: each product's form says how many values follow. */
function unpack(packed: PackedProducts, widths: Map<number, number>): Product[] {
  const r = new PackedReader(packed);
  const out: Product[] = [];
  while (!r.done) {
    const form = r.form();
    const rowNo = r.rowNo();
    const values: (string | null)[] = [];
    for (let i = 0; i < widths.get(form)!; i++) values.push(r.value());
    out.push({ form, rowNo, values });
  }
  return out;
}

/** The copy a message makes of a batch on its way to the inserting thread (the same structured clone as between threads). */
function postedCopy<T>(value: T): T {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(value);
  const copy = receiveMessageOnPort(port2)!.message as T;
  port1.close();
  return copy;
}

describe('packed products (what the import worker sends the inserting thread)', () => {
  it('gives back every value, NULL and empty text kept apart, across texts and after being copied as a message', () => {
    // Values long enough that a batch spans several texts, one longer than a text on its own,
    // characters outside Latin-1 and astral ones (two UTF-16 units) among them.
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(''),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.integer({ min: 1, max: 3 }).map((k) => 'é€😀x'.repeat((TEXT_CHUNK / 4) * k).slice(0, TEXT_CHUNK * k - 1)),
    );
    const widths = new Map([
      [0, 3],
      [1, 5],
      [2, 1],
    ]);
    const product = fc
      .record({ form: fc.constantFrom(0, 1, 2), rowNo: fc.integer({ min: 2, max: 2 ** 31 - 1 }) })
      .chain(({ form, rowNo }) =>
        fc
          .array(value, { minLength: widths.get(form)!, maxLength: widths.get(form)! })
          .map((values) => ({ form, rowNo, values })),
      );
    fc.assert(
      fc.property(fc.array(product, { maxLength: 40 }), (products) => {
        const packed = postedCopy(pack(products));
        expect(unpack(packed, widths)).toEqual(products);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps each text under a chunk of characters unless one value alone is longer', () => {
    const packer = new ProductsPacker();
    const short = 'a'.repeat(1000);
    const long = 'b'.repeat(TEXT_CHUNK + 10);
    packer.head(0, 2);
    for (let i = 0; i < 200; i++) packer.value(short);
    packer.value(long);
    packer.value(short);
    expect(packer.textLength).toBe(201 * 1000 + long.length);
    const packed = packer.pack();
    // 200k characters of short values make four texts, the long value one of its own, then the last one.
    expect(packed.texts.map((t) => t.length)).toEqual(
      [
        ...Array<number>(Math.floor(200 / Math.floor(TEXT_CHUNK / 1000))).fill(Math.floor(TEXT_CHUNK / 1000) * 1000),
        (200 % Math.floor(TEXT_CHUNK / 1000)) * 1000,
        long.length,
        1000,
      ].filter((n) => n > 0),
    );
    // pack() starts afresh.
    expect(packer.textLength).toBe(0);
    expect(packer.pack()).toEqual({ heads: new Int32Array(0), ends: new Int32Array(0), texts: [] });
  });
});
