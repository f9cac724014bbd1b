import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { num } from './svg-number.js';
import { toSvg } from './to-svg.js';

/** The number text the SVG writer used to produce: String of the value rounded to hundredths. */
function reference(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

const xOf = (n: number) =>
  /<rect x="([^"]*)"/.exec(
    toSvg({ width: 1, height: 1, children: [{ kind: 'rect', x: n, y: 0, width: 1, height: 1 }] }),
  )![1];

describe('toSvg numbers', () => {
  it('writes every number exactly as String(round to hundredths) does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.double({ min: -1e6, max: 1e6 }),
          fc.integer().map((i) => i / 1000),
        ),
        (n) => {
          expect(xOf(n)).toBe(reference(n));
          // The string form (paint attributes, and the old writer kept as a test oracle) agrees too.
          expect(num(n)).toBe(reference(n));
        },
      ),
      { numRuns: 2000 },
    );
    for (const n of [
      0,
      -0,
      0.005,
      -0.005,
      0.015,
      -12.345,
      1e21,
      -1e-7,
      99.995,
      1e15,
      123456789.125,
      Number.NaN,
    ]) {
      expect(xOf(n)).toBe(reference(n));
      expect(num(n)).toBe(reference(n));
    }
  });
});
