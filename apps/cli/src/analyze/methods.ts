/**
 * The statistical methods the analysis report calls, over the collector's summaries. This is the single seam
 * between the CLI and `@frontstage/metrics`: every formula belongs to the metrics package; what is here only
 * adapts summaries (histograms indexed from a scale minimum, pairwise co-moments) to its inputs.
 */
import {
  ces,
  csat,
  histogramFromCounts,
  nps,
  npsDifference,
  ratingMean,
  type ScoreHistogram,
  studentTQuantile,
  studentTTwoSidedP,
} from '@frontstage/metrics';
import type { CoMoments } from './collect.js';
import { coCorrelation } from './collect.js';

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

/** Two-sided 97.5 % quantile of Student's t (metrics `studentTQuantile`). */
export function t975(df: number): number {
  return df > 0 ? studentTQuantile(0.975, df) : Number.NaN;
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

export interface MeanTest {
  readonly difference: number;
  readonly t: number;
  readonly df: number;
  readonly p: number;
}

/** Welch's two-sample t test of means (a − b), p from metrics `studentTTwoSidedP`. */
export function welch(a: ScoreStats, b: ScoreStats): MeanTest {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const t = (a.mean - b.mean) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return {
    difference: a.mean - b.mean,
    t,
    df,
    p: Number.isFinite(t) && df > 0 ? studentTTwoSidedP(t, df) : Number.NaN,
  };
}

/** Two-sample NPS difference a − b with the z test (metrics `npsDifference`, which reports b − a). */
export function npsDiff(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  lo: number,
): { difference: number; p: number } {
  const r = npsDifference(hist(b, lo), hist(a, lo));
  return { difference: r.delta * 100, p: r.p };
}

/** Symmetric eigen-decomposition by cyclic Jacobi rotations. Returns eigenvalues and column eigenvectors. */
function jacobiEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = a.map((r) => [...r]);
  const v: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += m[i]![j]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k]![p]!;
          const mkq = m[k]![q]!;
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p]![k]!;
          const mqk = m[q]![k]!;
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: m.map((r, i) => r[i]!), vectors: v };
}

export interface DriverWeights {
  /** Raw relative weights; they sum to R². */
  readonly raw: readonly number[];
  /** Share of R², summing to 1. */
  readonly rescaled: readonly number[];
  readonly r2: number;
  /** Zero-order correlation of each predictor with the outcome (point-biserial for a 0/1 outcome). */
  readonly r: readonly number[];
  readonly n: readonly number[];
}

/**
 * Relative weights (Johnson 2000) of predictors on an outcome from the correlation matrix: with R_xx = QΛQᵀ,
 * Λ_half = Q Λ^½ Qᵀ, β = Λ_half⁻¹ r_xy, ε_j = Σ_k Λ_half[j,k]² β_k². Pairwise-complete correlations.
 */
export function relativeWeightsFromCo(co: CoMoments): DriverWeights | null {
  const p = co.m - 1;
  if (p < 1) return null;
  const rxx: number[][] = [];
  const rxy: number[] = [];
  const ns: number[] = [];
  for (let i = 0; i < p; i++) {
    const row: number[] = [];
    for (let j = 0; j < p; j++) row.push(i === j ? 1 : coCorrelation(co, i, j).r);
    rxx.push(row);
    const c = coCorrelation(co, i, p);
    rxy.push(c.r);
    ns.push(c.n);
  }
  if (rxx.some((r) => r.some((x) => !Number.isFinite(x))) || rxy.some((x) => !Number.isFinite(x)))
    return null;
  const { values, vectors } = jacobiEigen(rxx);
  const half: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const invHalf: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    const l = Math.max(values[k]!, 1e-12);
    const sl = Math.sqrt(l);
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        const q = vectors[i]![k]! * vectors[j]![k]!;
        half[i]![j]! += q * sl;
        invHalf[i]![j]! += q / sl;
      }
    }
  }
  const beta = invHalf.map((row) => row.reduce((s, x, j) => s + x * rxy[j]!, 0));
  const raw = half.map((row) => row.reduce((s, x, k) => s + x * x * beta[k]! ** 2, 0));
  const r2 = raw.reduce((a, b) => a + b, 0);
  return { raw, rescaled: raw.map((w) => (r2 > 0 ? w / r2 : 0)), r2, r: rxy, n: ns };
}

export type Quadrant = 'concentrate_here' | 'keep_up' | 'low_priority' | 'possible_overkill';

/** IPA quadrant (Martilla & James 1977): importance vs performance against crosshairs. */
export function ipaQuadrant(importance: number, performance: number, ci: number, cp: number): Quadrant {
  if (importance >= ci) return performance >= cp ? 'keep_up' : 'concentrate_here';
  return performance >= cp ? 'possible_overkill' : 'low_priority';
}

export type KanoCategory = 'A' | 'O' | 'M' | 'I' | 'R' | 'Q';

/**
 * Berger et al. (1993) evaluation table; answers 1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike.
 * Rows: functional answer; columns: dysfunctional answer.
 */
const KANO_TABLE: readonly (readonly KanoCategory[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

export interface KanoResult {
  readonly n: number;
  readonly counts: Readonly<Record<KanoCategory, number>>;
  readonly category: KanoCategory;
  readonly better: number;
  readonly worse: number;
}

/** KANO category by mode with the M > O > A > I rule when category strength ≤ 6 %; Better/Worse. */
export function kanoFromPairs(pairs: ArrayLike<number>): KanoResult {
  const counts: Record<KanoCategory, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
  let n = 0;
  for (let f = 0; f < 5; f++) {
    for (let d = 0; d < 5; d++) {
      const c = pairs[f * 5 + d]!;
      counts[KANO_TABLE[f]![d]!] += c;
      n += c;
    }
  }
  const order: KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];
  const sorted = [...order].sort((a, b) => counts[b] - counts[a]);
  let category = sorted[0]!;
  const strength = n > 0 ? (counts[sorted[0]!] - counts[sorted[1]!]) / n : 0;
  if (strength <= 0.06) {
    const top = counts[sorted[0]!];
    const second = counts[sorted[1]!];
    const close = order.filter((c) => counts[c] === top || (c === sorted[1] && top - second <= 0.06 * n));
    category = order.find((c) => close.includes(c)) ?? category;
  }
  const aoMI = counts.A + counts.O + counts.M + counts.I;
  return {
    n,
    counts,
    category,
    better: aoMI > 0 ? (counts.A + counts.O) / aoMI : Number.NaN,
    worse: aoMI > 0 ? -(counts.O + counts.M) / aoMI : Number.NaN,
  };
}

export const SERVQUAL_DIMENSIONS: readonly { readonly id: string; readonly items: readonly number[] }[] = [
  { id: 'tangibles', items: [1, 2, 3, 4] },
  { id: 'reliability', items: [5, 6, 7, 8, 9] },
  { id: 'responsiveness', items: [10, 11, 12, 13] },
  { id: 'assurance', items: [14, 15, 16, 17] },
  { id: 'empathy', items: [18, 19, 20, 21, 22] },
];
