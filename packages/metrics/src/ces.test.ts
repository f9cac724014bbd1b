import { describe, expect, it } from 'vitest';
import { ces } from './ces.js';
import { CES_SCALE, histogramFromCounts } from './histogram.js';

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
