import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from './eigen.js';

describe('symmetricEigen (Jacobi)', () => {
  it('2×2 by hand: [[2, 1], [1, 2]] → 3, 1', () => {
    const e = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(e.values[0]).toBeCloseTo(3, 14);
    expect(e.values[1]).toBeCloseTo(1, 14);
    expect(Math.abs(e.vectors[0]![0]!)).toBeCloseTo(Math.SQRT1_2, 14);
  });
  it('reconstructs random symmetric matrices: A = V Λ Vᵀ, VᵀV = I', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 36, maxLength: 36 }),
        (n, xs) => {
          const a = Array.from({ length: n }, (_, i) =>
            Array.from({ length: n }, (_, j) => xs[Math.min(i, j) * 6 + Math.max(i, j)]!),
          );
          const { values, vectors: v } = symmetricEigen(a);
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              let rec = 0;
              let orth = 0;
              for (let k = 0; k < n; k++) {
                rec += v[i]![k]! * values[k]! * v[j]![k]!;
                orth += v[k]![i]! * v[k]![j]!;
              }
              expect(rec).toBeCloseTo(a[i]![j]!, 9);
              expect(orth).toBeCloseTo(i === j ? 1 : 0, 12);
            }
          }
          for (let k = 1; k < n; k++) expect(values[k - 1]!).toBeGreaterThanOrEqual(values[k]!);
        },
      ),
    );
  });
  it('rejects a non-square matrix', () => {
    expect(() => symmetricEigen([[1, 2]])).toThrowError(
      expect.objectContaining({ code: 'dimension_mismatch' }),
    );
  });
});
