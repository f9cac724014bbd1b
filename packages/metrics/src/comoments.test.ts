import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCoMomentRow,
  addCoMomentRows,
  correlations,
  emptyCoMoments,
  mergeCoMoments,
} from './comoments.js';

describe('co-moments', () => {
  it('correlations match the hand formula; listwise drops incomplete rows', () => {
    let c = emptyCoMoments(2);
    c = addCoMomentRows(c, [
      [1, 2],
      [2, 4],
      [3, 5],
      [4, null],
    ]);
    const s = correlations(c);
    expect(c.incompleteRows).toBe(1);
    expect(s.n[0]![1]).toBe(3);
    // x = 1,2,3; y = 2,4,5 → r = 3/√(2·4.6667)= 0.98198
    expect(s.r[0]![1]).toBeCloseTo(3 / Math.sqrt(2 * (14 / 3)), 12);
    expect(s.means).toEqual([2, 11 / 3]);
  });
  it('pairwise keeps every available pair', () => {
    const c = addCoMomentRows(emptyCoMoments(3, 'pairwise'), [
      [1, 2, null],
      [2, 4, 1],
      [3, 5, 2],
      [4, null, 4],
    ]);
    const s = correlations(c);
    expect(s.n[0]![1]).toBe(3);
    expect(s.n[0]![2]).toBe(3);
    expect(s.n[0]![0]).toBe(4);
    expect(s.means[0]).toBe(2.5);
  });

  const row = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 8 }), {
    minLength: 3,
    maxLength: 3,
  });
  const rows = fc.array(row, { maxLength: 20 });
  for (const missing of ['listwise', 'pairwise'] as const) {
    it(`${missing}: merge is associative, commutative, has an identity, and equals one pass`, () => {
      fc.assert(
        fc.property(rows, rows, rows, (x, y, z) => {
          const [a, b, c] = [x, y, z].map((r) => addCoMomentRows(emptyCoMoments(3, missing), r)) as [
            ReturnType<typeof emptyCoMoments>,
            ReturnType<typeof emptyCoMoments>,
            ReturnType<typeof emptyCoMoments>,
          ];
          expect(mergeCoMoments(mergeCoMoments(a, b), c)).toEqual(mergeCoMoments(a, mergeCoMoments(b, c)));
          expect(mergeCoMoments(a, b)).toEqual(mergeCoMoments(b, a));
          expect(mergeCoMoments(a, emptyCoMoments(3, missing))).toEqual(a);
          const one = [...x, ...y, ...z].reduce(addCoMomentRow, emptyCoMoments(3, missing));
          expect(mergeCoMoments(c, mergeCoMoments(b, a))).toEqual(one);
        }),
      );
    });
  }
});
