/**
 * The `frontstage stats` method table: each entry exposes one `@frontstage/metrics` method with its input shape,
 * an example input, and an adapter from validated JSON to the call. No maths here: only the call.
 */
import * as M from '@frontstage/metrics';
import { any, arr, int, num, obj, rec, str } from './shape.js';
/** A method-level input problem found after shape validation (e.g. neither counts nor scores). */
export class InputError extends Error {
    field;
    constructor(field, message) {
        super(message);
        this.field = field;
    }
}
const scaleShape = obj({ min: int('lowest scale point'), max: int('highest scale point') }, [], 'scale');
const confidence = num('confidence level in (0, 1), default 0.95', { min: 0, max: 1 });
/** Histogram input: `counts` per scale point from `scale.min`, or raw `scores` to be counted. */
function histogramShape(extra = {}) {
    return obj({ scale: scaleShape, counts: arr(num('count', { min: 0 })), scores: arr(num('score')), ...extra }, ['scale', 'counts', 'scores', ...Object.keys(extra)]);
}
function toHistogram(input, defaultScale, prefix = '') {
    const scale = input.scale ?? defaultScale;
    if (!scale)
        throw new InputError(`${prefix}scale`, 'is required for this method, e.g. {"min": 1, "max": 5}');
    if (Array.isArray(input.counts)) {
        return M.histogramFromCounts(scale, input.counts);
    }
    if (Array.isArray(input.scores))
        return M.addScores(M.emptyHistogram(scale), input.scores);
    throw new InputError(`${prefix}counts`, 'give either "counts" (per scale point) or "scores" (raw answers)');
}
function opt(input) {
    return typeof input.confidence === 'number' ? { confidence: input.confidence } : {};
}
const histogramPair = obj({ a: histogramShape(), b: histogramShape(), confidence }, ['confidence']);
/** Every method, in `--list` order. */
export const METHODS = [
    {
        name: 'histogram',
        summary: 'count raw scores into a score histogram (the mergeable summary), with exclusions',
        input: obj({ scale: scaleShape, scores: arr(num('score')) }),
        example: { scale: { min: 1, max: 5 }, scores: [5, 4, 4, 3, 0, 2.5] },
        run: (i) => M.addScores(M.emptyHistogram(i.scale), i.scores),
    },
    {
        name: 'merge',
        summary: 'merge score histograms on one scale (exact: counts add)',
        input: obj({
            scale: scaleShape,
            histograms: arr(arr(num('count', { min: 0 })), 'counts per histogram', 1),
        }),
        example: {
            scale: { min: 0, max: 10 },
            histograms: [
                [0, 0, 1, 0, 0, 2, 3, 4, 5, 6, 7],
                [1, 0, 0, 0, 0, 1, 1, 2, 3, 4, 5],
            ],
        },
        run: (i) => M.mergeAllHistograms(i.scale, i.histograms.map((c) => M.histogramFromCounts(i.scale, c))),
    },
    {
        name: 'moments',
        summary: 'n, sum, sum of squares, mean and variance of a histogram',
        input: histogramShape(),
        example: { scale: { min: 1, max: 5 }, counts: [1, 2, 3, 4, 5] },
        run: (i) => M.histogramMoments(toHistogram(i, null)),
    },
    {
        name: 'nps',
        summary: 'Net Promoter Score of 0–10 answers, Wald or adjusted-Wald interval',
        input: histogramShape({ confidence, interval: str('interval method', ['wald', 'adjusted-wald']) }),
        example: { counts: [2, 0, 1, 1, 2, 3, 5, 10, 20, 30, 26] },
        run: (i) => M.nps(toHistogram(i, M.NPS_SCALE), {
            ...opt(i),
            ...(typeof i.interval === 'string' ? { interval: i.interval } : {}),
        }),
    },
    {
        name: 'nps-difference',
        summary: 'difference of two NPS values (b − a) with a two-sample z test',
        input: histogramPair,
        example: {
            a: { counts: [2, 0, 1, 1, 2, 3, 5, 10, 20, 30, 26] },
            b: { counts: [1, 0, 0, 1, 1, 2, 4, 8, 20, 35, 28] },
        },
        run: (i) => M.npsDifference(toHistogram(i.a, M.NPS_SCALE, 'a.'), toHistogram(i.b, M.NPS_SCALE, 'b.'), opt(i)),
    },
    {
        name: 'csat',
        summary: 'CSAT: top-2-box share (4–5 on 1–5) with a Wilson interval',
        input: histogramShape({ confidence, boxes: int('top boxes, default 2', { min: 1 }) }),
        example: { counts: [3, 5, 12, 40, 40] },
        run: (i) => M.csat(toHistogram(i, M.CSAT_SCALE), {
            ...opt(i),
            ...(typeof i.boxes === 'number' ? { boxes: i.boxes } : {}),
        }),
    },
    {
        name: 'top-box',
        summary: 'share of the top k scale points with a Wilson interval',
        input: histogramShape({ confidence, boxes: int('number of top points', { min: 1 }) }),
        example: { scale: { min: 1, max: 7 }, counts: [1, 2, 3, 10, 20, 30, 34], boxes: 3 },
        run: (i) => M.topBox(toHistogram(i, null), typeof i.boxes === 'number' ? i.boxes : 2, opt(i)),
    },
    {
        name: 'ces',
        summary: 'CES 2.0 (1–7): mean with t interval, top-3-box and top-2-box',
        input: histogramShape({ confidence }),
        example: { counts: [1, 2, 3, 10, 20, 30, 34] },
        run: (i) => M.ces(toHistogram(i, M.CES_SCALE), opt(i)),
    },
    {
        name: 'rating-mean',
        summary: 'mean of a rating histogram with a Student t interval',
        input: histogramShape({ confidence }),
        example: { scale: { min: 1, max: 5 }, counts: [3, 5, 12, 40, 40] },
        run: (i) => M.ratingMean(toHistogram(i, null), opt(i)),
    },
    {
        name: 'wilson',
        summary: 'Wilson score interval of a proportion',
        input: obj({ successes: int('successes', { min: 0 }), n: int('trials', { min: 0 }), confidence }, [
            'confidence',
        ]),
        example: { successes: 42, n: 60 },
        run: (i) => M.wilsonInterval(i.successes, i.n, i.confidence ?? 0.95),
    },
    {
        name: 'normal-quantile',
        summary: 'inverse standard normal CDF Φ⁻¹(p)',
        input: obj({ p: num('probability', { min: 0, max: 1 }) }),
        example: { p: 0.975 },
        run: (i) => ({ p: i.p, z: M.normalQuantile(i.p) }),
    },
    {
        name: 't-quantile',
        summary: "Student's t quantile",
        input: obj({ p: num('probability', { min: 0, max: 1 }), df: num('degrees of freedom', { min: 0 }) }),
        example: { p: 0.975, df: 29 },
        run: (i) => ({ p: i.p, df: i.df, t: M.studentTQuantile(i.p, i.df) }),
    },
    {
        name: 't-test-p',
        summary: "two-sided p-value of Student's t",
        input: obj({ t: num('t statistic'), df: num('degrees of freedom', { min: 0 }) }),
        example: { t: 2.1, df: 40 },
        run: (i) => ({ t: i.t, df: i.df, p: M.studentTTwoSidedP(i.t, i.df) }),
    },
    {
        name: 'chi-square-p',
        summary: 'upper-tail p-value of χ² with k degrees of freedom',
        input: obj({ x: num('statistic', { min: 0 }), k: num('degrees of freedom', { min: 0 }) }),
        example: { x: 7.8, k: 3 },
        run: (i) => ({ x: i.x, k: i.k, p: M.chiSquareSurvival(i.x, i.k) }),
    },
    {
        name: 'compare',
        summary: 'before/after (or segment) comparison: NPS z test, CSAT/top-box proportion test, Welch t for means',
        input: obj({
            metric: str('metric', ['nps', 'csat', 'ces', 'mean', 'top_box']),
            before: histogramShape(),
            after: histogramShape(),
            confidence,
            boxes: int('top boxes for top_box', { min: 1 }),
            higherIsBetter: { type: 'boolean' },
        }, ['confidence', 'boxes', 'higherIsBetter']),
        example: {
            metric: 'nps',
            before: { counts: [2, 0, 1, 1, 2, 3, 5, 10, 20, 30, 26] },
            after: { counts: [1, 0, 0, 1, 1, 2, 4, 8, 20, 35, 28] },
        },
        run: (i) => {
            const metric = i.metric;
            const def = metric === 'nps'
                ? M.NPS_SCALE
                : metric === 'csat'
                    ? M.CSAT_SCALE
                    : metric === 'ces'
                        ? M.CES_SCALE
                        : null;
            return M.compareBeforeAfter(toHistogram(i.before, def, 'before.'), toHistogram(i.after, def, 'after.'), {
                metric,
                ...opt(i),
                ...(typeof i.boxes === 'number' ? { boxes: i.boxes } : {}),
                ...(typeof i.higherIsBetter === 'boolean' ? { higherIsBetter: i.higherIsBetter } : {}),
            });
        },
    },
    {
        name: 'correlations',
        summary: 'Pearson correlations, means and SDs of rows of ratings (null = missing), listwise or pairwise',
        input: obj({
            rows: arr(arr(any('number | null')), 'rows of ratings', 1),
            missing: str('', ['listwise', 'pairwise']),
        }, ['missing']),
        example: {
            rows: [
                [4, 5, 1],
                [3, 4, 0],
                [5, 5, 1],
                [2, null, 0],
            ],
            missing: 'pairwise',
        },
        run: (i) => M.correlations(coMoments(i)),
    },
    {
        name: 'key-drivers',
        summary: 'relative weights (Johnson 2000) of every other column of the rows on the outcome column',
        input: obj({
            rows: arr(arr(any('number | null')), 'rows of ratings', 1),
            outcome: int('0-based index of the outcome column', { min: 0 }),
            missing: str('', ['listwise', 'pairwise']),
        }, ['missing']),
        example: {
            rows: [
                [4, 5, 3, 1],
                [3, 4, 2, 0],
                [5, 5, 4, 1],
                [2, 3, 2, 0],
                [4, 3, 5, 1],
                [1, 2, 1, 0],
            ],
            outcome: 3,
        },
        run: (i) => M.keyDrivers(coMoments(i), i.outcome),
    },
    {
        name: 'relative-weights',
        summary: 'relative weights (Johnson 2000) from a predictor correlation matrix and predictor–outcome correlations',
        input: obj({ rxx: arr(arr(num())), rxy: arr(num()) }),
        example: {
            rxx: [
                [1, 0.5],
                [0.5, 1],
            ],
            rxy: [0.6, 0.4],
        },
        run: (i) => M.relativeWeights({ rxx: i.rxx, rxy: i.rxy }),
    },
    {
        name: 'ipa',
        summary: 'importance–performance quadrants (Martilla & James 1977), crosshairs at means or midpoints',
        input: obj({
            items: arr(obj({ id: str(), importance: num(), performance: num() }), 'touchpoints', 1),
            crosshair: str('', ['mean', 'midpoint']),
            scale: scaleShape,
        }, ['crosshair', 'scale']),
        example: {
            items: [
                { id: 'checkin', importance: 0.3, performance: 3.1 },
                { id: 'boarding', importance: 0.5, performance: 4.2 },
                { id: 'meals', importance: 0.2, performance: 4.4 },
            ],
        },
        run: (i) => M.ipa(i.items, {
            ...(typeof i.crosshair === 'string' ? { crosshair: i.crosshair } : {}),
            ...(i.scale ? { scale: i.scale } : {}),
        }),
    },
    {
        name: 'peak-end',
        summary: 'peak-end rule (Fredrickson & Kahneman 1993): remembered ≈ (peak + end)/2',
        input: obj({
            values: arr(any('number | null'), 'moments in order', 1),
            peak: str('', ['absolute', 'best', 'worst']),
        }, ['peak']),
        example: { values: [1, -3, 0, 2], peak: 'absolute' },
        run: (i) => M.peakEnd(i.values, typeof i.peak === 'string' ? { peak: i.peak } : {}),
    },
    {
        name: 'moments-of-truth',
        summary: 'MOT detection: first/end, high frequency, complaint, high perception, peak; polarity and strategy',
        input: obj({
            touchpoints: arr(obj({
                id: str(),
                order: num(),
                traffic: num(),
                complaints: num(),
                driverWeight: num(),
                emotion: num(),
            }, ['traffic', 'complaints', 'driverWeight', 'emotion']), 'touchpoints', 1),
            settings: any('partial MotSettings'),
        }, ['settings']),
        example: {
            touchpoints: [
                { id: 'hotline', order: 1, traffic: 900, complaints: 30, emotion: -1 },
                { id: 'visit', order: 2, traffic: 400, complaints: 2, driverWeight: 0.6, emotion: 3 },
                { id: 'follow-up', order: 3, traffic: 300, complaints: 1, driverWeight: 0.4, emotion: 1 },
            ],
        },
        run: (i) => M.momentsOfTruth(i.touchpoints, (i.settings ?? {})),
    },
    {
        name: 'kano',
        summary: 'KANO (Berger et al. 1993): categories, Better/Worse, strengths, Fong test, χ², continuous scores',
        input: obj({
            pairs: arr(arr(any('answer: like | must_be | neutral | live_with | dislike, or 1–5'))),
            matrix: arr(arr(num('count', { min: 0 }))),
            ruleThreshold: num('category strength threshold, default 0.06', { min: 0, max: 1 }),
        }, ['pairs', 'matrix', 'ruleThreshold']),
        example: {
            pairs: [
                ['like', 'dislike'],
                ['like', 'neutral'],
                ['neutral', 'dislike'],
                [1, 3],
            ],
        },
        run: (i) => {
            let counts;
            if (Array.isArray(i.matrix))
                counts = M.kanoCountsFromMatrix(i.matrix);
            else if (Array.isArray(i.pairs)) {
                const answer = (x) => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 5
                    ? M.KANO_ANSWERS[x - 1]
                    : x;
                counts = M.addKanoPairs(M.emptyKanoCounts(), i.pairs.map((p) => [answer(p[0]), answer(p[1])]));
            }
            else
                throw new InputError('pairs', 'give "pairs" ([functional, dysfunctional] answers) or a 5×5 "matrix"');
            return M.kano(counts, typeof i.ruleThreshold === 'number' ? { ruleThreshold: i.ruleThreshold } : {});
        },
    },
    {
        name: 'servqual',
        summary: 'SERVQUAL (Parasuraman et al. 1988): item and dimension gaps P − E, unweighted and weighted scores',
        input: obj({
            responses: arr(obj({
                expectations: arr(any('number | null')),
                perceptions: arr(any('number | null')),
                points: arr(num()),
            }, ['points']), 'respondents', 1),
            layout: arr(int('dimension index of each item', { min: 0 })),
            scale: scaleShape,
            confidence,
        }, ['layout', 'scale', 'confidence']),
        example: {
            layout: [0, 1, 2, 3, 4],
            responses: [
                { expectations: [7, 6, 6, 7, 5], perceptions: [5, 6, 4, 6, 5], points: [10, 30, 20, 20, 20] },
                { expectations: [6, 7, 6, 6, 6], perceptions: [6, 5, 5, 6, 4], points: [20, 20, 20, 20, 20] },
            ],
        },
        run: (i) => {
            const sums = M.addServqualMany(M.emptyServqual(i.layout ?? M.SERVQUAL_STANDARD_LAYOUT, i.scale ?? { min: 1, max: 7 }), i.responses);
            return M.servqual(sums, opt(i));
        },
    },
    {
        name: 'five-gaps',
        summary: 'five-gap model (1985): gaps 1–4 from a management self-assessment (item id → 1–7 answers)',
        input: obj({ assessment: rec(any('number | number[]')), flagBelow: num('', { min: 1, max: 7 }) }, [
            'flagBelow',
        ]),
        example: { assessment: { 'g1-research': [5, 6, 4] } },
        run: (i) => M.fiveGaps(i.assessment, undefined, typeof i.flagBelow === 'number' ? { flagBelow: i.flagBelow } : {}),
    },
    {
        name: 'market-damage',
        summary: 'TARP market damage: revenue at risk and word of mouth; every rate an input with a cited default',
        input: obj({
            customers: num('customers in the period', { min: 0 }),
            problemRate: num('share with a problem', { min: 0, max: 1 }),
            valuePerCustomer: num('revenue per customer', { min: 0 }),
            complaintRate: num('', { min: 0, max: 1 }),
            resolvedShare: num('', { min: 0, max: 1 }),
            lossRateSilent: num('', { min: 0, max: 1 }),
            lossRateUnresolved: num('', { min: 0, max: 1 }),
            lossRateResolved: num('', { min: 0, max: 1 }),
            tellDissatisfied: num('', { min: 0 }),
            tellSatisfied: num('', { min: 0 }),
        }, [
            'complaintRate',
            'resolvedShare',
            'lossRateSilent',
            'lossRateUnresolved',
            'lossRateResolved',
            'tellDissatisfied',
            'tellSatisfied',
        ]),
        example: { customers: 10000, problemRate: 0.2, valuePerCustomer: 1200 },
        run: (i) => M.marketDamage(i),
    },
    {
        name: 'servqual-scores',
        summary: 'SERVQUAL unweighted (mean of dimension gaps) and weighted (Σ gap × points/100) scores',
        input: obj({ dimensionGaps: arr(num(), 'gap per dimension', 1), points: arr(num()) }, ['points']),
        example: { dimensionGaps: [-0.5, -1.2, -0.8, -0.3, -0.6], points: [10, 30, 25, 20, 15] },
        run: (i) => M.servqualScores(i.dimensionGaps, i.points),
    },
    {
        name: 'kano-questions',
        summary: 'the bilingual functional/dysfunctional question pair for a feature',
        input: obj({ feature: obj({ 'zh-CN': str(), en: str() }) }),
        example: { feature: { 'zh-CN': '在线预约', en: 'online booking' } },
        run: (i) => M.kanoQuestions(i.feature),
    },
    {
        name: 'eigen',
        summary: 'eigenvalues and eigenvectors of a symmetric matrix (Jacobi)',
        input: obj({ matrix: arr(arr(num()), 'symmetric matrix', 1) }),
        example: {
            matrix: [
                [2, 1],
                [1, 2],
            ],
        },
        run: (i) => M.symmetricEigen(i.matrix),
    },
    {
        name: 'normal-cdf',
        summary: 'standard normal CDF Φ(x) and the two-sided p of a z statistic',
        input: obj({ x: num() }),
        example: { x: 1.96 },
        run: (i) => ({ x: i.x, cdf: M.normalCdf(i.x), twoSidedP: M.normalTwoSidedP(i.x) }),
    },
    {
        name: 't-cdf',
        summary: "Student's t CDF",
        input: obj({ t: num(), df: num('degrees of freedom', { min: 0 }) }),
        example: { t: 2.1, df: 40 },
        run: (i) => ({ t: i.t, df: i.df, cdf: M.studentTCdf(i.t, i.df) }),
    },
    {
        name: 'chi-square-cdf',
        summary: 'χ² CDF with k degrees of freedom',
        input: obj({ x: num('statistic', { min: 0 }), k: num('degrees of freedom', { min: 0 }) }),
        example: { x: 7.8, k: 3 },
        run: (i) => ({ x: i.x, k: i.k, cdf: M.chiSquareCdf(i.x, i.k) }),
    },
    {
        name: 'z-critical',
        summary: 'two-sided critical z for a confidence level',
        input: obj({ confidence: num('in (0, 1)', { min: 0, max: 1 }) }),
        example: { confidence: 0.95 },
        run: (i) => ({ confidence: i.confidence, z: M.zCritical(i.confidence) }),
    },
];
function coMoments(i) {
    const rows = i.rows;
    const k = rows[0]?.length ?? 0;
    rows.forEach((r, n) => {
        if (r.length !== k)
            throw new InputError(`rows[${n}]`, `has ${r.length} values; rows[0] has ${k}`);
        r.forEach((x, j) => {
            if (x !== null && typeof x !== 'number')
                throw new InputError(`rows[${n}][${j}]`, `expected a number or null, got ${JSON.stringify(x)}`);
        });
    });
    return M.addCoMomentRows(M.emptyCoMoments(k, i.missing ?? 'listwise'), rows);
}
//# sourceMappingURL=methods.js.map