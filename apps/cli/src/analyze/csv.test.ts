import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMA,
  CsvParser,
  type CsvSink,
  fieldText,
  readCsvRecords,
  SEMICOLON,
  sniffDelimiter,
  TAB,
} from './csv.js';
import { splitAt } from './split.test-util.js';

const enc = new TextEncoder();

/** A deliberately simple serializer: quote when needed, double the quotes. */
function serialize(rows: string[][], delim: string, eol: string, bom: boolean): string {
  const q = (f: string, alone: boolean) =>
    (alone && f === '') || /["\r\n]/.test(f) || f.includes(delim) ? `"${f.replaceAll('"', '""')}"` : f;
  const body = rows.map((r) => r.map((f) => q(f, r.length === 1)).join(delim)).join(eol);
  return (bom ? '\uFEFF' : '') + body;
}

const fieldArb = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\n', '\r', '满', '意', '😀', '1', '.'),
  }),
  fc.string(),
  fc.integer({ min: 0, max: 10 }).map(String),
);
const tableArb = fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 12,
});

describe('CsvParser', () => {
  it('reads quotes, escaped quotes, embedded newlines and commas, CRLF, BOM and UTF-8', () => {
    const text = '\uFEFFname,comment,score\r\n"Li, Wei","said ""hi""\nthen left",5\r\n满意,,3\r\n';
    expect(readCsvRecords([enc.encode(text)])).toEqual([
      ['name', 'comment', 'score'],
      ['Li, Wei', 'said "hi"\nthen left', '5'],
      ['满意', '', '3'],
    ]);
  });

  it('handles a last record without a newline, trailing delimiters and blank lines', () => {
    expect(readCsvRecords([enc.encode('a,b\n\n1,\n2,3')])).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });

  it('sniffs ; and tab delimiters from the header', () => {
    expect(sniffDelimiter(enc.encode('a;b;"c,d"\n1;2;3'))).toBe(SEMICOLON);
    expect(sniffDelimiter(enc.encode('a\tb\tc\n'))).toBe(TAB);
    expect(sniffDelimiter(enc.encode('\uFEFFa,b\n'))).toBe(COMMA);
    expect(readCsvRecords([enc.encode('x;y\n1;"2;3"\n')])).toEqual([
      ['x', 'y'],
      ['1', '2;3'],
    ]);
  });

  it('round-trips random tables, split at any chunk boundaries', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, delim, eol, bom, trailingEol, cuts) => {
          const bytes = enc.encode(serialize(rows, delim, eol, bom) + (trailingEol ? eol : ''));
          const d = delim.charCodeAt(0);
          expect(readCsvRecords([bytes], d)).toEqual(rows);
          expect(readCsvRecords(splitAt(bytes, cuts), d)).toEqual(rows);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same records for every single split point', () => {
    const text = '\uFEFF"a""b",c\r\n"x\r\ny",满意\r\n1,2';
    const bytes = enc.encode(text);
    const whole = readCsvRecords([bytes], COMMA);
    for (let p = 0; p <= bytes.length; p++) {
      expect(readCsvRecords(splitAt(bytes, [p]), COMMA)).toEqual(whole);
    }
    // One byte at a time.
    expect(readCsvRecords(splitAt(bytes, [...bytes.keys()]), COMMA)).toEqual(whole);
  });

  it('delivers plain digit fields through the numeric fast path with the same values, at any split', () => {
    const numField = fc.oneof(
      fc.integer({ min: 0, max: 10 }).map(String),
      fc.constantFrom('', 'NA', ' 3', '4 ', '-1', '2.5', '"5"', '007', '12345678'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(numField, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 10 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, eol, cuts) => {
          const text = rows.map((r) => r.join(',')).join(eol) + eol;
          const bytes = enc.encode(text);
          const generic = readCsvRecords([bytes], COMMA);
          const got: (string | number)[][] = [];
          let row: (string | number)[] = [];
          const sink: CsvSink = {
            numeric: new Uint8Array(8).fill(1),
            int(col, v) {
              row[col] = v;
            },
            field(col, buf, start, end, escaped) {
              row[col] = fieldText(buf, start, end, escaped);
            },
            endRecord() {
              got.push(row);
              row = [];
              return true;
            },
          };
          const p = new CsvParser(sink, COMMA);
          for (const c of splitAt(bytes, cuts)) p.push(c);
          p.end();
          expect(got.length).toBe(generic.length);
          got.forEach((r, i) => {
            r.forEach((f, j) => {
              const g = generic[i]![j]!;
              if (typeof f === 'number') {
                expect(g).toMatch(/^\d+$/);
                expect(Number(g)).toBe(f);
              } else expect(f).toBe(g);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
