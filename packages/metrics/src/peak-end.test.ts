import { describe, expect, it } from 'vitest';
import { peakEnd } from './peak-end.js';

describe('peakEnd', () => {
  it('[0, −3, 1, 2] with the absolute peak → (−3 + 2)/2 = −0.5 (method-vectors.md)', () => {
    const r = peakEnd([0, -3, 1, 2], { peak: 'absolute' });
    expect(r.remembered).toBe(-0.5);
    expect(r.peakDefinition).toBe('absolute');
    expect([r.peakIndex, r.endIndex]).toEqual([1, 3]);
  });
  it('best and worst peaks', () => {
    expect(peakEnd([0, -3, 1, 2], { peak: 'best' })).toMatchObject({ peak: 2, peakIndex: 3, remembered: 2 });
    expect(peakEnd([0, -3, 1, 2], { peak: 'worst' })).toMatchObject({ peak: -3, remembered: -0.5 });
  });
  it('defaults to absolute, reports exclusions, first index on ties', () => {
    const r = peakEnd([3, null, -3, Number.NaN]);
    expect(r.peakDefinition).toBe('absolute');
    expect(r.peakIndex).toBe(0);
    expect(r.endIndex).toBe(2);
    expect(r.excludedIndices).toEqual([1, 3]);
    expect(r.mean).toBe(0);
    expect(() => peakEnd([])).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
