import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CsvTokenizer, type CsvTokenizerOptions } from '../../electron/core/import/readers/csv-tokenizer.js';

type Out = { cells: string[] } | { raw: string; error: string };

/** Tokenizes `text` cut into chunks at the given offsets. */
function tokenize(text: string, cuts: number[] = [], opts: CsvTokenizerOptions = { delimiter: ',' }): Out[] {
  const out: Out[] = [];
  const sink = {
    record: (cells: string[]) => out.push({ cells }),
    unreadable: (raw: string, error: string) => out.push({ raw, error }),
  };
  const tok = new CsvTokenizer(opts);
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= text.length) continue;
    tok.push(text.slice(at, cut), sink);
    at = cut;
  }
  tok.push(text.slice(at), sink);
  tok.end(sink);
  return out;
}

const cellsOf = (out: Out[]): string[][] => out.map((o) => ('cells' in o ? o.cells : ['<unreadable>']));

/** Every way of cutting `text` in two and in three pieces gives the same records. */
function expectSameAtEveryCut(text: string, opts?: CsvTokenizerOptions): Out[] {
  const whole = tokenize(text, [], opts);
  for (let a = 1; a < text.length; a++) {
    expect(tokenize(text, [a], opts)).toEqual(whole);
    for (let b = a + 1; b < text.length; b++) expect(tokenize(text, [a, b], opts)).toEqual(whole);
  }
  return whole;
}

describe('CsvTokenizer', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    const text = 'id,title,description\n1,"Chair, Beige","Seat 18"" high\r\nwipe clean"\n2,Lamp,plain\n';
    expect(cellsOf(expectSameAtEveryCut(text))).toEqual([
      ['id', 'title', 'description'],
      ['1', 'Chair, Beige', 'Seat 18" high\r\nwipe clean'],
      ['2', 'Lamp', 'plain'],
    ]);
  });

  it('treats CRLF and LF alike, keeps the last line without a line break, and a trailing delimiter as an empty cell', () => {
    expect(cellsOf(expectSameAtEveryCut('a,b\r\nc,d\ne,f,'))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f', ''],
    ]);
    expect(cellsOf(tokenize('"a","b"\r\n"c",\r\n'))).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('keeps blank lines as records (so the source can be written back) and reads classic Mac CR files', () => {
    expect(cellsOf(tokenize('a\n\nb\n'))).toEqual([['a'], [''], ['b']]);
    expect(cellsOf(expectSameAtEveryCut('a;"x\ry"\rb;c', { delimiter: ';', lineEnding: '\r' }))).toEqual([
      ['a', 'x\ry'],
      ['b', 'c'],
    ]);
  });

  it('keeps a quote inside an unquoted cell as text, and empty quoted cells empty', () => {
    expect(cellsOf(tokenize('12" pipe,"",x\t"y"\n'))).toEqual([['12" pipe', '', 'x\t"y"']]);
    expect(cellsOf(tokenize('a\t"b\tc"\td\n', [], { delimiter: '\t' }))).toEqual([['a', 'b\tc', 'd']]);
  });

  it('reports a quoted cell still open at the end of the file as unreadable, with its raw text', () => {
    const out = expectSameAtEveryCut('id,title\n1,ok\n2,"never closed\n3,more\n');
    expect(out.slice(0, 2)).toEqual([{ cells: ['id', 'title'] }, { cells: ['1', 'ok'] }]);
    expect(out).toHaveLength(3); // the open quote swallows the rest: one record, the third
    expect(out[2]).toEqual({
      raw: '2,"never closed\n3,more\n',
      error: expect.stringMatching(/column 2: a quoted cell is never closed/),
    });
  });

  it('reports text after a closing quote as unreadable, and reads on from the next record', () => {
    const out = expectSameAtEveryCut('a,b\r\n1,"x"y,z\r\n2,w\r\n');
    expect(out).toEqual([
      { cells: ['a', 'b'] },
      { raw: '1,"x"y,z', error: expect.stringMatching(/column 2: unexpected "y" after a closing quote/) },
      { cells: ['2', 'w'] },
    ]);
  });

  it('agrees with csv-parse on random RFC 4180 files cut into random chunks', () => {
    const cell = fc.stringMatching(/^[a-z ,"\r\n;é€]{0,8}$/);
    const record = fc.array(cell, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        fc.array(fc.nat(400), { maxLength: 6 }),
        (records, eol, delimiter, finalEol, cuts) => {
          const line = (cells: string[]) =>
            cells
              .map((c) => (/[",;\t\r\n]/.test(c) || (cells.length === 1 && c === '') ? `"${c.replace(/"/g, '""')}"` : c))
              .join(delimiter);
          const text = records.map(line).join(eol) + (finalEol ? eol : '');
          const expected = parse(text, {
            delimiter,
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: false,
            bom: false,
          }) as string[][];
          expect(expected).toEqual(records); // the generator writes what it means
          expect(cellsOf(tokenize(text, cuts, { delimiter }))).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
