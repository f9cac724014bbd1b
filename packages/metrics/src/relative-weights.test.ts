import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCoMomentRows, emptyCoMoments } from './comoments.js';
import { keyDrivers, relativeWeights } from './relative-weights.js';

/** OLS R² by Gaussian elimination on the normal equations of centred data, independent of the code under test. */
function olsR2(rows: number[][], y: number[]): number {
  const n = rows.length;
  const k = rows[0]!.length;
  const mx = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  const my = y.reduce((s, v) => s + v, 0) / n;
  const a = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k + 1 }, (_, j) =>
      rows.reduce((s, r, t) => s + (r[i]! - mx[i]!) * (j < k ? r[j]! - mx[j]! : y[t]! - my), 0),
    ),
  );
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let j = c; j <= k; j++) a[r]![j]! -= f * a[c]![j]!;
    }
  }
  const b = a.map((row, i) => row[k]! / row[i]!);
  const fitted = rows.map((r) => b.reduce((s, bj, j) => s + bj * (r[j]! - mx[j]!), my));
  const sse = y.reduce((s, v, t) => s + (v - fitted[t]!) ** 2, 0);
  const sst = y.reduce((s, v) => s + (v - my) ** 2, 0);
  return 1 - sse / sst;
}

describe('relativeWeights (Johnson 2000)', () => {
  it('orthogonal predictors: raw weights equal r², R² = Σ r²', () => {
    const r = relativeWeights({
      rxx: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      rxy: [0.5, 0.3, -0.2],
    });
    expect(r.raw[0]).toBeCloseTo(0.25, 14);
    expect(r.raw[1]).toBeCloseTo(0.09, 14);
    expect(r.raw[2]).toBeCloseTo(0.04, 14);
    expect(r.r2).toBeCloseTo(0.38, 14);
    expect(r.rescaled.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('two predictors by hand: equal r with the outcome share R² equally; R² = 2r²/(1+ρ)', () => {
    const r = relativeWeights({
      rxx: [
        [1, 0.5],
        [0.5, 1],
      ],
      rxy: [0.6, 0.6],
    });
    expect(r.r2).toBeCloseTo((2 * 0.36) / 1.5, 14);
    expect(r.raw[0]).toBeCloseTo(r.raw[1]!, 14);
  });

  it('Σ raw weights = OLS R² computed independently, on random correlated data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 4, maxLength: 4 }), {
          minLength: 30,
          maxLength: 60,
        }),
        (data) => {
          // make the predictors correlated: x2 leans on x0, y on all
          const rows = data.map(([a, b, c]) => [a!, b!, a! + c!]);
          const y = data.map(([a, b, c, d]) => 2 * a! - b! + 0.5 * c! + d!);
          let cm = emptyCoMoments(4);
          cm = addCoMomentRows(
            cm,
            rows.map((r, t) => [...r, y[t]!]),
          );
          const kd = keyDrivers(cm, 3);
          fc.pre(!kd.weights.singular);
          expect(kd.weights.raw.reduce((s, x) => s + x, 0)).toBeCloseTo(olsR2(rows, y), 9);
          expect(kd.weights.r2).toBeCloseTo(olsR2(rows, y), 9);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('singular Rxx returns NaN weights, not a throw', () => {
    const r = relativeWeights({
      rxx: [
        [1, 1],
        [1, 1],
      ],
      rxy: [0.5, 0.5],
    });
    expect(r.singular).toBe(true);
    expect(Number.isNaN(r.r2)).toBe(true);
  });
});

describe('relativeWeights: published and closed-form cases', () => {
  it('iopsych::relWt help example (CRAN): eps 0.24066119, 0.05492664, 0.12143476, 0.28158189', () => {
    const R = [
      [1.0, 0.2, 0.3, 0.4, -0.4],
      [0.2, 1.0, 0.5, 0.1, 0.1],
      [0.3, 0.5, 1.0, 0.2, -0.3],
      [0.4, 0.1, 0.2, 1.0, 0.4],
      [-0.4, 0.1, -0.3, 0.4, 1.0],
    ];
    const r = relativeWeights({
      rxx: R.slice(0, 4).map((row) => row.slice(0, 4)),
      rxy: R.slice(0, 4).map((row) => row[4]!),
    });
    const printed = [0.24066119, 0.05492664, 0.12143476, 0.28158189];
    for (const [j, e] of r.raw.entries()) expect(e).toBeCloseTo(printed[j]!, 8);
  });
  it('johnsons-relative-weights (npm) README example: raw weights and R² = 0.6620304789821244', () => {
    const J = [
      [1.0, 0.66, 0.67, 0.54, 0.68, 0.62, 0.72],
      [0.66, 1.0, 0.58, 0.59, 0.68, 0.68, 0.56],
      [0.67, 0.58, 1.0, 0.52, 0.6, 0.62, 0.68],
      [0.54, 0.59, 0.52, 1.0, 0.52, 0.61, 0.45],
      [0.68, 0.68, 0.6, 0.52, 1.0, 0.63, 0.62],
      [0.62, 0.68, 0.62, 0.61, 0.63, 1.0, 0.57],
      [0.72, 0.56, 0.68, 0.45, 0.62, 0.57, 1.0],
    ];
    const r = relativeWeights({
      rxx: J.slice(1).map((row) => row.slice(1)),
      rxy: J.slice(1).map((row) => row[0]!),
    });
    const printed = [
      0.10774831782516386, 0.1164837573016094, 0.06551431494877613, 0.12116711335808825, 0.08006198853448922,
      0.1710549870139989,
    ];
    for (const [j, e] of r.raw.entries()) expect(e).toBeCloseTo(printed[j]!, 12);
    expect(r.r2).toBeCloseTo(0.6620304789821244, 12);
  });
  it('two correlated predictors in closed form (eigenvectors (1, ±1)/√2 of [[1, ρ], [ρ, 1]])', () => {
    const rho = 0.6;
    const [r1, r2] = [0.5, 0.2];
    // Λ* = [[a, b], [b, a]], a = (√(1+ρ) + √(1−ρ))/2, b = (√(1+ρ) − √(1−ρ))/2; β = Λ*⁻¹ r; ε = (Λ*)²β².
    const a = (Math.sqrt(1 + rho) + Math.sqrt(1 - rho)) / 2;
    const b = (Math.sqrt(1 + rho) - Math.sqrt(1 - rho)) / 2;
    const det = a * a - b * b;
    const b1 = (a * r1 - b * r2) / det;
    const b2 = (a * r2 - b * r1) / det;
    const r = relativeWeights({
      rxx: [
        [1, rho],
        [rho, 1],
      ],
      rxy: [r1, r2],
    });
    expect(r.raw[0]).toBeCloseTo(a * a * b1 * b1 + b * b * b2 * b2, 13);
    expect(r.raw[1]).toBeCloseTo(b * b * b1 * b1 + a * a * b2 * b2, 13);
    // Σ raw = OLS R² = (r1² + r2² − 2ρ r1 r2)/(1 − ρ²)
    expect(r.r2).toBeCloseTo((r1 ** 2 + r2 ** 2 - 2 * rho * r1 * r2) / (1 - rho ** 2), 13);
    expect(r.raw[0]! + r.raw[1]!).toBeCloseTo(r.r2, 13);
  });
  it('one driver: raw = R² = r², rescaled 1; r = 0 gives R² 0 and NaN shares', () => {
    const one = relativeWeights({ rxx: [[1]], rxy: [-0.4] });
    expect(one.raw[0]).toBeCloseTo(0.16, 14);
    expect(one.rescaled[0]).toBeCloseTo(1, 14);
    const none = relativeWeights({ rxx: [[1]], rxy: [0] });
    expect(none.r2).toBe(0);
    expect(none.rescaled[0]).toBeNaN();
  });
  it('rejects inputs that are not correlations; NaN correlations give singular, not a throw', () => {
    expect(() => relativeWeights({ rxx: [[2]], rxy: [0.5] })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => relativeWeights({ rxx: [[1]], rxy: [1.5] })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(
      relativeWeights({
        rxx: [
          [1, Number.NaN],
          [Number.NaN, 1],
        ],
        rxy: [0.1, 0.2],
      }).singular,
    ).toBe(true);
  });
  it('keyDrivers: zero-variance outcome or predictor is singular; one predictor works', () => {
    const same = addCoMomentRows(emptyCoMoments(2), [
      [1, 3],
      [2, 3],
      [4, 3],
    ]);
    expect(keyDrivers(same, 1).weights.singular).toBe(true);
    const line = addCoMomentRows(emptyCoMoments(2), [
      [1, 2],
      [2, 4],
      [4, 8.5],
    ]);
    const kd = keyDrivers(line, 1);
    expect(kd.weights.raw).toHaveLength(1);
    expect(kd.weights.r2).toBeCloseTo(kd.correlations[0]! ** 2, 14);
    expect(kd.n).toBe(3);
  });
});

describe('relativeWeights: inconsistent correlations', () => {
  it('an R² above 1 (possible with pairwise deletion) is flagged, not reported (was R² = 1.46)', () => {
    // Rxx is positive definite, but no data can have r(x1, y) = r(x2, y) = 0.9 with r(x1, x2) = 0.
    const r = relativeWeights({
      rxx: [
        [1, 0],
        [0, 1],
      ],
      rxy: [0.9, 0.9],
    });
    expect(r.singular).toBe(true);
    expect(r.r2).toBeNaN();
  });
});
