import { describe, expect, it } from 'vitest';
import { csat, topBox } from './csat.js';
import { CSAT_SCALE, histogramFromCounts } from './histogram.js';
import { wilsonInterval } from './interval.js';

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

describe('wilsonInterval', () => {
  it('0 of 10: lower bound exactly 0, upper z²/(n + z²) = 0.2775 (closed form at p = 0)', () => {
    const z2 = 1.959963984540054 ** 2;
    const r = wilsonInterval(0, 10, 0.95);
    expect(r.lower).toBe(0);
    expect(r.upper).toBeCloseTo(z2 / (10 + z2), 12);
  });
  it('rejects successes outside 0…n and a bad confidence (used to return NaN or a meaningless interval)', () => {
    expect(() => wilsonInterval(11, 10, 0.95)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => wilsonInterval(-1, 10, 0.95)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => wilsonInterval(1, 10, 1.5)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(Number.isNaN(wilsonInterval(0, 0, 0.95).lower)).toBe(true);
  });
});
