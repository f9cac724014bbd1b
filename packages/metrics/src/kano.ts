import { chiSquareSurvival } from './distributions.js';
import { MetricsError } from './errors.js';
import type { KanoAnswer, KanoExclusions, KanoPairCounts } from './kano-counts.js';
import { KANO_ANSWERS } from './kano-counts.js';
import { type Bilingual, bi } from './labels.js';

/**
 * KANO categories (Kano et al. 1984; Berger et al. 1993): M must-be, O one-dimensional, A attractive,
 * I indifferent, R reverse, Q questionable.
 */
export type KanoCategory = 'M' | 'O' | 'A' | 'I' | 'R' | 'Q';
export const KANO_CATEGORIES: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

export const KANO_CATEGORY_LABELS: Readonly<Record<KanoCategory, Bilingual>> = {
  M: bi('必备属性', 'Must-be'),
  O: bi('期望属性（一维）', 'One-dimensional'),
  A: bi('魅力属性', 'Attractive'),
  I: bi('无差异属性', 'Indifferent'),
  R: bi('反向属性', 'Reverse'),
  Q: bi('可疑结果', 'Questionable'),
};

/**
 * The KANO evaluation table (Berger et al. 1993), rows functional, columns dysfunctional, both in the order
 * like, must-be, neutral, live-with, dislike.
 */
export const KANO_EVALUATION_TABLE: readonly (readonly KanoCategory[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

/** Category of one answer pair via the evaluation table. */
export function kanoCategory(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  const f = KANO_ANSWERS.indexOf(functional);
  const d = KANO_ANSWERS.indexOf(dysfunctional);
  if (f < 0 || d < 0) {
    throw new MetricsError('invalid_argument', `not a KANO answer pair: ${functional}, ${dysfunctional}`);
  }
  return KANO_EVALUATION_TABLE[f]![d]!;
}

/** Respondent counts per category for one feature. */
export type KanoCategoryCounts = Readonly<Record<KanoCategory, number>>;

/**
 * Tallies a pair table into category counts through the evaluation table. Throws `invalid_argument` on a
 * cell that is not a whole number ≥ 0 (a −1 and a +1 in two cells of one category would otherwise cancel).
 */
export function kanoCategoryCounts(c: KanoPairCounts): KanoCategoryCounts {
  if (c.counts.length !== 25) {
    throw new MetricsError('dimension_mismatch', `a KANO pair table has 25 counts, got ${c.counts.length}`, [
      'counts',
    ]);
  }
  for (const [i, x] of c.counts.entries()) {
    if (!(Number.isSafeInteger(x) && x >= 0)) {
      throw new MetricsError('invalid_argument', `pair count must be a whole number ≥ 0, got ${x}`, [
        'counts',
        i,
      ]);
    }
  }
  const out: Record<KanoCategory, number> = { M: 0, O: 0, A: 0, I: 0, R: 0, Q: 0 };
  for (let f = 0; f < 5; f++)
    for (let d = 0; d < 5; d++) out[KANO_EVALUATION_TABLE[f]![d]!] += c.counts[f * 5 + d]!;
  return out;
}

/** Continuous (DuMouchel) coordinates of a feature: mean score on each axis, with SDs. */
export interface KanoContinuous {
  /** Mean functional score (like 4, must-be 2, neutral 0, live-with −1, dislike −2). */
  readonly functional: number;
  /** Mean dysfunctional score (like −2, must-be −1, neutral 0, live-with 2, dislike 4). */
  readonly dysfunctional: number;
  readonly functionalSd: number;
  readonly dysfunctionalSd: number;
  readonly n: number;
}

/** DuMouchel's asymmetric scores (as used by Berger et al. 1993 continuous analysis). */
export const KANO_FUNCTIONAL_SCORES: Readonly<Record<KanoAnswer, number>> = {
  like: 4,
  must_be: 2,
  neutral: 0,
  live_with: -1,
  dislike: -2,
};
export const KANO_DYSFUNCTIONAL_SCORES: Readonly<Record<KanoAnswer, number>> = {
  like: -2,
  must_be: -1,
  neutral: 0,
  live_with: 2,
  dislike: 4,
};

/** Mean of DuMouchel scores over a list of answers on one axis. */
export function kanoAxisMean(answers: readonly KanoAnswer[], axis: 'functional' | 'dysfunctional'): number {
  const s = axis === 'functional' ? KANO_FUNCTIONAL_SCORES : KANO_DYSFUNCTIONAL_SCORES;
  return answers.reduce((acc, a) => acc + s[a], 0) / answers.length;
}

/**
 * Continuous KANO scores (DuMouchel; Berger et al. 1993): the mean functional and dysfunctional scores over all
 * counted pairs, including questionable ones (a Q pair still carries both answers).
 */
export function kanoContinuous(c: KanoPairCounts): KanoContinuous {
  let n = 0;
  let sf = 0;
  let sf2 = 0;
  let sd = 0;
  let sd2 = 0;
  for (let f = 0; f < 5; f++) {
    for (let d = 0; d < 5; d++) {
      const k = c.counts[f * 5 + d]!;
      const x = KANO_FUNCTIONAL_SCORES[KANO_ANSWERS[f]!];
      const y = KANO_DYSFUNCTIONAL_SCORES[KANO_ANSWERS[d]!];
      n += k;
      sf += k * x;
      sf2 += k * x * x;
      sd += k * y;
      sd2 += k * y * y;
    }
  }
  const sdOf = (s: number, s2: number) =>
    n > 1 ? Math.sqrt(Math.max(0, (s2 - (s * s) / n) / (n - 1))) : Number.NaN;
  return {
    functional: n > 0 ? sf / n : Number.NaN,
    dysfunctional: n > 0 ? sd / n : Number.NaN,
    functionalSd: sdOf(sf, sf2),
    dysfunctionalSd: sdOf(sd, sd2),
    n,
  };
}

/** KANO analysis of one feature. */
export interface KanoResult {
  readonly kind: 'kano';
  readonly counts: KanoCategoryCounts;
  /** All counted respondents, R and Q included (the n of strengths and the Fong test). */
  readonly n: number;
  /** Pairs not counted (missing or invalid answers); empty when built from category counts. */
  readonly excluded: KanoExclusions;
  /** Most frequent of M, O, A, I, R (ties: first in that order). */
  readonly categoryByMode: KanoCategory;
  /** Mode, or — when category strength ≤ threshold — the first of M, O, A, I among the two largest (R last). */
  readonly categoryByRule: KanoCategory;
  /** Better = (A + O)/(A + O + M + I). */
  readonly better: number;
  /** Worse = −(O + M)/(A + O + M + I). */
  readonly worse: number;
  /** (A + O + M)/n. */
  readonly totalStrength: number;
  /** (largest − second largest of O, A, M, I, R)/n. */
  readonly categoryStrength: number;
  /** χ² goodness of fit of M, O, A, I against equal shares (df 3). */
  readonly chiSquare: { readonly statistic: number; readonly df: 3; readonly p: number };
  /** Fong (1996): |m1 − m2| against 1.65·√((m1+m2)(2n−m1−m2)/(2n)). */
  readonly fong: {
    readonly difference: number;
    readonly threshold: number;
    readonly significant: boolean;
    readonly first: KanoCategory;
    readonly second: KanoCategory;
  };
  /** DuMouchel continuous scores; present only when computed from pair counts. */
  readonly continuous?: KanoContinuous;
  /**
   * False when no respondent fell in M, O, A, I or R (n = 0, or only Q answers): then the categories are
   * placeholders ('M' by the tie order), strengths and Better/Worse are NaN, and `prioritizeKano` ranks the
   * feature last. Check it before showing a category.
   */
  readonly sufficient: boolean;
}

const RANKED: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R'];

/** Options: `ruleThreshold` defaults to 0.06 (category strength at or below which the M>O>A>I rule applies). */
export interface KanoOptions {
  readonly ruleThreshold?: number;
}

function isPairCounts(x: KanoPairCounts | KanoCategoryCounts): x is KanoPairCounts {
  return (x as KanoPairCounts).kind === 'kano_pair_counts';
}

/**
 * KANO evaluation of one feature (Berger et al. 1993; stp25kano conventions): category by mode and by the
 * M > O > A > I rule, Better/Worse (Timko), total and category strength, χ² goodness of fit over M, O, A, I,
 * and Fong's (1996) test of the two most frequent categories.
 */
export function kano(input: KanoPairCounts | KanoCategoryCounts, options: KanoOptions = {}): KanoResult {
  const threshold = options.ruleThreshold ?? 0.06;
  const counts = isPairCounts(input) ? kanoCategoryCounts(input) : { ...input };
  for (const k of KANO_CATEGORIES) {
    if (!(Number.isInteger(counts[k]) && counts[k] >= 0)) {
      throw new MetricsError('invalid_argument', `count of ${k} must be a non-negative integer`, [
        'counts',
        k,
      ]);
    }
  }
  const { M, O, A, I, R, Q } = counts;
  const n = M + O + A + I + R + Q;
  const sorted = [...RANKED].sort((x, y) => counts[y] - counts[x] || RANKED.indexOf(x) - RANKED.indexOf(y));
  const first = sorted[0]!;
  const second = sorted[1]!;
  const categoryStrength = n > 0 ? (counts[first] - counts[second]) / n : Number.NaN;
  const categoryByRule =
    categoryStrength <= threshold ? (RANKED.indexOf(first) < RANKED.indexOf(second) ? first : second) : first;
  const core = A + O + M + I;
  const expected = core / 4;
  const statistic =
    core > 0 ? [M, O, A, I].reduce((s, o) => s + (o - expected) ** 2 / expected, 0) : Number.NaN;
  const m1 = counts[first];
  const m2 = counts[second];
  const fongThreshold = n > 0 ? 1.65 * Math.sqrt(((m1 + m2) * (2 * n - m1 - m2)) / (2 * n)) : Number.NaN;
  const difference = m1 - m2;
  const sufficient = M + O + A + I + R > 0;
  const result: KanoResult = {
    kind: 'kano',
    counts,
    n,
    excluded: isPairCounts(input) ? input.excluded : { missing: 0, invalid: 0 },
    categoryByMode: first,
    categoryByRule,
    better: core > 0 ? (A + O) / core : Number.NaN,
    worse: core > 0 ? -(O + M) / core : Number.NaN,
    totalStrength: n > 0 ? (A + O + M) / n : Number.NaN,
    categoryStrength,
    chiSquare: { statistic, df: 3, p: chiSquareSurvival(statistic, 3) },
    fong: { difference, threshold: fongThreshold, significant: difference >= fongThreshold, first, second },
    sufficient,
  };
  return isPairCounts(input) ? { ...result, continuous: kanoContinuous(input) } : result;
}

/** A feature to prioritize: its id and KANO result. */
export interface KanoFeature {
  readonly id: string;
  readonly result: KanoResult;
}

/** A prioritized feature with its rank (1 = do first). */
export interface KanoPriority {
  readonly id: string;
  readonly rank: number;
  readonly category: KanoCategory;
  readonly better: number;
  readonly worse: number;
  /** The within-category sort key: |Worse| for M and O, Better for A and I (higher first). */
  readonly key: number;
  /** The feature's `KanoResult.sufficient`; insufficient features rank after all others. */
  readonly sufficient: boolean;
}

const PRIORITY_ORDER: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/**
 * Prioritizes features (Berger et al. 1993: "M > O > A > I"): by `categoryByRule` in the order M, O, A, I
 * (then R, Q); within M and O by |Worse| (the dissatisfaction avoided) then Better; within A and I by Better
 * (the satisfaction gained) then |Worse|; ties keep the input order. Features without data (`sufficient`
 * false) come last, whatever placeholder category they carry.
 */
export function prioritizeKano(features: readonly KanoFeature[]): readonly KanoPriority[] {
  const rows = features.map((f, i) => {
    const category = f.result.categoryByRule;
    const absWorse = Math.abs(f.result.worse);
    const better = f.result.better;
    const byWorse = category === 'M' || category === 'O';
    return {
      id: f.id,
      i,
      // Results built before `sufficient` existed: judge by the counts.
      sufficient: f.result.sufficient ?? f.result.n - f.result.counts.Q > 0,
      category,
      better,
      worse: f.result.worse,
      key: byWorse ? absWorse : better,
      tie: byWorse ? better : absWorse,
    };
  });
  rows.sort(
    (x, y) =>
      Number(y.sufficient) - Number(x.sufficient) ||
      PRIORITY_ORDER.indexOf(x.category) - PRIORITY_ORDER.indexOf(y.category) ||
      (y.key || 0) - (x.key || 0) ||
      (y.tie || 0) - (x.tie || 0) ||
      x.i - y.i,
  );
  return rows.map((r, k) => ({
    id: r.id,
    rank: k + 1,
    category: r.category,
    better: r.better,
    worse: r.worse,
    key: r.key,
    sufficient: r.sufficient,
  }));
}
