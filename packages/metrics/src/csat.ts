import { checkConfidence, MetricsError } from './errors.js';
import type { Exclusions, ScoreHistogram, ScoreScale } from './histogram.js';
import { countBetween, scalePoints } from './histogram.js';
import { type Interval, wilsonInterval } from './interval.js';

/** A top-box share: the proportion answering one of the top `boxes` points, with a Wilson interval. */
export interface TopBoxResult {
  readonly kind: 'top_box';
  readonly scale: ScoreScale;
  readonly boxes: number;
  /** Lowest scale point counted as "top box". */
  readonly from: number;
  readonly count: number;
  readonly n: number;
  readonly excluded: Exclusions;
  readonly share: number;
  readonly ci: Interval;
}

/** Share of answers in the top `boxes` points of the histogram's scale, with a Wilson interval (Wilson 1927). */
export function topBox(
  h: ScoreHistogram,
  boxes: number,
  options: { confidence?: number } = {},
): TopBoxResult {
  const confidence = checkConfidence(options.confidence ?? 0.95);
  if (!(Number.isInteger(boxes) && boxes >= 1 && boxes <= scalePoints(h.scale))) {
    throw new MetricsError('invalid_argument', `boxes must be 1…${scalePoints(h.scale)}, got ${boxes}`, [
      'boxes',
    ]);
  }
  const from = h.scale.max - boxes + 1;
  const count = countBetween(h, from, h.scale.max);
  const n = countBetween(h, h.scale.min, h.scale.max);
  return {
    kind: 'top_box',
    scale: h.scale,
    boxes,
    from,
    count,
    n,
    excluded: h.excluded,
    share: n > 0 ? count / n : Number.NaN,
    ci: wilsonInterval(count, n, confidence),
  };
}

/** CSAT: top-2-box share on a satisfaction scale (4–5 on 1–5), with a Wilson interval. */
export interface CsatResult extends Omit<TopBoxResult, 'kind'> {
  readonly kind: 'csat';
}

/** CSAT = share answering the top two points (4–5 on 1–5) with a Wilson score interval (DESIGN.md Methods). */
export function csat(h: ScoreHistogram, options: { confidence?: number; boxes?: number } = {}): CsatResult {
  const r = topBox(h, options.boxes ?? 2, options);
  return { ...r, kind: 'csat' };
}
