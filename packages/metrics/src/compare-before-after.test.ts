import { describe, expect, it } from 'vitest';
import { compareBeforeAfter } from './compare-before-after.js';
import { CES_SCALE, CSAT_SCALE, histogramFromCounts, NPS_SCALE } from './histogram.js';

describe('compareBeforeAfter', () => {
  it('CSAT: two-proportion z test (hand: 60/100 vs 75/100 → z = 2.2646, p = 0.0235)', () => {
    const before = histogramFromCounts(CSAT_SCALE, [10, 10, 20, 30, 30]);
    const after = histogramFromCounts(CSAT_SCALE, [5, 5, 15, 35, 40]);
    const r = compareBeforeAfter(before, after, { metric: 'csat' });
    // pooled p = 0.675, SE = √(0.675·0.325·0.02) = 0.066239; z = 0.15/0.066239
    expect(r.test).toBe('two-proportion z test, pooled');
    expect(r.difference).toBeCloseTo(0.15, 12);
    expect(r.statistic).toBeCloseTo(0.15 / Math.sqrt(0.675 * 0.325 * 0.02), 12);
    expect(r.p).toBeCloseTo(0.0235, 4);
    expect(r.verdict).toBe('improved');
  });

  it('mean/CES: Welch t test (hand-computed statistic and df)', () => {
    // before: 1,2,3,4,5 each ×2 (mean 3, var 20/9); after: 3,4,5,6,7 each ×2 (mean 5, var 20/9)
    const before = histogramFromCounts(CES_SCALE, [2, 2, 2, 2, 2, 0, 0]);
    const after = histogramFromCounts(CES_SCALE, [0, 0, 2, 2, 2, 2, 2]);
    const r = compareBeforeAfter(before, after, { metric: 'ces' });
    const se = Math.sqrt((2 * 20) / 9 / 10);
    expect(r.test).toBe('Welch two-sample t test');
    expect(r.se).toBeCloseTo(se, 12);
    expect(r.statistic).toBeCloseTo(2 / se, 12);
    expect(r.df).toBeCloseTo(18, 10); // equal variances and n → 2n − 2
    // t = 3, df 18 → two-sided p = 0.00766 (t table)
    expect(r.p).toBeCloseTo(0.00766, 4);
    expect(r.verdict).toBe('improved');
    expect(compareBeforeAfter(after, before, { metric: 'mean' }).verdict).toBe('worsened');
    expect(compareBeforeAfter(before, after, { metric: 'mean', higherIsBetter: false }).verdict).toBe(
      'worsened',
    );
  });

  it('NPS: no significant change for a small shift', () => {
    const a = histogramFromCounts(NPS_SCALE, [10, 0, 0, 0, 0, 0, 0, 0, 20, 0, 30]);
    const b = histogramFromCounts(NPS_SCALE, [9, 0, 0, 0, 0, 0, 0, 0, 20, 0, 31]);
    const r = compareBeforeAfter(a, b, { metric: 'nps' });
    expect(r.test).toContain('z test');
    expect(r.verdict).toBe('no_significant_change');
    expect(r.difference).toBeCloseTo(2 / 60, 12);
    expect(r.before.n).toBe(60);
  });

  it('insufficient data is flagged, not thrown', () => {
    const e = histogramFromCounts(CSAT_SCALE, [0, 0, 0, 0, 0]);
    const r = compareBeforeAfter(e, e, { metric: 'mean' });
    expect(r.sufficient).toBe(false);
    expect(r.verdict).toBe('no_significant_change');
  });
});

describe('compareBeforeAfter with zero variance', () => {
  it('does not claim a change it cannot test', () => {
    const a = histogramFromCounts(CSAT_SCALE, [0, 0, 3, 0, 0]);
    const b = histogramFromCounts(CSAT_SCALE, [0, 0, 0, 3, 0]);
    const r = compareBeforeAfter(a, b, { metric: 'mean' });
    expect(r.difference).toBe(1);
    expect(r.sufficient).toBe(false);
    expect(r.verdict).toBe('no_significant_change');
  });
});

describe('compareBeforeAfter contract', () => {
  it('refuses to compare histograms on different scales (was silently compared)', () => {
    const five = histogramFromCounts(CSAT_SCALE, [1, 1, 1, 1, 1]);
    const seven = histogramFromCounts(CES_SCALE, [1, 1, 1, 1, 1, 1, 1]);
    for (const metric of ['mean', 'top_box', 'csat'] as const) {
      expect(() => compareBeforeAfter(five, seven, { metric })).toThrowError(
        expect.objectContaining({ code: 'scale_mismatch' }),
      );
    }
  });
  it('refuses an impossible number of boxes (boxes 0 used to count nobody and "test" 0 vs 0)', () => {
    const h = histogramFromCounts(CSAT_SCALE, [1, 1, 1, 1, 1]);
    for (const boxes of [0, 6, 1.5, Number.NaN]) {
      expect(() => compareBeforeAfter(h, h, { metric: 'top_box', boxes })).toThrowError(
        expect.objectContaining({ code: 'invalid_argument' }),
      );
    }
  });
  it('untestable comparisons report the difference but no statistic, p or interval (was ±∞)', () => {
    const a = histogramFromCounts(CSAT_SCALE, [0, 0, 3, 0, 0]);
    const b = histogramFromCounts(CSAT_SCALE, [0, 0, 0, 3, 0]);
    const r = compareBeforeAfter(a, b, { metric: 'mean' });
    expect(r.difference).toBe(1);
    expect(r.statistic).toBeNaN();
    expect(r.p).toBeNaN();
    expect(r.ci.lower).toBeNaN();
    const n = compareBeforeAfter(
      histogramFromCounts(NPS_SCALE, [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      histogramFromCounts(NPS_SCALE, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]),
      { metric: 'nps' },
    );
    expect(n.sufficient).toBe(false);
    expect(n.statistic).toBeNaN();
  });
});
