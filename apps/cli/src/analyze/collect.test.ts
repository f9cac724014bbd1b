import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Collector } from './collect.js';
import { COMMA, CsvParser, type CsvSink } from './csv.js';
import type { Mapping } from './mapping.js';
import { splitAt } from './split.test-util.js';

const enc = new TextEncoder();

const MAPPING: Mapping = {
  naTokens: ['NA'],
  columns: [
    { column: 'id', role: 'ignore' },
    { column: 'nps', role: 'nps', scale: [0, 10] },
    { column: 'rating', role: 'rating', scale: [1, 5] },
    { column: 'ces', role: 'ces', scale: [1, 7], notApplicable: [0] },
    { column: 'amount', role: 'number' },
    { column: 'region', role: 'segment' },
  ],
};

/** The parser's view of a collector without the hot-loop lanes: every cell goes through `int` or `field`. */
function withoutLanes(c: Collector): CsvSink {
  return {
    numeric: c.numeric,
    int: (col, v) => c.int(col, v),
    field: (col, buf, start, end, escaped) => c.field(col, buf, start, end, escaped),
    endRecord: (fields) => c.endRecord(fields),
  };
}

function collect(chunks: Uint8Array[], lanes: boolean, strict: boolean) {
  const c = new Collector(MAPPING, { strict });
  const p = new CsvParser(lanes ? c : withoutLanes(c), COMMA);
  for (const chunk of chunks) p.push(chunk);
  p.end();
  const o = c.out;
  return {
    rows: o.rows,
    shortRows: o.shortRows,
    longRows: o.longRows,
    hist: o.hist.map((h) => (h === null ? null : [...h])),
    exclusions: [...o.exclusions],
    moments: o.moments,
    labels: o.labels.map((l) => (l === null ? null : { display: l.display, counts: l.counts })),
    failure: o.failure,
  };
}

describe('Collector fed by the CSV parser', () => {
  it('gives the same summaries through the hot-loop lanes as through int/field, at any chunk split', () => {
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }).map(String) },
      fc.constantFrom(
        '',
        'NA',
        ' 3',
        '4 ',
        '-1',
        '2.5',
        '"5"',
        '007',
        '99999999',
        'x',
        '"a,b"',
        '"say ""hi"""',
      ),
      // Labels the region lane learns and then counts itself (and spellings it must keep apart).
      { weight: 3, arbitrary: fc.constantFrom('north', 'North', ' north', 'south', '北方', 'na', '"north"') },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, eol, finalEol, strict, cuts) => {
          const body = rows.map((r) => r.join(',')).join(eol);
          const text = `id,nps,rating,ces,amount,region${eol}${body}${finalEol ? eol : ''}`;
          const bytes = enc.encode(text);
          const reference = collect([bytes], false, strict);
          expect(collect(splitAt(bytes, cuts), true, strict)).toEqual(reference);
          expect(collect(splitAt(bytes, cuts), false, strict)).toEqual(reference);
        },
      ),
      { numRuns: 500 },
    );
  });
});
