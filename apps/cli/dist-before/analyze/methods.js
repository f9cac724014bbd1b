/**
 * The statistical methods the analysis report calls, over the collector's summaries. This is the single seam
 * between the CLI and `@frontstage/metrics`: every formula belongs to the metrics package; what is here only
 * adapts summaries (histograms indexed from a scale minimum, pairwise co-moments) to its inputs.
 */
import { ces, compareBeforeAfter, csat, histogramFromCounts, kano, keyDrivers, nps, ratingMean, } from '@frontstage/metrics';
function hist(counts, lo) {
    return histogramFromCounts({ min: lo, max: lo + counts.length - 1 }, Array.from(counts));
}
function iv(i, scale = 1) {
    return { lo: i.lower * scale, hi: i.upper * scale };
}
/** n, mean, sample SD and 95 % t interval from a histogram whose index 0 is scale point `lo` (metrics `ratingMean`). */
export function histStats(counts, lo) {
    const r = ratingMean(hist(counts, lo));
    return { n: r.n, mean: r.mean, sd: r.sd, ci: iv(r.ci) };
}
/** CSAT: top-2-box share (4–5 on 1–5), Wilson interval (metrics `csat`). */
export function csatTop2(counts, lo, _hi) {
    const r = csat(hist(counts, lo));
    return { value: r.share, ci: iv(r.ci), n: r.n };
}
/** CES 2.0 top-3-box: share answering 5–7 on 1–7, Wilson interval (metrics `ces`). */
export function cesTop3(counts, lo, _hi) {
    const r = ces(hist(counts, lo));
    return { value: r.top3.share, ci: iv(r.top3.ci), n: r.n };
}
/** NPS from a 0–10 histogram (metrics `nps`, adjusted-Wald interval). */
export function npsFromHist(counts, lo) {
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
/**
 * Segment a against the rest b: metrics `compareBeforeAfter` with b as "before" and a as "after", so the
 * difference is a − b. Means by Welch's t test; NPS by the two-sample z test (difference ×100).
 */
export function segmentTest(a, b, lo, metric) {
    const r = compareBeforeAfter(hist(b, lo), hist(a, lo), { metric });
    return { difference: metric === 'nps' ? r.difference * 100 : r.difference, p: r.p };
}
/** Converts the collector's upper-triangle pairwise co-moments into the metrics `CoMoments` (pairwise). */
export function toMetricsCoMoments(co, rows) {
    const k = co.m;
    const n = new Array(k * k).fill(0);
    const sum = new Array(k * k).fill(0);
    const sumSquares = new Array(k * k).fill(0);
    const cross = new Array(k * k).fill(0);
    for (let a = 0; a < k; a++) {
        for (let b = a; b < k; b++) {
            const t = a * k + b;
            const u = b * k + a;
            n[t] = n[u] = co.n[t];
            sum[t] = co.sx[t];
            sum[u] = co.sy[t];
            sumSquares[t] = co.sxx[t];
            sumSquares[u] = co.syy[t];
            cross[t] = cross[u] = co.sxy[t];
        }
    }
    let incomplete = 0;
    for (let a = 0; a < k; a++)
        incomplete = Math.max(incomplete, rows - co.n[a * k + a]);
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
/**
 * Key drivers by relative weights (Johnson 2000) through metrics `keyDrivers`, pairwise-complete: the outcome
 * is the last variable of the co-moments.
 */
export function driverWeights(co, rows) {
    const k = co.m;
    if (k < 2)
        return null;
    const r = keyDrivers(toMetricsCoMoments(co, rows), k - 1);
    const w = r.weights;
    if (w.raw.some((x) => !Number.isFinite(x)))
        return null;
    return {
        raw: w.raw,
        rescaled: w.rescaled,
        r2: w.r2,
        r: r.correlations,
        n: r.predictors.map((i) => co.n[i * k + (k - 1)]),
        singular: w.singular,
    };
}
/** KANO result of a feature from 25 pair counts (index (functional−1)·5 + (dysfunctional−1), answers in KANO_ANSWERS order). */
export function kanoOf(pairs) {
    const counts = Array.from(pairs);
    return kano({ kind: 'kano_pair_counts', counts, excluded: { missing: 0, invalid: 0 } });
}
//# sourceMappingURL=methods.js.map