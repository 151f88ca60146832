import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentLists, JsonTextError, MAX_DEPTH, type DocumentTop } from '../../../electron/core/import/readers/json-items.js';

/** The text in pieces cut at the given offsets, as a file arrives in chunks. */
async function* pieces(text: string, cuts: number[]): AsyncGenerator<string> {
  let at = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (c <= at || c >= text.length) continue;
    yield text.slice(at, c);
    at = c;
  }
  yield text.slice(at);
}

async function walk(text: string, cuts: number[] = [], check = true) {
  const top: DocumentTop = { keys: [] };
  const out: { ordinal: number; path: string; value: unknown }[] = [];
  for await (const { list, element } of documentLists(pieces(text, cuts), top, check))
    out.push({ ordinal: list.ordinal, path: list.path, value: JSON.parse(element.text) as unknown });
  return { top, out };
}

/** What the walker must find, from the parsed document: every list reached through object members, in order. */
function expectedLists(doc: unknown): { ordinal: number; path: string; value: unknown }[] {
  const out: { ordinal: number; path: string; value: unknown }[] = [];
  let ordinal = 0;
  const visit = (v: unknown, path: string[]) => {
    if (path.length > MAX_DEPTH || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      const o = ordinal++;
      for (const x of v) out.push({ ordinal: o, path: path.join('.'), value: x });
      return;
    }
    for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(doc, []);
  return out;
}

async function failure(text: string): Promise<JsonTextError> {
  const e = await walk(text).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(JsonTextError);
  return e as JsonTextError;
}

describe('a JSON document walked as a stream (json-items.ts)', () => {
  it('yields the elements of every list reached through object members, however the text is cut', async () => {
    // Names start with a letter: JSON.parse puts integer-like names first, the text does not.
    const name = fc
      .string({ maxLength: 6, unit: fc.constantFrom('a', '"', '\\', ',', ':', '[', '}', '\n', 'é', '😀') })
      .map((s) => `k${s}`);
    const leaf = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(name, tie('value'), { maxKeys: 4 }),
      ),
    }));
    const doc = fc.oneof(fc.dictionary(name, value, { maxKeys: 5 }), fc.array(value, { maxLength: 5 }));
    await fc.assert(
      fc.asyncProperty(doc, fc.constantFrom(0, 1, '\t'), fc.array(fc.nat(400), { maxLength: 12 }), async (d, indent, cuts) => {
        const text = JSON.stringify(d, null, indent);
        const { top, out } = await walk(text, cuts);
        expect(out).toEqual(expectedLists(JSON.parse(text))); // as written: -0 is written 0
        expect(top.kind).toBe(Array.isArray(d) ? 'list' : 'object');
        if (!Array.isArray(d)) expect(top.keys).toEqual(Object.keys(d as object).slice(0, 8));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps an element whole: strings with brackets, commas, quotes and escapes; nested lists it does not walk into', async () => {
    const text = '{"info": {"v": "1,]}"}, "data": {"items": [{"t": "a \\"b\\", [c]"}, [1, [2]], "x\\\\"]}}';
    const { top, out } = await walk(text, [9, 30, 31, 45, 60]);
    expect(top).toEqual({ kind: 'object', keys: ['info', 'data'] });
    expect(out).toEqual([
      { ordinal: 0, path: 'data.items', value: { t: 'a "b", [c]' } },
      { ordinal: 0, path: 'data.items', value: [1, [2]] },
      { ordinal: 0, path: 'data.items', value: 'x\\' },
    ]);
  });

  it('does not look for lists deeper than four names', async () => {
    const { out } = await walk('{"a": {"b": {"c": {"d": [1], "e": {"f": [2]}}}}}');
    expect(out).toEqual([{ ordinal: 0, path: 'a.b.c.d', value: 1 }]);
  });

  it('forgives a comma with no element before it in a list, as editors leave them', async () => {
    const { out } = await walk('[{"id": "A"},\n {"id": "B"},\n]');
    expect(out.map((o) => o.value)).toEqual([{ id: 'A' }, { id: 'B' }]);
  });

  it('names the line and column where the text stops being JSON', async () => {
    expect(await failure('{"shop": "x"\n "products": []}')).toMatchObject({
      line: 2,
      column: 2,
      message: 'expected , or } after a value',
    });
    expect(await failure('{\n  products: []}')).toMatchObject({
      line: 2,
      column: 3,
      message: 'expected a name in double quotes',
    });
    expect(await failure('{"products" []}')).toMatchObject({ line: 1, column: 13, message: 'expected : after the name' });
    expect(await failure('{"count": 12x, "products": []}')).toMatchObject({ line: 1, column: 13 });
    expect(await failure('{"shop": {"name": "x",}, "products": []}')).toMatchObject({
      line: 1,
      column: 23,
      message: 'expected a name in double quotes',
    });
    expect(await failure('{"count": , "products": []}')).toMatchObject({ line: 1, column: 11, message: 'expected a value' });
    expect(await failure('{"products": [{"id": 1}}')).toMatchObject({ message: 'expected , or ] after an item of the list' });
    expect(await failure('{"products": [\n{"id": 1}')).toMatchObject({
      line: 2,
      column: undefined,
      message: 'the text ends before the list is closed with ]',
    });
    expect(await failure('{"shop": {')).toMatchObject({ line: 1, message: 'the text ends before the object is closed with }' });
    expect(await failure('{"products": []\n')).toMatchObject({
      line: 2,
      message: 'the text ends before the object is closed with }',
    });
    expect(await failure('{"products": []}\n{"products": []}')).toMatchObject({
      line: 2,
      column: 1,
      message: 'text after the end of the document ("{"products": []}")',
    });
  });

  it('reads the second time without parsing what is outside the lists', async () => {
    // The first reading would stop at the bad number; the second only hands over the elements.
    const { out } = await walk('{"count": 12x, "products": [{"id": "A"}]}', [], false);
    expect(out).toEqual([{ ordinal: 0, path: 'products', value: { id: 'A' } }]);
  });
});
