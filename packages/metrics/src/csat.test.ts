import { describe, expect, it } from 'vitest';
import { ces } from './ces.js';
import { csat, topBox } from './csat.js';
import { CES_SCALE, CSAT_SCALE, histogramFromCounts } from './histogram.js';
import { ratingMean } from './rating-mean.js';

describe('csat (method-vectors.md)', () => {
  it('320 of 400 answering 4 or 5 → 80 %', () => {
    const r = csat(histogramFromCounts(CSAT_SCALE, [20, 20, 40, 120, 200]));
    expect(r.n).toBe(400);
    expect(r.count).toBe(320);
    expect(r.share).toBe(0.8);
  });
  it('Wilson interval matches the hand formula (80/100 → [0.7112, 0.8666])', () => {
    const r = csat(histogramFromCounts(CSAT_SCALE, [5, 5, 10, 40, 40]));
    expect(r.ci.method).toBe('wilson');
    expect(r.ci.lower).toBeCloseTo(0.7112, 4);
    expect(r.ci.upper).toBeCloseTo(0.8666, 4);
  });
  it('rejects an impossible number of boxes', () => {
    expect(() => topBox(histogramFromCounts(CSAT_SCALE, [1, 1, 1, 1, 1]), 6)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('ces (method-vectors.md)', () => {
  it('counts 80, 210, 140, 110, 160, 180, 120 → mean 4.08; top-3 46 %, top-2 30 %', () => {
    const r = ces(histogramFromCounts(CES_SCALE, [80, 210, 140, 110, 160, 180, 120]));
    expect(r.n).toBe(1000);
    expect(r.mean).toBeCloseTo(4.08, 10);
    expect(r.top3.share).toBeCloseTo(0.46, 12);
    expect(r.top3.from).toBe(5);
    expect(r.top2.share).toBeCloseTo(0.3, 12);
    expect(r.ci.lower).toBeLessThan(4.08);
    expect(r.ci.upper).toBeGreaterThan(4.08);
  });
});

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
