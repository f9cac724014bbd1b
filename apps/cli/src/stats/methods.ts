/**
 * The `frontstage stats` method table: each entry exposes one `@frontstage/metrics` method with its input shape,
 * an example input, and an adapter from validated JSON to the call. No maths here: only the call.
 */
import * as M from '@frontstage/metrics';
import { arr, int, num, obj, type Shape, str } from './shape.js';

export interface StatsMethod {
  readonly name: string;
  readonly summary: string;
  readonly input: Shape;
  readonly example: unknown;
  run(input: Record<string, unknown>): unknown;
}

/** A method-level input problem found after shape validation (e.g. neither counts nor scores). */
export class InputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const scaleShape = obj({ min: int('lowest scale point'), max: int('highest scale point') }, [], 'scale');
const confidence = num('confidence level in (0, 1), default 0.95', { min: 0, max: 1 });

/** Histogram input: `counts` per scale point from `scale.min`, or raw `scores` to be counted. */
function histogramShape(extra: Record<string, Shape> = {}): Shape {
  return obj(
    { scale: scaleShape, counts: arr(num('count', { min: 0 })), scores: arr(num('score')), ...extra },
    ['scale', 'counts', 'scores', ...Object.keys(extra)],
  );
}

function toHistogram(
  input: Record<string, unknown>,
  defaultScale: M.ScoreScale | null,
  prefix = '',
): M.ScoreHistogram {
  const scale = (input.scale as M.ScoreScale | undefined) ?? defaultScale;
  if (!scale)
    throw new InputError(`${prefix}scale`, 'is required for this method, e.g. {"min": 1, "max": 5}');
  if (Array.isArray(input.counts)) {
    return M.histogramFromCounts(scale, input.counts as number[]);
  }
  if (Array.isArray(input.scores)) return M.addScores(M.emptyHistogram(scale), input.scores as number[]);
  throw new InputError(`${prefix}counts`, 'give either "counts" (per scale point) or "scores" (raw answers)');
}

function opt(input: Record<string, unknown>): { confidence?: number } {
  return typeof input.confidence === 'number' ? { confidence: input.confidence } : {};
}

const histogramPair = obj({ a: histogramShape(), b: histogramShape(), confidence }, ['confidence']);

/** Every method, in `--list` order. */
export const METHODS: readonly StatsMethod[] = [
  {
    name: 'histogram',
    summary: 'count raw scores into a score histogram (the mergeable summary), with exclusions',
    input: obj({ scale: scaleShape, scores: arr(num('score')) }),
    example: { scale: { min: 1, max: 5 }, scores: [5, 4, 4, 3, 0, 2.5] },
    run: (i) => M.addScores(M.emptyHistogram(i.scale as M.ScoreScale), i.scores as number[]),
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
    run: (i) =>
      M.mergeAllHistograms(
        i.scale as M.ScoreScale,
        (i.histograms as number[][]).map((c) => M.histogramFromCounts(i.scale as M.ScoreScale, c)),
      ),
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
    run: (i) =>
      M.nps(toHistogram(i, M.NPS_SCALE), {
        ...opt(i),
        ...(typeof i.interval === 'string' ? { interval: i.interval as M.NpsIntervalMethod } : {}),
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
    run: (i) =>
      M.npsDifference(
        toHistogram(i.a as Record<string, unknown>, M.NPS_SCALE, 'a.'),
        toHistogram(i.b as Record<string, unknown>, M.NPS_SCALE, 'b.'),
        opt(i),
      ),
  },
  {
    name: 'csat',
    summary: 'CSAT: top-2-box share (4–5 on 1–5) with a Wilson interval',
    input: histogramShape({ confidence, boxes: int('top boxes, default 2', { min: 1 }) }),
    example: { counts: [3, 5, 12, 40, 40] },
    run: (i) =>
      M.csat(toHistogram(i, M.CSAT_SCALE), {
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
    run: (i) =>
      M.wilsonInterval(i.successes as number, i.n as number, (i.confidence as number | undefined) ?? 0.95),
  },
  {
    name: 'normal-quantile',
    summary: 'inverse standard normal CDF Φ⁻¹(p)',
    input: obj({ p: num('probability', { min: 0, max: 1 }) }),
    example: { p: 0.975 },
    run: (i) => ({ p: i.p, z: M.normalQuantile(i.p as number) }),
  },
  {
    name: 't-quantile',
    summary: "Student's t quantile",
    input: obj({ p: num('probability', { min: 0, max: 1 }), df: num('degrees of freedom', { min: 0 }) }),
    example: { p: 0.975, df: 29 },
    run: (i) => ({ p: i.p, df: i.df, t: M.studentTQuantile(i.p as number, i.df as number) }),
  },
  {
    name: 't-test-p',
    summary: "two-sided p-value of Student's t",
    input: obj({ t: num('t statistic'), df: num('degrees of freedom', { min: 0 }) }),
    example: { t: 2.1, df: 40 },
    run: (i) => ({ t: i.t, df: i.df, p: M.studentTTwoSidedP(i.t as number, i.df as number) }),
  },
  {
    name: 'chi-square-p',
    summary: 'upper-tail p-value of χ² with k degrees of freedom',
    input: obj({ x: num('statistic', { min: 0 }), k: num('degrees of freedom', { min: 0 }) }),
    example: { x: 7.8, k: 3 },
    run: (i) => ({ x: i.x, k: i.k, p: M.chiSquareSurvival(i.x as number, i.k as number) }),
  },
];
