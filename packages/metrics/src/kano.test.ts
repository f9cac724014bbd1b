import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KANO_EVALUATION_TABLE,
  kano,
  kanoAxisMean,
  kanoCategory,
  kanoCategoryCounts,
  kanoContinuous,
  prioritizeKano,
} from './kano.js';
import type { KanoAnswer } from './kano-counts.js';
import {
  addKanoPairs,
  emptyKanoCounts,
  KANO_ANSWERS,
  kanoCountsFromMatrix,
  mergeKanoCounts,
} from './kano-counts.js';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

// method-vectors.md, stp25kano README, n = 296 per item.
const vectors = [
  {
    item: 'Service app',
    counts: { M: 95, O: 123, A: 45, I: 33, R: 0, Q: 0 },
    mode: 'O',
    rule: 'O',
    better: 0.568,
    worse: -0.736,
    total: 89,
    strength: 9,
    chi: 72.49,
    fong: [28, 19.4, true],
  },
  {
    item: 'Excellent service',
    counts: { M: 101, O: 54, A: 54, I: 81, R: 3, Q: 3 },
    mode: 'M',
    rule: 'M',
    better: 0.372,
    worse: -0.534,
    total: 71,
    strength: 7,
    chi: 21.64,
    fong: [20, 18.5, true],
  },
  {
    item: 'Hotline',
    counts: { M: 15, O: 24, A: 121, I: 124, R: 6, Q: 6 },
    mode: 'I',
    rule: 'A',
    better: 0.511,
    worse: -0.137,
    total: 54,
    strength: 1,
    chi: 150.06,
    fong: [3, 19.8, false],
  },
] as const;

describe('kano (method-vectors.md three-row table)', () => {
  for (const v of vectors) {
    it(v.item, () => {
      const r = kano(v.counts);
      expect(r.n).toBe(296);
      expect(r.categoryByMode).toBe(v.mode);
      expect(r.categoryByRule).toBe(v.rule);
      expect(round(r.better, 3)).toBe(v.better);
      expect(round(r.worse, 3)).toBe(v.worse);
      expect(Math.round(r.totalStrength * 100)).toBe(v.total);
      expect(Math.round(r.categoryStrength * 100)).toBe(v.strength);
      expect(round(r.chiSquare.statistic, 2)).toBe(v.chi);
      expect(r.fong.difference).toBe(v.fong[0]);
      expect(round(r.fong.threshold, 1)).toBe(v.fong[1]);
      expect(r.fong.significant).toBe(v.fong[2]);
    });
  }
  it('χ² p-values with df 3 (scipy.stats.chi2.sf of the exact statistics 5364/74, 1569/72.5, 10654/71)', () => {
    const want = [1.2522761158739372e-15, 7.745486534775456e-5, 2.562201388923152e-32];
    vectors.forEach((v, i) => {
      const r = kano(v.counts);
      expect(r.chiSquare.df).toBe(3);
      expect(Math.abs(r.chiSquare.p - want[i]!) / want[i]!).toBeLessThan(1e-10);
    });
  });
});

describe('evaluation table', () => {
  it('matches the printed table cell by cell', () => {
    const printed = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];
    KANO_ANSWERS.forEach((f, i) => {
      KANO_ANSWERS.forEach((d, j) => {
        expect(kanoCategory(f, d)).toBe(printed[i]![j]);
      });
    });
    expect(KANO_EVALUATION_TABLE.map((r) => r.join(''))).toEqual(printed);
  });
  it('pair counts tally through the table', () => {
    const c = addKanoPairs(emptyKanoCounts(), [
      ['like', 'dislike'],
      ['like', 'neutral'],
      ['neutral', 'dislike'],
      ['neutral', 'neutral'],
      ['dislike', 'like'],
      ['like', 'like'],
      [null, 'like'],
      ['great', 'like'],
    ]);
    expect(kanoCategoryCounts(c)).toEqual({ M: 1, O: 1, A: 1, I: 1, R: 1, Q: 1 });
    expect(c.excluded).toEqual({ missing: 1, invalid: 1 });
  });
});

describe('continuous (DuMouchel) scores', () => {
  it('functional {Like, Like, Must-be, Neutral} → 2.5 (method-vectors.md)', () => {
    expect(kanoAxisMean(['like', 'like', 'must_be', 'neutral'], 'functional')).toBe(2.5);
    const c = addKanoPairs(emptyKanoCounts(), [
      ['like', 'dislike'],
      ['like', 'dislike'],
      ['must_be', 'live_with'],
      ['neutral', 'neutral'],
    ]);
    const k = kanoContinuous(c);
    expect(k.functional).toBe(2.5);
    expect(k.dysfunctional).toBe((4 + 4 + 2 + 0) / 4);
    expect(kano(c).continuous?.n).toBe(4);
  });
});

const answer = fc.constantFrom<KanoAnswer>(...KANO_ANSWERS);
const pairs = fc.array(fc.tuple(answer, answer), { maxLength: 40 });

describe('KANO pair counts are a mergeable summary', () => {
  it('merge is associative, commutative, has an identity, and equals one pass', () => {
    fc.assert(
      fc.property(pairs, pairs, pairs, (x, y, z) => {
        const [a, b, c] = [x, y, z].map((p) => addKanoPairs(emptyKanoCounts(), p)) as [
          ReturnType<typeof emptyKanoCounts>,
          ReturnType<typeof emptyKanoCounts>,
          ReturnType<typeof emptyKanoCounts>,
        ];
        expect(mergeKanoCounts(mergeKanoCounts(a, b), c)).toEqual(mergeKanoCounts(a, mergeKanoCounts(b, c)));
        expect(mergeKanoCounts(a, b)).toEqual(mergeKanoCounts(b, a));
        expect(mergeKanoCounts(a, emptyKanoCounts())).toEqual(a);
        expect(mergeKanoCounts(mergeKanoCounts(a, b), c)).toEqual(
          addKanoPairs(emptyKanoCounts(), [...x, ...y, ...z]),
        );
      }),
    );
  });
  it('rejects a non-5×5 matrix', () => {
    expect(() => kanoCountsFromMatrix([[1]])).toThrowError(
      expect.objectContaining({ code: 'dimension_mismatch' }),
    );
  });
});

describe('prioritizeKano', () => {
  it('orders M before O before A before I, then by |Worse| or Better', () => {
    const out = prioritizeKano([
      { id: 'hotline', result: kano(vectors[2].counts) }, // A by rule
      { id: 'app', result: kano(vectors[0].counts) }, // O
      { id: 'service', result: kano(vectors[1].counts) }, // M
      { id: 'm2', result: kano({ M: 200, O: 10, A: 10, I: 10, R: 0, Q: 0 }) }, // M, |Worse| 0.913
    ]);
    expect(out.map((p) => p.id)).toEqual(['m2', 'service', 'app', 'hotline']);
    expect(out.map((p) => p.rank)).toEqual([1, 2, 3, 4]);
  });
});

describe('KANO without data', () => {
  it('no answers, or only questionable ones: sufficient false, NaN shares, and ranked last', () => {
    const empty = kano({ M: 0, O: 0, A: 0, I: 0, R: 0, Q: 0 });
    expect(empty.sufficient).toBe(false);
    expect(empty.better).toBeNaN();
    expect(empty.categoryStrength).toBeNaN();
    const onlyQ = kano(addKanoPairs(emptyKanoCounts(), [['like', 'like']]));
    expect(onlyQ.sufficient).toBe(false);
    expect(onlyQ.n).toBe(1);
    expect(kano(vectors[2].counts).sufficient).toBe(true);
    // Before: an empty feature carried the placeholder category M and was ranked first.
    const out = prioritizeKano([
      { id: 'empty', result: empty },
      { id: 'hotline', result: kano(vectors[2].counts) },
      { id: 'only-q', result: onlyQ },
    ]);
    expect(out.map((p) => [p.id, p.sufficient])).toEqual([
      ['hotline', true],
      ['empty', false],
      ['only-q', false],
    ]);
  });
});

describe('KANO published vectors through the evaluation table (pair counts, not category counts)', () => {
  // One representative cell per category: M (neutral, dislike), O (like, dislike), A (like, neutral),
  // I (neutral, neutral), R (dislike, like), Q (like, like).
  const cell: Record<string, readonly [KanoAnswer, KanoAnswer]> = {
    M: ['neutral', 'dislike'],
    O: ['like', 'dislike'],
    A: ['like', 'neutral'],
    I: ['neutral', 'neutral'],
    R: ['dislike', 'like'],
    Q: ['like', 'like'],
  };
  for (const v of vectors) {
    it(v.item, () => {
      const pairs = Object.entries(v.counts).flatMap(([k, c]) => Array.from({ length: c }, () => cell[k]!));
      const r = kano(addKanoPairs(emptyKanoCounts(), pairs));
      expect(r.counts).toEqual(v.counts);
      expect([r.categoryByMode, r.categoryByRule]).toEqual([v.mode, v.rule]);
      expect([round(r.better, 3), round(r.worse, 3)]).toEqual([v.better, v.worse]);
      expect(round(r.chiSquare.statistic, 2)).toBe(v.chi);
      expect(r.continuous?.n).toBe(296);
    });
  }
});

describe('KANO pair-table validation', () => {
  it('a negative or fractional cell throws, even when the category sums would look valid', () => {
    const counts = new Array<number>(25).fill(0);
    counts[1] = -1; // (like, must_be) → A
    counts[2] = 1; // (like, neutral) → A: the A total is 0, which passed before
    expect(() =>
      kano({ kind: 'kano_pair_counts', counts, excluded: { missing: 0, invalid: 0 } }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument', path: ['counts', 1] }));
    counts[1] = 0.5;
    expect(() =>
      kanoCategoryCounts({ kind: 'kano_pair_counts', counts, excluded: { missing: 0, invalid: 0 } }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
