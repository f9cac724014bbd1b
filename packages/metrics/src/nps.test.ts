import { describe, expect, it } from 'vitest';
import { CSAT_SCALE, emptyHistogram, histogramFromCounts, NPS_SCALE } from './histogram.js';
import { nps, npsDifference } from './nps.js';

/** A 0–10 histogram with the given promoter/passive/detractor counts (at 10, 8 and 0). */
function npsHist(p: number, pa: number, d: number) {
  return histogramFromCounts(NPS_SCALE, [d, 0, 0, 0, 0, 0, 0, 0, pa, 0, p]);
}

describe('nps (method-vectors.md: brendan-r/NPS, stats.stackexchange.com/a/18609)', () => {
  it('shares 1/2, 1/3, 1/6 → NPS 1/3, Var 5/9, SD ≈ 0.745', () => {
    const r = nps(npsHist(3, 2, 1));
    expect(r.value).toBeCloseTo(1 / 3, 12);
    expect(r.variance).toBeCloseTo(5 / 9, 12);
    expect(Math.sqrt(r.variance)).toBeCloseTo(0.745, 3);
  });

  it('P = 162, passives = 108, D = 54 → SE 0.0414087, Wald CI [0.252174, 0.414493]', () => {
    const r = nps(npsHist(162, 108, 54));
    expect(r.n).toBe(324);
    expect(r.score).toBeCloseTo(33.3333, 4);
    expect(r.se).toBeCloseTo(0.0414087, 7);
    expect(r.ci.method).toBe('wald');
    expect(r.ci.lower).toBeCloseTo(0.252174, 6);
    expect(r.ci.upper).toBeCloseTo(0.414493, 6);
  });

  it('classifies 9–10 / 7–8 / 0–6 and reports exclusions', () => {
    const h = histogramFromCounts(NPS_SCALE, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {
      missing: 2,
      nonInteger: 0,
      outOfRange: 1,
    });
    const r = nps(h);
    expect([r.promoters, r.passives, r.detractors, r.n]).toEqual([2, 2, 7, 11]);
    expect(r.excluded).toEqual({ missing: 2, nonInteger: 0, outOfRange: 1 });
  });

  it('adjusted-Wald: add 3 to n and ¾ to promoters and detractors (hand-computed)', () => {
    // P = 8, passives = 1, D = 1, n = 10 → adjusted P = 8.75, D = 1.75, n = 13.
    const r = nps(npsHist(8, 1, 1), { interval: 'adjusted-wald' });
    const pp = 8.75 / 13;
    const pd = 1.75 / 13;
    const v = pp - pd;
    const se = Math.sqrt((pp + pd - v * v) / 13);
    expect(r.value).toBeCloseTo(0.7, 12);
    expect(r.ci.method).toBe('adjusted-wald');
    expect(r.ci.lower).toBeCloseTo(v - 1.959963984540054 * se, 12);
    expect(r.ci.upper).toBeCloseTo(Math.min(1, v + 1.959963984540054 * se), 12);
  });

  it('empty histogram gives NaN estimates with n = 0, not a throw', () => {
    const r = nps(emptyHistogram(NPS_SCALE));
    expect(r.n).toBe(0);
    expect(Number.isNaN(r.value)).toBe(true);
  });

  it('rejects a non 0–10 scale and a bad confidence', () => {
    expect(() => nps(emptyHistogram(CSAT_SCALE))).toThrowError(
      expect.objectContaining({ code: 'scale_mismatch' }),
    );
    expect(() => nps(npsHist(1, 1, 1), { confidence: 95 })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('npsDifference', () => {
  it('uses SE = √(Var₁/n₁ + Var₂/n₂) and a z test (hand-computed)', () => {
    const a = npsHist(162, 108, 54); // NPS 1/3, Var 5/9, n 324
    const b = npsHist(50, 25, 25); // NPS 0.25, Var 0.75 − 0.0625 = 0.6875, n 100
    const d = npsDifference(a, b);
    const se = Math.sqrt(5 / 9 / 324 + 0.6875 / 100);
    expect(d.delta).toBeCloseTo(0.25 - 1 / 3, 12);
    expect(d.se).toBeCloseTo(se, 12);
    expect(d.z).toBeCloseTo((0.25 - 1 / 3) / se, 12);
    // se ≈ 0.092681, z ≈ −0.89914 → two-sided p = 2·(1 − Φ(0.89914)) ≈ 0.3686 (normal table)
    expect(d.p).toBeCloseTo(0.3686, 3);
    expect(d.test).toBe('two-sample z (unpooled variance)');
  });
});

describe('adjusted-Wald centre and clipping (MeasuringU: the interval is centred on the adjusted NPS)', () => {
  it('all 10 answers promoters: Wald collapses to [1, 1]; adjusted-Wald centres on 10/13, not on 1', () => {
    const wald = nps(npsHist(10, 0, 0));
    expect([wald.ci.lower, wald.ci.upper]).toEqual([1, 1]);
    const r = nps(npsHist(10, 0, 0), { interval: 'adjusted-wald' });
    expect(r.value).toBe(1); // the point estimate stays the plain NPS
    // By hand: P' = 10.75, D' = 0.75, n' = 13 → NPS' = 10/13; p_P = 10.75/13, p_D = 0.75/13.
    const pp = 10.75 / 13;
    const pd = 0.75 / 13;
    const se = Math.sqrt((pp + pd - (pp - pd) ** 2) / 13);
    expect(r.adjusted).toEqual({ n: 13, promoters: 10.75, detractors: 0.75, value: 10 / 13, se });
    expect(r.ci.lower).toBeCloseTo(10 / 13 - 1.959963984540054 * se, 12);
    expect(r.ci.upper).toBe(1); // 0.769 + 0.294 = 1.063, clipped to 1
  });
  it('intervals never leave −1…1, and with n = 0 adjusted-Wald is still defined', () => {
    const w = nps(npsHist(0, 0, 3));
    expect(w.ci.lower).toBe(-1);
    const e = nps(emptyHistogram(NPS_SCALE), { interval: 'adjusted-wald' });
    expect(e.n).toBe(0);
    expect(Number.isNaN(e.value)).toBe(true);
    expect(e.adjusted?.value).toBe(0);
    expect(e.ci.lower).toBeGreaterThanOrEqual(-1);
    expect(e.ci.upper).toBeLessThanOrEqual(1);
  });
});

describe('npsDifference edge cases', () => {
  it('z and p by hand for a clear difference (P 60/D 10 of 100 vs P 30/D 40 of 100)', () => {
    const d = npsDifference(npsHist(30, 30, 40), npsHist(60, 30, 10));
    // a: NPS −0.1, Var 0.7 − 0.01 = 0.69; b: NPS 0.5, Var 0.7 − 0.25 = 0.45
    const se = Math.sqrt(0.69 / 100 + 0.45 / 100);
    expect(d.delta).toBeCloseTo(0.6, 12);
    expect(d.se).toBeCloseTo(se, 12);
    expect(d.z).toBeCloseTo(0.6 / se, 12); // 5.6195
    // two-sided p = 2·Φ(−5.6195) ≈ 1.92e−8 (normal tail, mpmath)
    expect(d.p).toBeGreaterThan(1.8e-8);
    expect(d.p).toBeLessThan(2.0e-8);
    expect(d.sufficient).toBe(true);
  });
  it('unanimous samples cannot be tested: z, p and the interval are NaN, not ±∞ and p = 0', () => {
    const d = npsDifference(npsHist(0, 0, 20), npsHist(20, 0, 0));
    expect(d.delta).toBe(2);
    expect(d.se).toBe(0);
    expect(d.sufficient).toBe(false);
    expect(Number.isNaN(d.z)).toBe(true);
    expect(Number.isNaN(d.p)).toBe(true);
    const e = npsDifference(emptyHistogram(NPS_SCALE), npsHist(1, 1, 1));
    expect(e.sufficient).toBe(false);
    expect(Number.isNaN(e.p)).toBe(true);
  });
});

describe('nps options', () => {
  it('an unknown interval method throws (it used to fall back to Wald and label it with the bogus name)', () => {
    expect(() => nps(npsHist(1, 1, 1), { interval: 'bootstrap' as 'wald' })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});
