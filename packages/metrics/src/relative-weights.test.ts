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
