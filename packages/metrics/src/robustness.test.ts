import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces } from './ces.js';
import { addCoMomentRows, emptyCoMoments } from './comoments.js';
import { type ComparableMetric, compareBeforeAfter } from './compare-before-after.js';
import { csat } from './csat.js';
import { CES_SCALE, CSAT_SCALE, histogramFromCounts, NPS_SCALE, type ScoreScale } from './histogram.js';
import { kano } from './kano.js';
import { nps, npsDifference } from './nps.js';
import { ratingMean } from './rating-mean.js';
import { keyDrivers } from './relative-weights.js';

/** Every number reachable in a result. */
function numbers(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') out.push(x);
  else if (Array.isArray(x)) for (const v of x) numbers(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) numbers(v, out);
  return out;
}

/** Well-defined: no ±∞ anywhere (NaN is the agreed "cannot estimate"), intervals ordered. */
function expectWellDefined(r: unknown): void {
  for (const v of numbers(r))
    expect(v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY).toBe(false);
}
function expectOrdered(ci: { lower: number; upper: number }): void {
  if (Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) expect(ci.lower).toBeLessThanOrEqual(ci.upper);
}

// Counts that include the edge cases: all zero, a single answer, unanimous, and very large (but safe) counts.
const count = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 ** 40 }) },
);
const histOn = (scale: ScoreScale) =>
  fc
    .array(count, { minLength: scale.max - scale.min + 1, maxLength: scale.max - scale.min + 1 })
    .map((c) => histogramFromCounts(scale, c));

describe('robustness: any histogram gives a well-defined result (fast-check)', () => {
  it('NPS (both intervals) and NPS differences', () => {
    fc.assert(
      fc.property(histOn(NPS_SCALE), histOn(NPS_SCALE), (a, b) => {
        for (const interval of ['wald', 'adjusted-wald'] as const) {
          const r = nps(a, { interval });
          expectWellDefined(r);
          expectOrdered(r.ci);
          if (r.n > 0) expect(Math.abs(r.value)).toBeLessThanOrEqual(1);
          expect(r.ci.lower >= -1 || Number.isNaN(r.ci.lower)).toBe(true);
          expect(r.ci.upper <= 1 || Number.isNaN(r.ci.upper)).toBe(true);
        }
        const d = npsDifference(a, b);
        expectWellDefined(d);
        expect(d.sufficient).toBe(d.a.n > 0 && d.b.n > 0 && d.se > 0);
        if (d.sufficient) expect(d.p >= 0 && d.p <= 1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('CSAT, CES, rating means', () => {
    fc.assert(
      fc.property(histOn(CSAT_SCALE), histOn(CES_SCALE), (h5, h7) => {
        const c = csat(h5);
        expectWellDefined(c);
        expectOrdered(c.ci);
        if (c.n > 0) expect(c.ci.lower <= c.share && c.share <= c.ci.upper).toBe(true);
        const e = ces(h7);
        expectWellDefined(e);
        expectOrdered(e.ci);
        const m = ratingMean(h5);
        expectWellDefined(m);
        if (m.n >= 2) expect(m.sd).toBeGreaterThanOrEqual(0);
        else expect(m.ci.lower).toBeNaN();
      }),
      { numRuns: 200 },
    );
  });
  it('before/after for every metric: sufficient ⇔ a finite p in [0, 1]', () => {
    const metrics: ComparableMetric[] = ['nps', 'csat', 'ces', 'mean', 'top_box'];
    fc.assert(
      fc.property(histOn(NPS_SCALE), histOn(NPS_SCALE), fc.constantFrom(...metrics), (a, b, metric) => {
        const r = compareBeforeAfter(a, b, { metric });
        expectWellDefined(r);
        expectOrdered(r.ci);
        expect(r.sufficient).toBe(r.p >= 0 && r.p <= 1);
        if (!r.sufficient) expect(r.verdict).toBe('no_significant_change');
      }),
      { numRuns: 300 },
    );
  });
});

describe('robustness: KANO and key drivers', () => {
  it('any category counts: well-defined, shares in range, χ² p in [0, 1] when defined', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 6, maxLength: 6 }), ([M, O, A, I, R, Q]) => {
        const r = kano({ M: M!, O: O!, A: A!, I: I!, R: R!, Q: Q! });
        expectWellDefined(r);
        expect(r.sufficient).toBe(M! + O! + A! + I! + R! > 0);
        if (M! + O! + A! + I! > 0) {
          expect(r.better >= 0 && r.better <= 1).toBe(true);
          expect(r.worse >= -1 && r.worse <= 0).toBe(true);
          expect(r.chiSquare.p >= 0 && r.chiSquare.p <= 1).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('any rows (constant columns, missing values, one driver): weights are NaN with `singular`, or sum to R²', () => {
    const value = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
      { weight: 1, arbitrary: fc.constantFrom(null, Number.NaN, 3) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { maxLength: 25 }),
        fc.constantFrom('listwise' as const, 'pairwise' as const),
        (k, rows, missing) => {
          const c = addCoMomentRows(
            emptyCoMoments(k, missing),
            rows.map((r) => r.slice(0, k)),
          );
          const kd = keyDrivers(c, k - 1);
          const w = kd.weights;
          expectWellDefined(kd);
          if (w.singular) expect(w.raw.every(Number.isNaN)).toBe(true);
          else {
            expect(w.raw.every((e) => e >= -1e-12)).toBe(true);
            expect(w.raw.reduce((s, e) => s + e, 0)).toBeCloseTo(w.r2, 10);
            expect(w.r2).toBeLessThanOrEqual(1 + 1e-9);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
