import { normalTwoSidedP, studentTQuantile, studentTTwoSidedP } from './distributions.js';
import { assertNever, checkConfidence, MetricsError } from './errors.js';
import type { ScoreHistogram } from './histogram.js';
import { countBetween, histogramMoments, scalePoints, totalExcluded } from './histogram.js';
import { type Interval, zCritical } from './interval.js';
import { type Bilingual, bi } from './labels.js';
import { npsDifference } from './nps.js';

/** Metrics that can be compared before/after. */
export type ComparableMetric = 'nps' | 'csat' | 'ces' | 'mean' | 'top_box';

export const COMPARABLE_METRIC_LABELS: Readonly<Record<ComparableMetric, Bilingual>> = {
  nps: bi('净推荐值（NPS）', 'Net Promoter Score (NPS)'),
  csat: bi('满意度（CSAT，前两格占比）', 'Satisfaction (CSAT, top-2-box share)'),
  ces: bi('费力度（CES 2.0 均值）', 'Customer effort (CES 2.0 mean)'),
  mean: bi('平均分', 'Mean rating'),
  top_box: bi('高分占比', 'Top-box share'),
};

export type Verdict = 'improved' | 'worsened' | 'no_significant_change';

export const VERDICT_LABELS: Readonly<Record<Verdict, Bilingual>> = {
  improved: bi('显著改善', 'Improved'),
  worsened: bi('显著变差', 'Worsened'),
  no_significant_change: bi('无显著变化', 'No significant change'),
};

/** The test each metric uses. */
export type ComparisonTest =
  | 'two-sample z test, unpooled variance (NPS)'
  | 'two-proportion z test, pooled'
  | 'Welch two-sample t test';

export interface CompareOptions {
  readonly metric: ComparableMetric;
  /** Default 0.95; the test's α is 1 − confidence. */
  readonly confidence?: number;
  /** For `top_box` (default 2; `csat` is always top-2-box). */
  readonly boxes?: number;
  /** Default true: an increase is an improvement (true for NPS, CSAT, CES 2.0 agreement, means). */
  readonly higherIsBetter?: boolean;
}

export interface BeforeAfterResult {
  readonly kind: 'before_after';
  readonly metric: ComparableMetric;
  readonly test: ComparisonTest;
  readonly before: { readonly value: number; readonly n: number; readonly excluded: number };
  readonly after: { readonly value: number; readonly n: number; readonly excluded: number };
  /** after − before (NPS on −1…1, shares on 0…1, means in scale points). */
  readonly difference: number;
  readonly se: number;
  readonly statistic: number;
  /** Degrees of freedom of a t test (Welch–Satterthwaite); absent for z tests. */
  readonly df?: number;
  readonly p: number;
  readonly ci: Interval;
  readonly verdict: Verdict;
  /**
   * False when the data cannot be tested: a side is empty (n < 2 for means), or the SE is 0 (every answer the
   * same on both sides). Then `statistic`, `p` and `ci` are NaN and the verdict is `no_significant_change`;
   * `difference` is still reported.
   */
  readonly sufficient: boolean;
}

/**
 * Before/after comparison of two independent samples: NPS by the z test of DESIGN.md (SE = √(Var₁/n₁ +
 * Var₂/n₂)); CSAT/top-box by the two-proportion z test (pooled SE for the test, unpooled for the interval);
 * CES and means by Welch's t test (Welch 1947) with Welch–Satterthwaite df. Verdict at α = 1 − confidence.
 * Throws `scale_mismatch` when the two histograms are on different scales and `invalid_argument` for a
 * `boxes` that is not 1…(scale points).
 */
export function compareBeforeAfter(
  before: ScoreHistogram,
  after: ScoreHistogram,
  options: CompareOptions,
): BeforeAfterResult {
  const confidence = checkConfidence(options.confidence ?? 0.95);
  if (before.scale.min !== after.scale.min || before.scale.max !== after.scale.max) {
    throw new MetricsError(
      'scale_mismatch',
      `cannot compare scale ${before.scale.min}–${before.scale.max} with ${after.scale.min}–${after.scale.max}`,
      ['after', 'scale'],
    );
  }
  const alpha = 1 - confidence;
  const higherIsBetter = options.higherIsBetter ?? true;
  const verdictOf = (difference: number, p: number, sufficient: boolean): Verdict =>
    !sufficient || !(p < alpha)
      ? 'no_significant_change'
      : difference > 0 === higherIsBetter
        ? 'improved'
        : 'worsened';
  const side = (h: ScoreHistogram, value: number, n: number) => ({
    value,
    n,
    excluded: totalExcluded(h.excluded),
  });
  // A comparison that cannot be tested reports its estimates but no statistic, p or interval.
  const settle = (r: BeforeAfterResult): BeforeAfterResult =>
    r.sufficient
      ? r
      : {
          ...r,
          statistic: Number.NaN,
          p: Number.NaN,
          ci: { ...r.ci, lower: Number.NaN, upper: Number.NaN },
        };
  const metric = options.metric;
  switch (metric) {
    case 'nps': {
      const d = npsDifference(before, after, { confidence });
      const sufficient = d.a.n > 0 && d.b.n > 0 && d.se > 0;
      return settle({
        kind: 'before_after',
        metric,
        test: 'two-sample z test, unpooled variance (NPS)',
        before: side(before, d.a.value, d.a.n),
        after: side(after, d.b.value, d.b.n),
        difference: d.delta,
        se: d.se,
        statistic: d.z,
        p: d.p,
        ci: d.ci,
        verdict: verdictOf(d.delta, d.p, sufficient),
        sufficient,
      });
    }
    case 'csat':
    case 'top_box': {
      const boxes = metric === 'csat' ? 2 : (options.boxes ?? 2);
      if (!(Number.isInteger(boxes) && boxes >= 1 && boxes <= scalePoints(before.scale))) {
        throw new MetricsError(
          'invalid_argument',
          `boxes must be 1…${scalePoints(before.scale)}, got ${boxes}`,
          ['boxes'],
        );
      }
      const count = (h: ScoreHistogram) => countBetween(h, h.scale.max - boxes + 1, h.scale.max);
      const na = histogramMoments(before).n;
      const nb = histogramMoments(after).n;
      const xa = count(before);
      const xb = count(after);
      const pa = xa / na;
      const pb = xb / nb;
      const difference = pb - pa;
      const pooled = (xa + xb) / (na + nb);
      const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
      const se = Math.sqrt((pa * (1 - pa)) / na + (pb * (1 - pb)) / nb);
      const statistic = difference / sePooled;
      const p = normalTwoSidedP(statistic);
      const z = zCritical(confidence);
      return settle({
        kind: 'before_after',
        metric,
        test: 'two-proportion z test, pooled',
        before: side(before, pa, na),
        after: side(after, pb, nb),
        difference,
        se,
        statistic,
        p,
        ci: { lower: difference - z * se, upper: difference + z * se, confidence, method: 'z' },
        verdict: verdictOf(difference, p, na > 0 && nb > 0 && sePooled > 0),
        sufficient: na > 0 && nb > 0 && sePooled > 0,
      });
    }
    case 'ces':
    case 'mean': {
      const a = histogramMoments(before);
      const b = histogramMoments(after);
      const va = a.variance / a.n;
      const vb = b.variance / b.n;
      const se = Math.sqrt(va + vb);
      const difference = b.mean - a.mean;
      const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
      const statistic = difference / se;
      const p = studentTTwoSidedP(statistic, df);
      const t = studentTQuantile(1 - alpha / 2, df);
      return settle({
        kind: 'before_after',
        metric,
        test: 'Welch two-sample t test',
        before: side(before, a.mean, a.n),
        after: side(after, b.mean, b.n),
        difference,
        se,
        statistic,
        df,
        p,
        ci: { lower: difference - t * se, upper: difference + t * se, confidence, method: 'welch-t' },
        verdict: verdictOf(difference, p, a.n > 1 && b.n > 1 && se > 0),
        sufficient: a.n > 1 && b.n > 1 && se > 0,
      });
    }
    default:
      return assertNever(metric);
  }
}
