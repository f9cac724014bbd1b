import { describe, expect, it } from 'vitest';
import { ipa } from './ipa.js';

const items = [
  { id: 'wait', importance: 6.5, performance: 3 },
  { id: 'staff', importance: 6, performance: 6 },
  { id: 'parking', importance: 3, performance: 2.5 },
  { id: 'decor', importance: 2.5, performance: 6.5 },
];

describe('ipa (Martilla & James 1977, method-vectors.md)', () => {
  it('assigns the four quadrants around grand means', () => {
    const r = ipa(items);
    expect(r.crosshair).toEqual({ method: 'mean', importance: 4.5, performance: 4.5 });
    expect(r.items.map((x) => x.quadrant)).toEqual([
      'concentrate_here',
      'keep_up',
      'low_priority',
      'possible_overkill',
    ]);
  });
  it('midpoint crosshairs on request; excluded items reported', () => {
    const r = ipa([...items, { id: 'bad', importance: Number.NaN, performance: 1 }], {
      crosshair: 'midpoint',
      scale: { min: 1, max: 7 },
    });
    expect(r.crosshair.importance).toBe(4);
    expect(r.excluded).toEqual(['bad']);
    expect(r.n).toBe(4);
    expect(() => ipa(items, { crosshair: 'midpoint' })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('ipa contract', () => {
  it('a degenerate midpoint scale throws invalid_scale (was a crosshair from a meaningless scale)', () => {
    expect(() => ipa(items, { crosshair: 'midpoint', scale: { min: 5, max: 5 } })).toThrowError(
      expect.objectContaining({ code: 'invalid_scale' }),
    );
    expect(() =>
      ipa(items, {
        crosshair: 'midpoint',
        scale: { importance: { min: 1, max: 7 }, performance: { min: 1, max: Number.NaN } },
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_scale' }));
  });
  it('no valid items: n = 0 and NaN crosshairs, not a throw', () => {
    const r = ipa([{ id: 'x', importance: Number.NaN, performance: 1 }]);
    expect(r.n).toBe(0);
    expect(r.crosshair.importance).toBeNaN();
    expect(r.excluded).toEqual(['x']);
  });
});
