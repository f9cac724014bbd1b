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
  it('χ² p-value uses df 3', () => {
    const r = kano(vectors[1].counts);
    expect(r.chiSquare.p).toBeGreaterThan(0);
    expect(r.chiSquare.p).toBeLessThan(0.001); // χ²(3) 0.999 quantile is 16.27
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
