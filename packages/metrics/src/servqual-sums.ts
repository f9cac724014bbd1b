import { MetricsError } from './errors.js';
import type { ScoreScale } from './histogram.js';
import { checkScale } from './histogram.js';

/** The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry 1988). */
export type ServqualDimension = 'tangibles' | 'reliability' | 'responsiveness' | 'assurance' | 'empathy';
export const SERVQUAL_DIMENSIONS: readonly ServqualDimension[] = [
  'tangibles',
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
];

/**
 * Dimension of each of the 22 standard items (0-based item index → dimension index):
 * tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22.
 */
export const SERVQUAL_STANDARD_LAYOUT: readonly number[] = [
  0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4,
];

/** Integer sums of one item over respondents who answered both E and P validly. */
export interface ServqualItemSums {
  readonly n: number;
  readonly sumE: number;
  readonly sumP: number;
  /** Σ(P − E). */
  readonly sumGap: number;
  /** Σ(P − E)². */
  readonly sumGapSquares: number;
}

/** n, Σx, Σx² of a respondent-level score, stored as integers scaled by `scale` so merges stay exact. */
export interface ScaledMoments {
  readonly n: number;
  readonly sum: number;
  readonly sumSquares: number;
}

/** Why parts of SERVQUAL responses were not counted. */
export interface ServqualExclusions {
  /** Item pairs with E or P missing. */
  readonly missingPairs: number;
  /** Item pairs with E or P present but not an integer on the scale. */
  readonly invalidPairs: number;
  /** Respondents not complete on all items: left out of respondent-level (dimension, overall) intervals. */
  readonly incompleteRespondents: number;
  /** Point allocations not made of non-negative integers summing to 100, or of the wrong length. */
  readonly invalidPoints: number;
}

/**
 * SERVQUAL sums: per item n, ΣE, ΣP, Σ(P−E), Σ(P−E)²; importance points per dimension; and respondent-level
 * moments (complete respondents only, listwise) of each dimension total, the unweighted score and the weighted
 * score, all held as integers (scaled) so that merging is exact in any order. A mergeable summary.
 */
export interface ServqualSums {
  readonly kind: 'servqual_sums';
  readonly scale: ScoreScale;
  /** Dimension index of each item. */
  readonly layout: readonly number[];
  readonly respondents: number;
  readonly items: readonly ServqualItemSums[];
  /** Per dimension: moments of a complete respondent's item-gap total T_d (gap mean = T_d / items in d). */
  readonly dimensionTotals: readonly ScaledMoments[];
  /** Moments of a complete respondent's unweighted score × `unweightedScale`. */
  readonly unweighted: ScaledMoments;
  /** Moments of a complete respondent's weighted score × `weightedScale` (respondents with valid points). */
  readonly weighted: ScaledMoments;
  /** Σ points per dimension, and the number of respondents whose points were valid. */
  readonly points: { readonly n: number; readonly sums: readonly number[] };
  readonly excluded: ServqualExclusions;
}

/** One respondent: expectation and perception per item (same order as the layout), optional 100-point split. */
export interface ServqualResponse {
  readonly expectations: readonly (number | null | undefined)[];
  readonly perceptions: readonly (number | null | undefined)[];
  readonly points?: readonly number[] | null;
}

const ZERO: ScaledMoments = { n: 0, sum: 0, sumSquares: 0 };

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function itemsPerDimension(layout: readonly number[]): number[] {
  const d = Math.max(...layout) + 1;
  const k = new Array<number>(d).fill(0);
  for (const x of layout) k[x]!++;
  return k;
}

/** Scale factors that make respondent-level scores integers: L = lcm(items per dimension). */
export function servqualScales(layout: readonly number[]): {
  unweightedScale: number;
  weightedScale: number;
} {
  const k = itemsPerDimension(layout);
  const l = k.reduce((a, b) => (a * b) / gcd(a, b), 1);
  return { unweightedScale: k.length * l, weightedScale: 100 * l };
}

/** Empty SERVQUAL sums for a layout (default: the standard 22 items) and rating scale (default 1–7). */
export function emptyServqual(
  layout: readonly number[] = SERVQUAL_STANDARD_LAYOUT,
  scale: ScoreScale = { min: 1, max: 7 },
): ServqualSums {
  checkScale(scale);
  const d = layout.length ? Math.max(...layout) + 1 : 0;
  if (
    !layout.length ||
    layout.some((x) => !Number.isInteger(x) || x < 0) ||
    itemsPerDimension(layout).includes(0)
  ) {
    throw new MetricsError(
      'invalid_argument',
      'layout must map every item to a dimension 0…d−1, none empty',
      ['layout'],
    );
  }
  return {
    kind: 'servqual_sums',
    scale,
    layout: [...layout],
    respondents: 0,
    items: layout.map(() => ({ n: 0, sumE: 0, sumP: 0, sumGap: 0, sumGapSquares: 0 })),
    dimensionTotals: new Array<ScaledMoments>(d).fill(ZERO),
    unweighted: ZERO,
    weighted: ZERO,
    points: { n: 0, sums: new Array<number>(d).fill(0) },
    excluded: { missingPairs: 0, invalidPairs: 0, incompleteRespondents: 0, invalidPoints: 0 },
  };
}

function mergeMoment(a: ScaledMoments, b: ScaledMoments): ScaledMoments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSquares: a.sumSquares + b.sumSquares };
}

function validRating(scale: ScoreScale, x: number | null | undefined): 'missing' | 'invalid' | 'ok' {
  if (x === null || x === undefined || Number.isNaN(x)) return 'missing';
  return Number.isInteger(x) && x >= scale.min && x <= scale.max ? 'ok' : 'invalid';
}

/**
 * Adds one respondent. Item pairs count pairwise (an item counts when both its E and P are valid);
 * respondent-level moments count listwise (only respondents valid on every item). Throws `dimension_mismatch`
 * if the answer arrays do not match the layout.
 */
export function addServqual(s: ServqualSums, r: ServqualResponse): ServqualSums {
  return addServqualMany(s, [r]);
}

/** Adds many respondents, copying the summary once (the streaming path). Same rules as `addServqual`. */
export function addServqualMany(s: ServqualSums, rs: Iterable<ServqualResponse>): ServqualSums {
  const k = s.layout.length;
  const dims = s.dimensionTotals.length;
  const perDim = itemsPerDimension(s.layout);
  const l = servqualScales(s.layout).unweightedScale / dims;
  const items = s.items.map((it) => ({ ...it }));
  const dimN = s.dimensionTotals.map((m) => m.n);
  const dimSum = s.dimensionTotals.map((m) => m.sum);
  const dimSq = s.dimensionTotals.map((m) => m.sumSquares);
  const unweighted = { ...s.unweighted };
  const weighted = { ...s.weighted };
  const pointSums = [...s.points.sums];
  let pointN = s.points.n;
  const ex = { ...s.excluded };
  let respondents = s.respondents;
  const totals = new Array<number>(dims);
  for (const r of rs) {
    if (r.expectations.length !== k || r.perceptions.length !== k) {
      throw new MetricsError('dimension_mismatch', `expected ${k} expectations and perceptions`, [
        'response',
      ]);
    }
    respondents++;
    totals.fill(0);
    let complete = true;
    for (let i = 0; i < k; i++) {
      const e = r.expectations[i];
      const p = r.perceptions[i];
      const ve = validRating(s.scale, e);
      const vp = validRating(s.scale, p);
      if (ve !== 'ok' || vp !== 'ok') {
        complete = false;
        if (ve === 'invalid' || vp === 'invalid') ex.invalidPairs++;
        else ex.missingPairs++;
        continue;
      }
      const g = (p as number) - (e as number);
      totals[s.layout[i]!]! += g;
      const it = items[i]!;
      it.n++;
      it.sumE += e as number;
      it.sumP += p as number;
      it.sumGap += g;
      it.sumGapSquares += g * g;
    }
    let validPoints: readonly number[] | undefined;
    if (r.points !== undefined && r.points !== null) {
      const pts = r.points;
      const ok =
        pts.length === dims &&
        pts.every((x) => Number.isInteger(x) && x >= 0) &&
        pts.reduce((a, b) => a + b, 0) === 100;
      if (ok) {
        validPoints = pts;
        pointN++;
        for (let d = 0; d < dims; d++) pointSums[d]! += pts[d]!;
      } else ex.invalidPoints++;
    }
    if (!complete) {
      ex.incompleteRespondents++;
      continue;
    }
    // unweighted × (D·L) = Σ_d T_d·L/k_d ; weighted × (100·L) = Σ_d T_d·(L/k_d)·points_d — integers, so exact.
    let u = 0;
    let w = 0;
    for (let d = 0; d < dims; d++) {
      const t = totals[d]!;
      dimN[d]!++;
      dimSum[d]! += t;
      dimSq[d]! += t * t;
      const scaled = (t * l) / perDim[d]!;
      u += scaled;
      if (validPoints) w += scaled * validPoints[d]!;
    }
    unweighted.n++;
    unweighted.sum += u;
    unweighted.sumSquares += u * u;
    if (validPoints) {
      weighted.n++;
      weighted.sum += w;
      weighted.sumSquares += w * w;
    }
  }
  return {
    kind: 'servqual_sums',
    scale: s.scale,
    layout: s.layout,
    respondents,
    items,
    dimensionTotals: dimN.map((n, d) => ({ n, sum: dimSum[d]!, sumSquares: dimSq[d]! })),
    unweighted,
    weighted,
    points: { n: pointN, sums: pointSums },
    excluded: ex,
  };
}

/** Merges two SERVQUAL summaries with the same layout and scale (`dimension_mismatch` / `scale_mismatch`). */
export function mergeServqual(a: ServqualSums, b: ServqualSums): ServqualSums {
  if (a.layout.length !== b.layout.length || a.layout.some((x, i) => x !== b.layout[i])) {
    throw new MetricsError('dimension_mismatch', 'cannot merge SERVQUAL sums with different layouts');
  }
  if (a.scale.min !== b.scale.min || a.scale.max !== b.scale.max) {
    throw new MetricsError('scale_mismatch', 'cannot merge SERVQUAL sums on different scales');
  }
  return {
    kind: 'servqual_sums',
    scale: a.scale,
    layout: a.layout,
    respondents: a.respondents + b.respondents,
    items: a.items.map((x, i) => {
      const y = b.items[i]!;
      return {
        n: x.n + y.n,
        sumE: x.sumE + y.sumE,
        sumP: x.sumP + y.sumP,
        sumGap: x.sumGap + y.sumGap,
        sumGapSquares: x.sumGapSquares + y.sumGapSquares,
      };
    }),
    dimensionTotals: a.dimensionTotals.map((m, d) => mergeMoment(m, b.dimensionTotals[d]!)),
    unweighted: mergeMoment(a.unweighted, b.unweighted),
    weighted: mergeMoment(a.weighted, b.weighted),
    points: { n: a.points.n + b.points.n, sums: a.points.sums.map((x, d) => x + b.points.sums[d]!) },
    excluded: {
      missingPairs: a.excluded.missingPairs + b.excluded.missingPairs,
      invalidPairs: a.excluded.invalidPairs + b.excluded.invalidPairs,
      incompleteRespondents: a.excluded.incompleteRespondents + b.excluded.incompleteRespondents,
      invalidPoints: a.excluded.invalidPoints + b.excluded.invalidPoints,
    },
  };
}
