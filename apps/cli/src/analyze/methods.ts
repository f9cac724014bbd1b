/**
 * The statistical methods the analysis report calls, over the collector's summaries. This is the single seam
 * between the CLI and `@frontstage/metrics`: every formula belongs to the metrics package; what is here only
 * adapts summaries (histograms indexed from a scale minimum, pairwise co-moments) to its inputs.
 */
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

const Z95 = 1.959963984540054;

/** Two-sided 97.5 % quantile of Student's t with `df` degrees of freedom (Cornish–Fisher expansion). */
export function t975(df: number): number {
  if (!(df > 0)) return Number.NaN;
  const z = Z95;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

/** n, mean, sample SD and 95 % t interval from a histogram whose index 0 is scale point `lo`. */
export function histStats(hist: ArrayLike<number>, lo: number): ScoreStats {
  let n = 0;
  let s = 0;
  let ss = 0;
  for (let i = 0; i < hist.length; i++) {
    const c = hist[i]!;
    const x = lo + i;
    n += c;
    s += c * x;
    ss += c * x * x;
  }
  const mean = n > 0 ? s / n : Number.NaN;
  const v = n > 1 ? Math.max(0, (ss - (s * s) / n) / (n - 1)) : Number.NaN;
  const sd = Math.sqrt(v);
  const h = n > 1 ? t975(n - 1) * (sd / Math.sqrt(n)) : Number.NaN;
  return { n, mean, sd, ci: { lo: mean - h, hi: mean + h } };
}

/** Wilson score interval for a proportion (95 %). */
export function wilson(k: number, n: number): Interval {
  if (n === 0) return { lo: Number.NaN, hi: Number.NaN };
  const p = k / n;
  const z2 = Z95 * Z95;
  const den = 1 + z2 / n;
  const mid = (p + z2 / (2 * n)) / den;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / den;
  return { lo: Math.max(0, mid - half), hi: Math.min(1, mid + half) };
}

export interface Share {
  readonly value: number;
  readonly ci: Interval;
  readonly n: number;
}

/** CSAT: share of answers in the top two points of a 1–5 scale (4–5), Wilson interval (DESIGN.md Methods). */
export function csatTop2(hist: ArrayLike<number>, lo: number, hi: number): Share {
  let n = 0;
  let k = 0;
  for (let i = 0; i < hist.length; i++) {
    n += hist[i]!;
    if (lo + i >= hi - 1) k += hist[i]!;
  }
  return { value: n > 0 ? k / n : Number.NaN, ci: wilson(k, n), n };
}

/** CES 2.0 top-3-box: share answering 5–7 on 1–7, Wilson interval. */
export function cesTop3(hist: ArrayLike<number>, lo: number, hi: number): Share {
  let n = 0;
  let k = 0;
  for (let i = 0; i < hist.length; i++) {
    n += hist[i]!;
    if (lo + i >= hi - 2) k += hist[i]!;
  }
  return { value: n > 0 ? k / n : Number.NaN, ci: wilson(k, n), n };
}

export interface NpsStats {
  readonly n: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** On −100…100. */
  readonly nps: number;
  /** Adjusted-Wald 95 % interval (MeasuringU: n + 3, ¾ added to promoters and detractors), ×100. */
  readonly ci: Interval;
  /** Variance of the per-respondent score (+1/0/−1), for two-sample tests. */
  readonly variance: number;
}

/** NPS from a 0–10 histogram: promoters 9–10, passives 7–8, detractors 0–6 (DESIGN.md Methods). */
export function npsFromHist(hist: ArrayLike<number>, lo: number): NpsStats {
  let n = 0;
  let p = 0;
  let d = 0;
  for (let i = 0; i < hist.length; i++) {
    const x = lo + i;
    const c = hist[i]!;
    n += c;
    if (x >= 9) p += c;
    else if (x <= 6) d += c;
  }
  const pp = n > 0 ? p / n : Number.NaN;
  const pd = n > 0 ? d / n : Number.NaN;
  const variance = pp + pd - (pp - pd) ** 2;
  const na = n + 3;
  const pa = (p + 0.75) / na;
  const da = (d + 0.75) / na;
  const va = pa + da - (pa - da) ** 2;
  const se = Math.sqrt(va / na);
  const mid = pa - da;
  return {
    n,
    promoters: p,
    passives: n - p - d,
    detractors: d,
    nps: (pp - pd) * 100,
    ci: { lo: Math.max(-1, mid - Z95 * se) * 100, hi: Math.min(1, mid + Z95 * se) * 100 },
    variance,
  };
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(z * z) / 2);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Regularised incomplete beta I_x(a, b) by Lentz's continued fraction (Numerical Recipes §6.4). */
function betaInc(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnBeta = lgamma(a + b) - lgamma(a) - lgamma(b);
  const front = Math.exp(lnBeta + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - betaInc(1 - x, b, a);
  let f = 1;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < 1e-300) d = 1e-300;
  d = 1 / d;
  f = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = 1 + aa / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    f *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = 1 + aa / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    f *= del;
    if (Math.abs(del - 1) < 1e-12) break;
  }
  return (front * f) / a;
}

function lgamma(x: number): number {
  // Lanczos approximation, g = 7.
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const xx = x - 1;
  let a = c[0]!;
  const t = xx + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Two-sided p-value of Student's t. */
export function tTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t) || !(df > 0)) return Number.NaN;
  return betaInc(df / (df + t * t), df / 2, 0.5);
}

export interface MeanTest {
  readonly difference: number;
  readonly t: number;
  readonly df: number;
  readonly p: number;
}

/** Welch's two-sample t test of means. */
export function welch(a: ScoreStats, b: ScoreStats): MeanTest {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  const t = (a.mean - b.mean) / se;
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { difference: a.mean - b.mean, t, df, p: tTwoSidedP(t, df) };
}

/** Two-sample NPS difference: SE = √(Var₁/n₁ + Var₂/n₂), z test (DESIGN.md Methods). */
export function npsDifference(a: NpsStats, b: NpsStats): { difference: number; z: number; p: number } {
  const se = Math.sqrt(a.variance / a.n + b.variance / b.n);
  const diff = (a.nps - b.nps) / 100;
  const z = diff / se;
  return { difference: diff * 100, z, p: 2 * (1 - normalCdf(Math.abs(z))) };
}

/** Symmetric eigen-decomposition by cyclic Jacobi rotations. Returns eigenvalues and column eigenvectors. */
function jacobiEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = a.map((r) => [...r]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
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
  if (rxx.some((r) => r.some((x) => !Number.isFinite(x))) || rxy.some((x) => !Number.isFinite(x))) return null;
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
