/**
 * The statistical methods the analysis report calls, over the collector's summaries. This is the single seam
 * between the CLI and `@frontstage/metrics`: every formula belongs to the metrics package; what is here only
 * adapts summaries (histograms indexed from a scale minimum, pairwise co-moments) to its inputs.
 */
import {
  ces,
  compareBeforeAfter,
  csat,
  histogramFromCounts,
  type KanoResult,
  kano,
  keyDrivers,
  type CoMoments as MetricsCoMoments,
  nps,
  ratingMean,
  type ScoreHistogram,
} from '@frontstage/metrics';
import type { CoMoments } from './collect.js';

export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

export interface ScoreStats {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  /** 95 % t interval of the mean. */
  readonly ci: Interval;
}

function hist(counts: ArrayLike<number>, lo: number): ScoreHistogram {
  return histogramFromCounts({ min: lo, max: lo + counts.length - 1 }, Array.from(counts));
}

function iv(i: { lower: number; upper: number }, scale = 1): Interval {
  return { lo: i.lower * scale, hi: i.upper * scale };
}

/** n, mean, sample SD and 95 % t interval from a histogram whose index 0 is scale point `lo` (metrics `ratingMean`). */
export function histStats(counts: ArrayLike<number>, lo: number): ScoreStats {
  const r = ratingMean(hist(counts, lo));
  return { n: r.n, mean: r.mean, sd: r.sd, ci: iv(r.ci) };
}

export interface Share {
  readonly value: number;
  readonly ci: Interval;
  readonly n: number;
}

/** CSAT: top-2-box share (4–5 on 1–5), Wilson interval (metrics `csat`). */
export function csatTop2(counts: ArrayLike<number>, lo: number, _hi: number): Share {
  const r = csat(hist(counts, lo));
  return { value: r.share, ci: iv(r.ci), n: r.n };
}

/** CES 2.0 top-3-box: share answering 5–7 on 1–7, Wilson interval (metrics `ces`). */
export function cesTop3(counts: ArrayLike<number>, lo: number, _hi: number): Share {
  const r = ces(hist(counts, lo));
  return { value: r.top3.share, ci: iv(r.top3.ci), n: r.n };
}

export interface NpsStats {
  readonly n: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** On −100…100. */
  readonly nps: number;
  /** Adjusted-Wald 95 % interval (MeasuringU), ×100. */
  readonly ci: Interval;
}

/** NPS from a 0–10 histogram (metrics `nps`, adjusted-Wald interval). */
export function npsFromHist(counts: ArrayLike<number>, lo: number): NpsStats {
  const r = nps(hist(counts, lo), { interval: 'adjusted-wald' });
  return {
    n: r.n,
    promoters: r.promoters,
    passives: r.passives,
    detractors: r.detractors,
    nps: r.score,
    ci: iv(r.ci, 100),
  };
}

/** Difference of a segment to the rest (a − b) and its two-sided p-value. */
export interface SegmentTest {
  readonly difference: number;
  readonly p: number;
}

/**
 * Segment a against the rest b: metrics `compareBeforeAfter` with b as "before" and a as "after", so the
 * difference is a − b. Means by Welch's t test; NPS by the two-sample z test (difference ×100).
 */
export function segmentTest(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  lo: number,
  metric: 'mean' | 'nps',
): SegmentTest {
  const r = compareBeforeAfter(hist(b, lo), hist(a, lo), { metric });
  return { difference: metric === 'nps' ? r.difference * 100 : r.difference, p: r.p };
}

/** Converts the collector's upper-triangle pairwise co-moments into the metrics `CoMoments` (pairwise). */
export function toMetricsCoMoments(co: CoMoments, rows: number): MetricsCoMoments {
  const k = co.m;
  const n = new Array<number>(k * k).fill(0);
  const sum = new Array<number>(k * k).fill(0);
  const sumSquares = new Array<number>(k * k).fill(0);
  const cross = new Array<number>(k * k).fill(0);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const t = a * k + b;
      const u = b * k + a;
      n[t] = n[u] = co.n[t]!;
      sum[t] = co.sx[t]!;
      sum[u] = co.sy[t]!;
      sumSquares[t] = co.sxx[t]!;
      sumSquares[u] = co.syy[t]!;
      cross[t] = cross[u] = co.sxy[t]!;
    }
  }
  let incomplete = 0;
  for (let a = 0; a < k; a++) incomplete = Math.max(incomplete, rows - co.n[a * k + a]!);
  return {
    kind: 'comoments',
    k,
    missing: 'pairwise',
    rows,
    n,
    sum,
    sumSquares,
    cross,
    incompleteRows: incomplete,
  };
}

export interface DriverWeights {
  /** Raw relative weights; they sum to R². */
  readonly raw: readonly number[];
  /** Share of R², summing to 1. */
  readonly rescaled: readonly number[];
  readonly r2: number;
  /** Zero-order correlation of each predictor with the outcome (point-biserial for a 0/1 outcome). */
  readonly r: readonly number[];
  /** Pairwise n of each predictor with the outcome. */
  readonly n: readonly number[];
  readonly singular: boolean;
}

/**
 * Key drivers by relative weights (Johnson 2000) through metrics `keyDrivers`, pairwise-complete: the outcome
 * is the last variable of the co-moments.
 */
export function driverWeights(co: CoMoments, rows: number): DriverWeights | null {
  const k = co.m;
  if (k < 2) return null;
  const r = keyDrivers(toMetricsCoMoments(co, rows), k - 1);
  const w = r.weights;
  if (w.raw.some((x) => !Number.isFinite(x))) return null;
  return {
    raw: w.raw,
    rescaled: w.rescaled,
    r2: w.r2,
    r: r.correlations,
    n: r.predictors.map((i) => co.n[i * k + (k - 1)]!),
    singular: w.singular,
  };
}

/** KANO result of a feature from 25 pair counts (index (functional−1)·5 + (dysfunctional−1), answers in KANO_ANSWERS order). */
export function kanoOf(pairs: ArrayLike<number>): KanoResult {
  const counts = Array.from(pairs);
  return kano({ kind: 'kano_pair_counts', counts, excluded: { missing: 0, invalid: 0 } });
}
