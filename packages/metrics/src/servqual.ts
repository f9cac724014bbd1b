import { studentTQuantile } from './distributions.js';
import { checkConfidence, MetricsError } from './errors.js';
import type { ScoreScale } from './histogram.js';
import type { Interval } from './interval.js';
import { type Bilingual, bi } from './labels.js';
import {
  type ScaledMoments,
  SERVQUAL_DIMENSIONS,
  type ServqualDimension,
  type ServqualExclusions,
  type ServqualSums,
  servqualScales,
} from './servqual-sums.js';

export const SERVQUAL_DIMENSION_LABELS: Readonly<Record<ServqualDimension, Bilingual>> = {
  tangibles: bi('有形性', 'Tangibles'),
  reliability: bi('可靠性', 'Reliability'),
  responsiveness: bi('响应性', 'Responsiveness'),
  assurance: bi('保证性', 'Assurance'),
  empathy: bi('移情性', 'Empathy'),
};

/** A mean with its n, SD, SE and t interval. */
export interface MeanEstimate {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly se: number;
  readonly ci: Interval;
}

function estimate(
  n: number,
  sum: number,
  sumSquares: number,
  scale: number,
  confidence: number,
): MeanEstimate {
  const mean = n > 0 ? sum / scale / n : Number.NaN;
  const variance =
    n > 1 ? Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1)) / (scale * scale) : Number.NaN;
  const sd = Math.sqrt(variance);
  const se = sd / Math.sqrt(n);
  const t = n > 1 ? studentTQuantile(1 - (1 - confidence) / 2, n - 1) : Number.NaN;
  return { n, mean, sd, se, ci: { lower: mean - t * se, upper: mean + t * se, confidence, method: 't' } };
}

function fromMoments(m: ScaledMoments, scale: number, confidence: number): MeanEstimate {
  return estimate(m.n, m.sum, m.sumSquares, scale, confidence);
}

export interface ServqualItemResult {
  /** 1-based item number. */
  readonly item: number;
  readonly dimension: ServqualDimension | number;
  readonly expectation: number;
  readonly perception: number;
  /** Gap P − E with its interval (respondents who answered both). */
  readonly gap: MeanEstimate;
}

export interface ServqualDimensionResult {
  readonly dimension: ServqualDimension | number;
  readonly items: readonly number[];
  /** Mean of the item gap means (DESIGN.md: dimension = mean of its items). */
  readonly gap: number;
  readonly expectation: number;
  readonly perception: number;
  /** Respondent-level dimension gap of complete respondents: its mean and t interval. */
  readonly respondents: MeanEstimate;
  /** Mean importance points (of 100) given to the dimension; NaN when nobody allocated points. */
  readonly importance: number;
}

/** SERVQUAL result: item and dimension gaps, unweighted and weighted scores. */
export interface ServqualResult {
  readonly kind: 'servqual';
  /** The rating scale of E and P (gaps run from −(max − min) to max − min). */
  readonly scale: ScoreScale;
  readonly respondents: number;
  readonly items: readonly ServqualItemResult[];
  readonly dimensions: readonly ServqualDimensionResult[];
  /** Mean of the dimension gaps; `ci` from complete respondents' own unweighted scores (n = `unweighted.n`). */
  readonly unweighted: { readonly score: number } & MeanEstimate;
  /** Σ dimension gap × mean points/100; `ci` from complete respondents with valid points. */
  readonly weighted: { readonly score: number; readonly weights: readonly number[] } & MeanEstimate;
  readonly excluded: ServqualExclusions;
}

/**
 * SERVQUAL scores from dimension gaps (Parasuraman, Zeithaml & Berry 1988; Zeithaml et al. 1990):
 * unweighted = mean of the dimension gaps; weighted = Σ gap_d × points_d/100 (points as split by respondents).
 */
export function servqualScores(
  dimensionGaps: readonly number[],
  points?: readonly number[],
): { readonly unweighted: number; readonly weighted: number } {
  const unweighted = dimensionGaps.reduce((a, b) => a + b, 0) / dimensionGaps.length;
  if (points && points.length !== dimensionGaps.length) {
    throw new MetricsError('dimension_mismatch', 'one importance weight per dimension', ['points']);
  }
  const weighted = points ? dimensionGaps.reduce((a, g, d) => a + (g * points[d]!) / 100, 0) : Number.NaN;
  return { unweighted, weighted };
}

/**
 * SERVQUAL analysis of a summary: item gaps P − E (pairwise complete, t intervals), dimension gaps (mean of
 * their items), unweighted and weighted scores. Point estimates use all valid pairs; intervals of dimension and
 * overall scores use respondents complete on every item (listwise), whose n each estimate reports.
 */
export function servqual(s: ServqualSums, options: { confidence?: number } = {}): ServqualResult {
  const confidence = checkConfidence(options.confidence ?? 0.95);
  const standard = s.layout.length === 22 && s.dimensionTotals.length === 5;
  const dimName = (d: number): ServqualDimension | number => (standard ? SERVQUAL_DIMENSIONS[d]! : d);
  const items: ServqualItemResult[] = s.items.map((it, i) => ({
    item: i + 1,
    dimension: dimName(s.layout[i]!),
    expectation: it.n > 0 ? it.sumE / it.n : Number.NaN,
    perception: it.n > 0 ? it.sumP / it.n : Number.NaN,
    gap: estimate(it.n, it.sumGap, it.sumGapSquares, 1, confidence),
  }));
  const weights = s.points.sums.map((x) => (s.points.n > 0 ? x / s.points.n : Number.NaN));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const dimensions: ServqualDimensionResult[] = s.dimensionTotals.map((m, d) => {
    const its = items.filter((_, i) => s.layout[i] === d);
    return {
      dimension: dimName(d),
      items: its.map((x) => x.item),
      gap: mean(its.map((x) => x.gap.mean)),
      expectation: mean(its.map((x) => x.expectation)),
      perception: mean(its.map((x) => x.perception)),
      respondents: fromMoments(m, its.length, confidence),
      importance: weights[d]!,
    };
  });
  const scores = servqualScores(
    dimensions.map((d) => d.gap),
    s.points.n > 0 ? weights : undefined,
  );
  const { unweightedScale, weightedScale } = servqualScales(s.layout);
  return {
    kind: 'servqual',
    scale: s.scale,
    respondents: s.respondents,
    items,
    dimensions,
    unweighted: { score: scores.unweighted, ...fromMoments(s.unweighted, unweightedScale, confidence) },
    weighted: { score: scores.weighted, weights, ...fromMoments(s.weighted, weightedScale, confidence) },
    excluded: s.excluded,
  };
}
