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
