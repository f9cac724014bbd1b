import type { CoMoments, MissingHandling } from './comoments.js';
import { correlations } from './comoments.js';
import { symmetricEigen } from './eigen.js';
import { MetricsError } from './errors.js';

/** Relative weights of k predictors on one outcome. */
export interface RelativeWeightsResult {
  readonly kind: 'relative_weights';
  /** R² of the OLS regression of the outcome on all predictors (= Σ raw weights). */
  readonly r2: number;
  /** Raw weights ε_j: each predictor's share of R² (they sum to R²). */
  readonly raw: readonly number[];
  /** ε_j / R²: shares of the explained variance (sum to 1); NaN when R² = 0 (nothing to share). */
  readonly rescaled: readonly number[];
  /** Standardized regression weights β of the outcome on the orthogonalized predictors Z. */
  readonly beta: readonly number[];
  /**
   * True when the weights cannot be computed: Rxx (numerically) singular or indefinite, correlations that are
   * mutually inconsistent (R² > 1; both can come from pairwise missing data), or a correlation undefined (a
   * variable with zero variance or too few rows). Weights are then NaN.
   */
  readonly singular: boolean;
}

/**
 * Johnson's (2000) relative weights: with Rxx = VΛVᵀ (symmetric Jacobi eigen-decomposition),
 * Λ* = VΛ^{1/2}Vᵀ relates the predictors to their closest orthogonal counterparts Z; β = Λ*⁻¹·rxy regresses
 * the outcome on Z; raw weight ε_j = Σ_k (Λ*_jk)²·β_k²; R² = Σ β² = Σ ε. Throws `invalid_argument` when
 * the input is not a correlation matrix and vector; non-finite entries give NaN weights with `singular`.
 */
export function relativeWeights(input: {
  readonly rxx: readonly (readonly number[])[];
  readonly rxy: readonly number[];
}): RelativeWeightsResult {
  const { rxx, rxy } = input;
  const k = rxy.length;
  if (k === 0) throw new MetricsError('invalid_argument', 'need at least one predictor', ['rxy']);
  if (rxx.length !== k || rxx.some((row) => row.length !== k)) {
    throw new MetricsError('dimension_mismatch', `rxx must be ${k}×${k}`, ['rxx']);
  }
  rxx.forEach((row, i) => {
    row.forEach((x, j) => {
      if (Number.isFinite(x) && (Math.abs(x) > 1 + 1e-9 || (i === j && Math.abs(x - 1) > 1e-9))) {
        throw new MetricsError(
          'invalid_argument',
          `rxx must be a correlation matrix (|r| ≤ 1, unit diagonal)`,
          ['rxx', i, j],
        );
      }
    });
  });
  rxy.forEach((x, j) => {
    if (Math.abs(x) > 1 + 1e-9) {
      throw new MetricsError('invalid_argument', `rxy must hold correlations (|r| ≤ 1), got ${x}`, [
        'rxy',
        j,
      ]);
    }
  });
  const nan = new Array<number>(k).fill(Number.NaN);
  const notFinite =
    rxx.some((row) => row.some((x) => !Number.isFinite(x))) || rxy.some((x) => !Number.isFinite(x));
  if (notFinite)
    return { kind: 'relative_weights', r2: Number.NaN, raw: nan, rescaled: nan, beta: nan, singular: true };
  const { values, vectors: v } = symmetricEigen(rxx);
  if (values[k - 1]! <= 1e-10 * Math.max(1, values[0]!)) {
    return { kind: 'relative_weights', r2: Number.NaN, raw: nan, rescaled: nan, beta: nan, singular: true };
  }
  // Λ* = V diag(√λ) Vᵀ and its inverse V diag(1/√λ) Vᵀ
  const lam: number[][] = [];
  const lamInv: number[][] = [];
  for (let i = 0; i < k; i++) {
    lam.push([]);
    lamInv.push([]);
    for (let j = 0; j < k; j++) {
      let s = 0;
      let si = 0;
      for (let m = 0; m < k; m++) {
        const p = v[i]![m]! * v[j]![m]!;
        s += p * Math.sqrt(values[m]!);
        si += p / Math.sqrt(values[m]!);
      }
      lam[i]!.push(s);
      lamInv[i]!.push(si);
    }
  }
  const beta = lamInv.map((row) => row.reduce((acc, x, j) => acc + x * rxy[j]!, 0));
  const raw = lam.map((row) => row.reduce((acc, x, m) => acc + x * x * beta[m]! ** 2, 0));
  const r2 = beta.reduce((acc, b) => acc + b * b, 0);
  // R² > 1 means [Rxx rxy; rxyᵀ 1] is not positive semidefinite: correlations that no data set can have
  // together (pairwise missing handling can produce them). No weights exist for them.
  if (!(r2 <= 1 + 1e-9)) {
    return { kind: 'relative_weights', r2: Number.NaN, raw: nan, rescaled: nan, beta: nan, singular: true };
  }
  const rescaled = raw.map((e) => (r2 > 0 ? e / r2 : Number.NaN));
  return { kind: 'relative_weights', r2, raw, rescaled, beta, singular: false };
}

/** Key-driver analysis of touchpoint ratings on an outcome. */
export interface KeyDriversResult {
  readonly kind: 'key_drivers';
  readonly outcomeIndex: number;
  /** Variable indices of the predictors, in order. */
  readonly predictors: readonly number[];
  readonly weights: RelativeWeightsResult;
  /** Correlation of each predictor with the outcome. */
  readonly correlations: readonly number[];
  /** Mean of each predictor (performance, for IPA). */
  readonly means: readonly number[];
  readonly missing: MissingHandling;
  /** Smallest n behind any correlation used (equal to every n under listwise handling). */
  readonly n: number;
  /** Rows seen, and rows with a missing value (dropped under listwise). */
  readonly rows: number;
  readonly incompleteRows: number;
}

/**
 * Key drivers (DESIGN.md Methods): relative weights (Johnson 2000) of every other variable on the outcome
 * variable, from a co-moment summary of raw ratings; also their correlations and means (for IPA).
 */
export function keyDrivers(c: CoMoments, outcomeIndex: number): KeyDriversResult {
  if (!(Number.isInteger(outcomeIndex) && outcomeIndex >= 0 && outcomeIndex < c.k)) {
    throw new MetricsError('invalid_argument', `outcomeIndex must be 0…${c.k - 1}`, ['outcomeIndex']);
  }
  const cs = correlations(c);
  const predictors = Array.from({ length: c.k }, (_, i) => i).filter((i) => i !== outcomeIndex);
  const rxx = predictors.map((i) => predictors.map((j) => (i === j ? 1 : cs.r[i]![j]!)));
  const rxy = predictors.map((i) => cs.r[i]![outcomeIndex]!);
  let n = Number.POSITIVE_INFINITY;
  for (let i = 0; i < c.k; i++) for (let j = 0; j < c.k; j++) n = Math.min(n, cs.n[i]![j]!);
  return {
    kind: 'key_drivers',
    outcomeIndex,
    predictors,
    weights: relativeWeights({ rxx, rxy }),
    correlations: rxy,
    means: predictors.map((i) => cs.means[i]!),
    missing: c.missing,
    n: Number.isFinite(n) ? n : 0,
    rows: c.rows,
    incompleteRows: c.incompleteRows,
  };
}
