import { describe, expect, it } from 'vitest';
import { CSAT_SCALE, histogramFromCounts } from './histogram.js';
import { ratingMean } from './rating-mean.js';

describe('ratingMean', () => {
  it('hand-computed: 1, 2, 3, 4, 5 once each → mean 3, sd √2.5, t(0.975, 4) = 2.776445', () => {
    const r = ratingMean(histogramFromCounts(CSAT_SCALE, [1, 1, 1, 1, 1]));
    expect(r.mean).toBe(3);
    expect(r.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(r.df).toBe(4);
    const half = 2.7764451051977987 * (Math.sqrt(2.5) / Math.sqrt(5));
    expect(r.ci.lower).toBeCloseTo(3 - half, 9);
    expect(r.ci.upper).toBeCloseTo(3 + half, 9);
  });
  it('n = 1 gives a NaN interval, not a throw', () => {
    const r = ratingMean(histogramFromCounts(CSAT_SCALE, [0, 0, 1, 0, 0]));
    expect(r.n).toBe(1);
    expect(Number.isNaN(r.ci.lower)).toBe(true);
  });
});
