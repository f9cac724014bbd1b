import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { servqual, servqualScores } from './servqual.js';
import {
  addServqual,
  addServqualMany,
  emptyServqual,
  mergeServqual,
  SERVQUAL_STANDARD_LAYOUT,
  type ServqualResponse,
} from './servqual-sums.js';

describe('servqualScores (method-vectors.md)', () => {
  it('dimension gaps −0.65, −1.10, −0.83, −0.70, −1.01 → unweighted −0.858', () => {
    const r = servqualScores([-0.65, -1.1, -0.83, -0.7, -1.01]);
    expect(r.unweighted).toBeCloseTo(-0.858, 12);
  });
  it('weighted = Σ gap × points/100 (hand-computed)', () => {
    const r = servqualScores([-0.65, -1.1, -0.83, -0.7, -1.01], [10, 30, 20, 20, 20]);
    expect(r.weighted).toBeCloseTo(-0.065 - 0.33 - 0.166 - 0.14 - 0.202, 12);
  });
});

/** A respondent with a constant gap per dimension (E = 7 everywhere, P = 7 + gap). */
function respondent(gaps: readonly number[], points?: number[]): ServqualResponse {
  return {
    expectations: SERVQUAL_STANDARD_LAYOUT.map(() => 7),
    perceptions: SERVQUAL_STANDARD_LAYOUT.map((d) => 7 + gaps[d]!),
    points: points ?? null,
  };
}

describe('servqual over sums', () => {
  it('reproduces dimension gaps and the unweighted score from raw answers', () => {
    // Two respondents per dimension gap pattern, means −0.5, −1, −1.5, −0.5, −1 → unweighted −0.9
    const s = addServqualMany(emptyServqual(), [
      respondent([0, -1, -1, 0, -1], [20, 20, 20, 20, 20]),
      respondent([-1, -1, -2, -1, -1], [0, 40, 20, 20, 20]),
    ]);
    const r = servqual(s);
    expect(r.respondents).toBe(2);
    expect(r.dimensions.map((d) => d.gap)).toEqual([-0.5, -1, -1.5, -0.5, -1]);
    expect(r.unweighted.score).toBeCloseTo(-0.9, 12);
    expect(r.unweighted.n).toBe(2);
    // respondent scores −0.6 and −1.2 → mean −0.9, sd √0.18
    expect(r.unweighted.mean).toBeCloseTo(-0.9, 12);
    expect(r.unweighted.sd).toBeCloseTo(Math.sqrt(0.18), 12);
    expect(r.weighted.weights).toEqual([10, 30, 20, 20, 20]);
    expect(r.weighted.score).toBeCloseTo(-0.05 - 0.3 - 0.3 - 0.1 - 0.2, 12);
    // respondent weighted scores −0.6 and −(0.4+0.4+0.2+0.2)= −1.2
    expect(r.weighted.mean).toBeCloseTo(-0.9, 12);
    expect(r.items[0]!.gap.mean).toBe(-0.5);
    expect(r.items[0]!.dimension).toBe('tangibles');
  });

  it('counts missing and invalid pairs, incomplete respondents and bad points as exclusions', () => {
    const e = SERVQUAL_STANDARD_LAYOUT.map(() => 5 as number | null);
    const p = SERVQUAL_STANDARD_LAYOUT.map(() => 4 as number | null);
    e[0] = null;
    p[1] = 9;
    const s = addServqual(emptyServqual(), { expectations: e, perceptions: p, points: [50, 50, 0, 0, 1] });
    expect(s.excluded).toEqual({
      missingPairs: 1,
      invalidPairs: 1,
      incompleteRespondents: 1,
      invalidPoints: 1,
    });
    const r = servqual(s);
    expect(r.items[0]!.gap.n).toBe(0);
    expect(r.items[2]!.gap.n).toBe(1);
    expect(r.unweighted.n).toBe(0);
    expect(() => addServqual(emptyServqual(), { expectations: [1], perceptions: [1] })).toThrowError(
      expect.objectContaining({ code: 'dimension_mismatch' }),
    );
  });

  const rating = fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 10 });
  const resp = fc.record({
    expectations: fc.array(rating, { minLength: 22, maxLength: 22 }),
    perceptions: fc.array(rating, { minLength: 22, maxLength: 22 }),
    points: fc.option(
      fc.constantFrom([20, 20, 20, 20, 20], [10, 30, 25, 15, 20], [0, 0, 0, 0, 100], [50, 50, 0, 0, 1]),
      { nil: null },
    ),
  });
  const batch = fc.array(resp, { maxLength: 8 });

  it('merge is associative, commutative, has an identity, and equals one pass (exact)', () => {
    fc.assert(
      fc.property(batch, batch, batch, (x, y, z) => {
        const [a, b, c] = [x, y, z].map((rs) => addServqualMany(emptyServqual(), rs)) as [
          ReturnType<typeof emptyServqual>,
          ReturnType<typeof emptyServqual>,
          ReturnType<typeof emptyServqual>,
        ];
        expect(mergeServqual(mergeServqual(a, b), c)).toEqual(mergeServqual(a, mergeServqual(b, c)));
        expect(mergeServqual(a, b)).toEqual(mergeServqual(b, a));
        expect(mergeServqual(a, emptyServqual())).toEqual(a);
        expect(mergeServqual(c, mergeServqual(a, b))).toEqual(
          addServqualMany(emptyServqual(), [...x, ...y, ...z]),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('servqual against a brute-force computation from raw answers (complete respondents)', () => {
  const complete = fc.record({
    expectations: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 22, maxLength: 22 }),
    perceptions: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 22, maxLength: 22 }),
    points: fc.constantFrom([20, 20, 20, 20, 20], [10, 30, 25, 15, 20], [0, 0, 0, 0, 100]),
  });
  it('item gaps, dimension gaps, unweighted/weighted scores and respondent-level SDs', () => {
    fc.assert(
      fc.property(fc.array(complete, { minLength: 2, maxLength: 12 }), (rs) => {
        const r = servqual(addServqualMany(emptyServqual(), rs));
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        const sd = (xs: number[]) => {
          const m = mean(xs);
          return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
        };
        const dims = [0, 1, 2, 3, 4].map((d) =>
          SERVQUAL_STANDARD_LAYOUT.flatMap((x, i) => (x === d ? [i] : [])),
        );
        const itemGap = (i: number) => mean(rs.map((x) => x.perceptions[i]! - x.expectations[i]!));
        const dimGap = dims.map((items) => mean(items.map(itemGap)));
        // per respondent: dimension gap = mean of its item gaps; unweighted = mean of dimension gaps
        const own = rs.map((x) =>
          dims.map((items) => mean(items.map((i) => x.perceptions[i]! - x.expectations[i]!))),
        );
        const unweighted = own.map(mean);
        const weighted = own.map((g, k) => g.reduce((a, gd, d) => a + (gd * rs[k]!.points[d]!) / 100, 0));
        const meanPoints = [0, 1, 2, 3, 4].map((d) => mean(rs.map((x) => x.points[d]!)));
        for (let i = 0; i < 22; i++) expect(r.items[i]!.gap.mean).toBeCloseTo(itemGap(i), 12);
        r.dimensions.forEach((d, k) => {
          expect(d.gap).toBeCloseTo(dimGap[k]!, 12);
          expect(d.respondents.sd).toBeCloseTo(sd(own.map((g) => g[k]!)), 10);
        });
        expect(r.unweighted.score).toBeCloseTo(mean(dimGap), 12);
        expect(r.unweighted.mean).toBeCloseTo(mean(unweighted), 12);
        expect(r.unweighted.sd).toBeCloseTo(sd(unweighted), 10);
        expect(r.weighted.score).toBeCloseTo(
          dimGap.reduce((a, g, d) => a + (g * meanPoints[d]!) / 100, 0),
          12,
        );
        expect(r.weighted.mean).toBeCloseTo(mean(weighted), 12);
        expect(r.weighted.sd).toBeCloseTo(sd(weighted), 10);
      }),
      { numRuns: 60 },
    );
  });
});
