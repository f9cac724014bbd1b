import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsError } from './errors.js';
import {
  addInto,
  addScore,
  addScores,
  classifyScore,
  emptyHistogram,
  histogramBuilder,
  histogramFromCounts,
  histogramMoments,
  mergeAllHistograms,
  mergeHistograms,
  NPS_SCALE,
  type ScoreHistogram,
  snapshotHistogram,
} from './histogram.js';

const obs = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -2, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, Number.NaN, 7.5, Number.POSITIVE_INFINITY) },
);
const batch = fc.array(obs, { maxLength: 60 });
const hist = batch.map((xs) => addScores(emptyHistogram(NPS_SCALE), xs));

describe('score histogram', () => {
  it('classifies and counts exclusions by reason, never dropping them', () => {
    const h = addScores(emptyHistogram(NPS_SCALE), [0, 10, 10, 11, -1, 7.5, null, undefined, Number.NaN, 5]);
    expect(h.counts).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2]);
    expect(h.excluded).toEqual({ missing: 3, nonInteger: 1, outOfRange: 2 });
    expect(classifyScore({ min: 1, max: 5 }, 3)).toBe(2);
    expect(classifyScore({ min: 1, max: 5 }, Number.NEGATIVE_INFINITY)).toBe('out_of_range');
  });

  it('rejects malformed scales and mismatched merges with coded errors', () => {
    expect(() => emptyHistogram({ min: 5, max: 1 })).toThrow(MetricsError);
    expect(() => emptyHistogram({ min: 0.5, max: 3 })).toThrowError(
      expect.objectContaining({ code: 'invalid_scale' }),
    );
    expect(() => mergeHistograms(emptyHistogram(NPS_SCALE), emptyHistogram({ min: 1, max: 5 }))).toThrowError(
      expect.objectContaining({ code: 'scale_mismatch' }),
    );
    expect(() => histogramFromCounts({ min: 1, max: 5 }, [1, 2])).toThrowError(
      expect.objectContaining({ code: 'dimension_mismatch' }),
    );
  });

  it('is immutable: add returns a new value', () => {
    const e = emptyHistogram(NPS_SCALE);
    const h = addScore(e, 9);
    expect(e.counts[9]).toBe(0);
    expect(h.counts[9]).toBe(1);
  });

  it('merge is associative, commutative, with empty as identity', () => {
    fc.assert(
      fc.property(hist, hist, hist, (a, b, c) => {
        expect(mergeHistograms(mergeHistograms(a, b), c)).toEqual(mergeHistograms(a, mergeHistograms(b, c)));
        expect(mergeHistograms(a, b)).toEqual(mergeHistograms(b, a));
        expect(mergeHistograms(a, emptyHistogram(NPS_SCALE))).toEqual(a);
      }),
    );
  });

  it('any split of the data, merged in any order, equals one pass', () => {
    fc.assert(
      fc.property(batch, fc.array(fc.nat(), { maxLength: 6 }), fc.nat(), (xs, cuts, seed) => {
        const points = [...new Set(cuts.map((c) => c % (xs.length + 1)))].sort((p, q) => p - q);
        const parts: ScoreHistogram[] = [];
        let from = 0;
        for (const p of [...points, xs.length]) {
          parts.push(addScores(emptyHistogram(NPS_SCALE), xs.slice(from, p)));
          from = p;
        }
        // rotate the order of the parts
        const k = parts.length ? seed % parts.length : 0;
        const shuffled = [...parts.slice(k), ...parts.slice(0, k)];
        const merged = shuffled.reduce(mergeHistograms, emptyHistogram(NPS_SCALE));
        const onePass = addScores(emptyHistogram(NPS_SCALE), xs);
        expect(merged).toEqual(onePass);
        expect(mergeAllHistograms(NPS_SCALE, shuffled)).toEqual(onePass);
      }),
    );
  });

  it('builder fast path equals the immutable path', () => {
    fc.assert(
      fc.property(batch, (xs) => {
        const b = histogramBuilder(NPS_SCALE);
        for (const x of xs) addInto(b, x);
        expect(snapshotHistogram(b)).toEqual(addScores(emptyHistogram(NPS_SCALE), xs));
      }),
    );
  });

  it('moments are exact for integer scales', () => {
    const h = histogramFromCounts({ min: 1, max: 7 }, [80, 210, 140, 110, 160, 180, 120]);
    const m = histogramMoments(h);
    expect(m.n).toBe(1000);
    expect(m.sum).toBe(4080);
    expect(m.mean).toBeCloseTo(4.08, 12);
  });

  it('merges 10,000 daily histograms quickly (target well under 1 ms; generous bound for a shared machine)', () => {
    const days = Array.from({ length: 10_000 }, (_, d) =>
      histogramFromCounts(
        NPS_SCALE,
        Array.from({ length: 11 }, (_, i) => (d * 7 + i * 3) % 13),
      ),
    );
    mergeAllHistograms(NPS_SCALE, days); // warm up
    const t0 = performance.now();
    const total = mergeAllHistograms(NPS_SCALE, days);
    const ms = performance.now() - t0;
    expect(total.counts.reduce((s, c) => s + c, 0)).toBe(
      days.reduce((s, h) => s + h.counts.reduce((a, c) => a + c, 0), 0),
    );
    expect(ms).toBeLessThan(25);
  });
});

describe('histogram moments are numerically stable; counts stay exact', () => {
  it('variance of 1, 2, 3, 4, 5 is 2.5 even on a scale far from zero (Σx² − (Σx)²/n cancelled to 0)', () => {
    const far = { min: 100_000_000, max: 100_000_004 };
    const m = histogramMoments(histogramFromCounts(far, [1, 1, 1, 1, 1]));
    expect(m.mean).toBe(100_000_002);
    expect(m.variance).toBe(2.5);
    // Same data, a million times over: the sample variance is 2.5·5e6/(5e6 − 1), by hand.
    const big = histogramMoments(histogramFromCounts(far, [1e6, 1e6, 1e6, 1e6, 1e6]));
    expect(big.variance).toBeCloseTo((2 * 5e6) / (5e6 - 1), 9);
  });
  it('all answers the same: variance 0; n = 1: variance NaN; n = 0: mean NaN', () => {
    expect(histogramMoments(histogramFromCounts({ min: 1, max: 5 }, [0, 0, 7, 0, 0])).variance).toBe(0);
    expect(histogramMoments(histogramFromCounts({ min: 1, max: 5 }, [0, 0, 1, 0, 0])).variance).toBeNaN();
    expect(histogramMoments(histogramFromCounts({ min: 1, max: 5 }, [0, 0, 0, 0, 0])).mean).toBeNaN();
  });
  it('rejects counts beyond 2⁵³ − 1 and invalid exclusion tallies (merges would stop being exact)', () => {
    const five = { min: 1, max: 5 };
    expect(() => histogramFromCounts(five, [2 ** 53, 0, 0, 0, 0])).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['counts', 0] }),
    );
    expect(() =>
      histogramFromCounts(five, [1, 0, 0, 0, 0], { missing: -1, nonInteger: 0, outOfRange: 0 }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument', path: ['excluded', 'missing'] }));
    expect(() =>
      histogramFromCounts(five, [1, 0, 0, 0, 0], { missing: 0, nonInteger: Number.NaN, outOfRange: 0 }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
