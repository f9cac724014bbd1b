import { studentTQuantile } from './distributions.js';
import { checkConfidence } from './errors.js';
import type { Exclusions, ScoreHistogram, ScoreScale } from './histogram.js';
import { histogramMoments } from './histogram.js';
import type { Interval } from './interval.js';

/** Mean of a rating histogram on any scale with a Student t interval. */
export interface RatingMeanResult {
  readonly kind: 'rating_mean';
  readonly scale: ScoreScale;
  readonly n: number;
  readonly excluded: Exclusions;
  readonly mean: number;
  /** Sample standard deviation (n − 1). */
  readonly sd: number;
  readonly se: number;
  readonly df: number;
  readonly ci: Interval;
}

/** Mean, SD, SE = SD/√n and the t interval mean ± t(1−α/2, n−1)·SE (Student 1908). NaN when n < 2. */
export function ratingMean(h: ScoreHistogram, options: { confidence?: number } = {}): RatingMeanResult {
  const confidence = checkConfidence(options.confidence ?? 0.95);
  const m = histogramMoments(h);
  const sd = Math.sqrt(m.variance);
  const se = sd / Math.sqrt(m.n);
  const df = m.n - 1;
  const t = df > 0 ? studentTQuantile(1 - (1 - confidence) / 2, df) : Number.NaN;
  return {
    kind: 'rating_mean',
    scale: h.scale,
    n: m.n,
    excluded: h.excluded,
    mean: m.mean,
    sd,
    se,
    df,
    ci: { lower: m.mean - t * se, upper: m.mean + t * se, confidence, method: 't' },
  };
}
