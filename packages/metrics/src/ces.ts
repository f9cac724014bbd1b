import type { TopBoxResult } from './csat.js';
import { topBox } from './csat.js';
import type { Exclusions, ScoreHistogram, ScoreScale } from './histogram.js';
import type { Interval } from './interval.js';
import { ratingMean } from './rating-mean.js';

/** Customer Effort Score (CES 2.0) summary of a 1–7 agreement histogram. */
export interface CesResult {
  readonly kind: 'ces';
  readonly scale: ScoreScale;
  readonly n: number;
  readonly excluded: Exclusions;
  readonly mean: number;
  readonly sd: number;
  readonly se: number;
  readonly ci: Interval;
  /** Share of 5–7 on 1–7 (the top three points of the scale). */
  readonly top3: TopBoxResult;
  /** Share of 6–7 on 1–7 (the top two points of the scale). */
  readonly top2: TopBoxResult;
}

/**
 * CES 2.0 (Dixon, Freeman & Toman 2010; CEB 2013): agreement with "the company made it easy to handle my
 * issue" on 1–7; mean with a t interval, top-3-box (5–7) and top-2-box (6–7) with Wilson intervals.
 * Top boxes are the top points of whatever scale the histogram declares.
 */
export function ces(h: ScoreHistogram, options: { confidence?: number } = {}): CesResult {
  const m = ratingMean(h, options);
  return {
    kind: 'ces',
    scale: h.scale,
    n: m.n,
    excluded: h.excluded,
    mean: m.mean,
    sd: m.sd,
    se: m.se,
    ci: m.ci,
    top3: topBox(h, 3, options),
    top2: topBox(h, 2, options),
  };
}
