/**
 * The statistical methods the analysis report calls, over the collector's summaries. This is the single seam
 * between the CLI and `@frontstage/metrics`: every formula belongs to the metrics package; what is here only
 * adapts summaries (histograms indexed from a scale minimum, pairwise co-moments) to its inputs.
 */
import { type KanoResult, type CoMoments as MetricsCoMoments } from '@frontstage/metrics';
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
/** n, mean, sample SD and 95 % t interval from a histogram whose index 0 is scale point `lo` (metrics `ratingMean`). */
export declare function histStats(counts: ArrayLike<number>, lo: number): ScoreStats;
export interface Share {
    readonly value: number;
    readonly ci: Interval;
    readonly n: number;
}
/** CSAT: top-2-box share (4–5 on 1–5), Wilson interval (metrics `csat`). */
export declare function csatTop2(counts: ArrayLike<number>, lo: number, _hi: number): Share;
/** CES 2.0 top-3-box: share answering 5–7 on 1–7, Wilson interval (metrics `ces`). */
export declare function cesTop3(counts: ArrayLike<number>, lo: number, _hi: number): Share;
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
export declare function npsFromHist(counts: ArrayLike<number>, lo: number): NpsStats;
/** Difference of a segment to the rest (a − b) and its two-sided p-value. */
export interface SegmentTest {
    readonly difference: number;
    readonly p: number;
}
/**
 * Segment a against the rest b: metrics `compareBeforeAfter` with b as "before" and a as "after", so the
 * difference is a − b. Means by Welch's t test; NPS by the two-sample z test (difference ×100).
 */
export declare function segmentTest(a: ArrayLike<number>, b: ArrayLike<number>, lo: number, metric: 'mean' | 'nps'): SegmentTest;
/** Converts the collector's upper-triangle pairwise co-moments into the metrics `CoMoments` (pairwise). */
export declare function toMetricsCoMoments(co: CoMoments, rows: number): MetricsCoMoments;
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
export declare function driverWeights(co: CoMoments, rows: number): DriverWeights | null;
/** KANO result of a feature from 25 pair counts (index (functional−1)·5 + (dysfunctional−1), answers in KANO_ANSWERS order). */
export declare function kanoOf(pairs: ArrayLike<number>): KanoResult;
//# sourceMappingURL=methods.d.ts.map