import { MetricsError } from './errors.js';
import { type Bilingual, bi } from './labels.js';

/** A declared integer rating scale, e.g. 0–10 (NPS), 1–5 (CSAT), 1–7 (CES 2.0). */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

export const NPS_SCALE: ScoreScale = { min: 0, max: 10 };
export const CSAT_SCALE: ScoreScale = { min: 1, max: 5 };
export const CES_SCALE: ScoreScale = { min: 1, max: 7 };

/** Why an observation was not counted on the scale. */
export type ExclusionReason = 'missing' | 'non_integer' | 'out_of_range';
export const EXCLUSION_REASONS: readonly ExclusionReason[] = ['missing', 'non_integer', 'out_of_range'];

/** Why an observation was excluded, in words. */
export const EXCLUSION_REASON_LABELS: Readonly<Record<ExclusionReason, Bilingual>> = {
  missing: bi('缺失（未作答或无法识别）', 'Missing (no answer or not a number)'),
  non_integer: bi('不是量表上的整数分值', 'Not a whole point of the scale'),
  out_of_range: bi('超出量表范围', 'Outside the scale'),
};

/** Tallies of observations that were seen but not counted, by reason. */
export interface Exclusions {
  /** `null`, `undefined` or `NaN`. */
  readonly missing: number;
  /** A finite number that is not a whole scale point (e.g. 7.5). */
  readonly nonInteger: number;
  /** A whole number outside [min, max], or ±Infinity. */
  readonly outOfRange: number;
}

export const NO_EXCLUSIONS: Exclusions = { missing: 0, nonInteger: 0, outOfRange: 0 };

/** Sum of exclusion tallies. */
export function totalExcluded(e: Exclusions): number {
  return e.missing + e.nonInteger + e.outOfRange;
}

/** Adds two exclusion tallies. */
export function mergeExclusions(a: Exclusions, b: Exclusions): Exclusions {
  return {
    missing: a.missing + b.missing,
    nonInteger: a.nonInteger + b.nonInteger,
    outOfRange: a.outOfRange + b.outOfRange,
  };
}

/**
 * Score histogram: counts per point of a declared scale (`counts[i]` is the count of `scale.min + i`),
 * plus the exclusions. A mergeable summary (DESIGN.md "Mergeable summaries"): merge is element-wise
 * addition, so any split of the data merged in any order equals one pass, exactly (integer counts).
 */
export interface ScoreHistogram {
  readonly kind: 'score_histogram';
  readonly scale: ScoreScale;
  readonly counts: readonly number[];
  readonly excluded: Exclusions;
}

/**
 * The mutable fast path: `addInto` / `mergeInto` update it without allocating; `snapshotHistogram`
 * freezes it into a `ScoreHistogram`. Use it when feeding millions of rows or merging thousands of buckets.
 */
export interface ScoreHistogramBuilder {
  readonly kind: 'score_histogram_builder';
  readonly scale: ScoreScale;
  readonly counts: Float64Array;
  missing: number;
  nonInteger: number;
  outOfRange: number;
}

const MAX_SCALE_POINTS = 1001;

/** Throws `invalid_scale` unless min < max are integers and the scale has at most 1001 points. */
export function checkScale(scale: ScoreScale): ScoreScale {
  const { min, max } = scale;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max || max - min + 1 > MAX_SCALE_POINTS) {
    throw new MetricsError('invalid_scale', `invalid scale ${min}–${max}: need integers min < max`, [
      'scale',
    ]);
  }
  return scale;
}

/**
 * Throws `invalid_scale` unless min < max are finite. For scales used as continuous axes (IPA crosshairs,
 * emotion scores, idea scores), where whole points are not required. Internal: not exported from the package.
 */
export function checkAxisScale(
  scale: ScoreScale,
  path: readonly (string | number)[] = ['scale'],
): ScoreScale {
  if (!(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.min < scale.max)) {
    throw new MetricsError(
      'invalid_scale',
      `invalid scale ${scale.min}–${scale.max}: need finite min < max`,
      path,
    );
  }
  return scale;
}

/** Number of points on the scale. */
export function scalePoints(scale: ScoreScale): number {
  return scale.max - scale.min + 1;
}

function sameScale(a: ScoreScale, b: ScoreScale): boolean {
  return a.min === b.min && a.max === b.max;
}

function checkSameScale(a: ScoreScale, b: ScoreScale): void {
  if (!sameScale(a, b)) {
    throw new MetricsError('scale_mismatch', `cannot merge scale ${a.min}–${a.max} with ${b.min}–${b.max}`);
  }
}

/** Classifies an observation against a scale: the bin index, or the exclusion reason. */
export function classifyScore(scale: ScoreScale, value: number | null | undefined): number | ExclusionReason {
  if (value === null || value === undefined || Number.isNaN(value)) return 'missing';
  if (!Number.isFinite(value)) return 'out_of_range';
  if (!Number.isInteger(value)) return 'non_integer';
  if (value < scale.min || value > scale.max) return 'out_of_range';
  return value - scale.min;
}

/** The empty histogram on a scale (identity of `mergeHistograms`). */
export function emptyHistogram(scale: ScoreScale): ScoreHistogram {
  checkScale(scale);
  return {
    kind: 'score_histogram',
    scale,
    counts: new Array<number>(scalePoints(scale)).fill(0),
    excluded: NO_EXCLUSIONS,
  };
}

/**
 * Throws `invalid_argument` unless a count is a whole number in 0…2⁵³ − 1: beyond that, doubles no longer
 * hold every integer and merges would stop being exact.
 */
function checkCount(c: number, path: readonly (string | number)[]): void {
  if (!(Number.isSafeInteger(c) && c >= 0)) {
    throw new MetricsError('invalid_argument', `count must be a whole number in 0…2^53 − 1, got ${c}`, path);
  }
}

/** Builds a histogram from counts per scale point (`counts[i]` for `scale.min + i`). */
export function histogramFromCounts(
  scale: ScoreScale,
  counts: readonly number[],
  excluded: Exclusions = NO_EXCLUSIONS,
): ScoreHistogram {
  checkScale(scale);
  if (counts.length !== scalePoints(scale)) {
    throw new MetricsError(
      'dimension_mismatch',
      `expected ${scalePoints(scale)} counts for scale ${scale.min}–${scale.max}, got ${counts.length}`,
      ['counts'],
    );
  }
  for (const [i, c] of counts.entries()) checkCount(c, ['counts', i]);
  for (const reason of ['missing', 'nonInteger', 'outOfRange'] as const) {
    checkCount(excluded[reason], ['excluded', reason]);
  }
  return {
    kind: 'score_histogram',
    scale,
    counts: [...counts],
    excluded: { missing: excluded.missing, nonInteger: excluded.nonInteger, outOfRange: excluded.outOfRange },
  };
}

/** Returns a new histogram with one observation added (or counted as excluded). */
export function addScore(h: ScoreHistogram, value: number | null | undefined): ScoreHistogram {
  return addScores(h, [value]);
}

/** Returns a new histogram with many observations added, in one allocation. */
export function addScores(h: ScoreHistogram, values: Iterable<number | null | undefined>): ScoreHistogram {
  const b = histogramBuilder(h.scale, h);
  for (const v of values) addInto(b, v);
  return snapshotHistogram(b);
}

/** Merges two histograms on the same scale (throws `scale_mismatch` otherwise). */
export function mergeHistograms(a: ScoreHistogram, b: ScoreHistogram): ScoreHistogram {
  checkSameScale(a.scale, b.scale);
  const counts = new Array<number>(a.counts.length);
  for (let i = 0; i < counts.length; i++) counts[i] = a.counts[i]! + b.counts[i]!;
  return {
    kind: 'score_histogram',
    scale: a.scale,
    counts,
    excluded: mergeExclusions(a.excluded, b.excluded),
  };
}

/** Merges any number of histograms on one scale with a single allocation (the 10,000-bucket dashboard path). */
export function mergeAllHistograms(scale: ScoreScale, hs: readonly ScoreHistogram[]): ScoreHistogram {
  const b = histogramBuilder(scale);
  for (let i = 0; i < hs.length; i++) mergeInto(b, hs[i]!);
  return snapshotHistogram(b);
}

/** A mutable builder, optionally seeded with a histogram. */
export function histogramBuilder(scale: ScoreScale, seed?: ScoreHistogram): ScoreHistogramBuilder {
  checkScale(scale);
  const b: ScoreHistogramBuilder = {
    kind: 'score_histogram_builder',
    scale,
    counts: new Float64Array(scalePoints(scale)),
    missing: 0,
    nonInteger: 0,
    outOfRange: 0,
  };
  if (seed) mergeInto(b, seed);
  return b;
}

/** Adds one observation to a builder in place (no allocation). Returns false when it was excluded. */
export function addInto(b: ScoreHistogramBuilder, value: number | null | undefined): boolean {
  const c = classifyScore(b.scale, value);
  switch (c) {
    case 'missing':
      b.missing++;
      return false;
    case 'non_integer':
      b.nonInteger++;
      return false;
    case 'out_of_range':
      b.outOfRange++;
      return false;
    default:
      b.counts[c]!++;
      return true;
  }
}

/** Adds a histogram into a builder in place (no allocation). */
export function mergeInto(b: ScoreHistogramBuilder, h: ScoreHistogram): void {
  checkSameScale(b.scale, h.scale);
  const bc = b.counts;
  const hc = h.counts;
  for (let i = 0; i < bc.length; i++) bc[i]! += hc[i]!;
  b.missing += h.excluded.missing;
  b.nonInteger += h.excluded.nonInteger;
  b.outOfRange += h.excluded.outOfRange;
}

/** Freezes a builder's current state into an immutable histogram (the builder stays usable). */
export function snapshotHistogram(b: ScoreHistogramBuilder): ScoreHistogram {
  return {
    kind: 'score_histogram',
    scale: b.scale,
    counts: Array.from(b.counts),
    excluded: { missing: b.missing, nonInteger: b.nonInteger, outOfRange: b.outOfRange },
  };
}

/** Moments of a histogram: n, Σx, Σx², mean and sample variance (n − 1). Exact sums for integer scales. */
export interface HistogramMoments {
  readonly n: number;
  readonly sum: number;
  readonly sumSquares: number;
  readonly mean: number;
  readonly variance: number;
}

/**
 * n, mean and sample variance of the counted observations. The variance is Σc·(x − mean)²/(n − 1), a second
 * pass over the bins, not (Σx² − (Σx)²/n)/(n − 1), which cancels catastrophically for large n or a scale far
 * from zero. NaN mean for n = 0; NaN variance for n < 2.
 */
export function histogramMoments(h: ScoreHistogram): HistogramMoments {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < h.counts.length; i++) {
    const c = h.counts[i]!;
    const x = h.scale.min + i;
    n += c;
    sum += c * x;
    sumSquares += c * x * x;
  }
  const mean = n > 0 ? sum / n : Number.NaN;
  let variance = Number.NaN;
  if (n > 1) {
    let ss = 0;
    for (let i = 0; i < h.counts.length; i++) {
      const c = h.counts[i]!;
      if (c > 0) ss += c * (h.scale.min + i - mean) ** 2;
    }
    variance = ss / (n - 1);
  }
  return { n, sum, sumSquares, mean, variance };
}

/** Count of observations in [from, to] (inclusive scale points). */
export function countBetween(h: ScoreHistogram, from: number, to: number): number {
  let c = 0;
  for (let x = Math.max(from, h.scale.min); x <= Math.min(to, h.scale.max); x++)
    c += h.counts[x - h.scale.min]!;
  return c;
}
