import { MetricsError } from './errors.js';

/**
 * How rows with missing values are counted:
 * - `listwise`: a row counts only if all k variables are present (every statistic shares one n; the
 *   correlation matrix is positive semidefinite). The default.
 * - `pairwise`: every pair (i, j) counts the rows where both i and j are present (more data, but each
 *   correlation has its own n and the matrix may be indefinite).
 */
export type MissingHandling = 'listwise' | 'pairwise';

/**
 * Co-moment summary over k variables (n, Σx, Σxxᵀ), kept per pair so that both missing-value handlings use
 * one representation: for a pair (i, j), `n[i·k+j]` rows, `sum[i·k+j]` = Σxᵢ and `sumSquares[i·k+j]` = Σxᵢ²
 * over those rows, `cross[i·k+j]` = Σxᵢxⱼ. Under `listwise` all pairs share one n. Mergeable by addition;
 * exact for integer ratings.
 */
export interface CoMoments {
  readonly kind: 'comoments';
  readonly k: number;
  readonly missing: MissingHandling;
  readonly rows: number;
  readonly n: readonly number[];
  readonly sum: readonly number[];
  readonly sumSquares: readonly number[];
  readonly cross: readonly number[];
  /** Listwise: rows dropped for a missing value. Pairwise: rows in which at least one value was missing. */
  readonly incompleteRows: number;
}

/** The empty co-moment summary over k variables. */
export function emptyCoMoments(k: number, missing: MissingHandling = 'listwise'): CoMoments {
  if (!(Number.isInteger(k) && k >= 1))
    throw new MetricsError('invalid_argument', `k must be ≥ 1, got ${k}`, ['k']);
  const z = () => new Array<number>(k * k).fill(0);
  return {
    kind: 'comoments',
    k,
    missing,
    rows: 0,
    n: z(),
    sum: z(),
    sumSquares: z(),
    cross: z(),
    incompleteRows: 0,
  };
}

const present = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** Adds rows (each of length k; null, undefined, NaN or ±Infinity are missing) with one copy of the arrays. */
export function addCoMomentRows(
  c: CoMoments,
  rows: Iterable<readonly (number | null | undefined)[]>,
): CoMoments {
  const { k } = c;
  const n = [...c.n];
  const sum = [...c.sum];
  const sumSquares = [...c.sumSquares];
  const cross = [...c.cross];
  let count = c.rows;
  let incomplete = c.incompleteRows;
  for (const row of rows) {
    if (row.length !== k) {
      throw new MetricsError('dimension_mismatch', `row has ${row.length} values, expected ${k}`, ['row']);
    }
    count++;
    const complete = row.every(present);
    if (!complete) {
      incomplete++;
      if (c.missing === 'listwise') continue;
    }
    for (let i = 0; i < k; i++) {
      const xi = row[i];
      if (!present(xi)) continue;
      for (let j = 0; j < k; j++) {
        const xj = row[j];
        if (!present(xj)) continue;
        const p = i * k + j;
        n[p]!++;
        sum[p]! += xi;
        sumSquares[p]! += xi * xi;
        cross[p]! += xi * xj;
      }
    }
  }
  return { ...c, rows: count, n, sum, sumSquares, cross, incompleteRows: incomplete };
}

/** Adds one row. */
export function addCoMomentRow(c: CoMoments, row: readonly (number | null | undefined)[]): CoMoments {
  return addCoMomentRows(c, [row]);
}

/** Merges two summaries over the same k and handling. */
export function mergeCoMoments(a: CoMoments, b: CoMoments): CoMoments {
  if (a.k !== b.k || a.missing !== b.missing) {
    throw new MetricsError(
      'dimension_mismatch',
      'cannot merge co-moments of different k or missing handling',
    );
  }
  const add = (x: readonly number[], y: readonly number[]) => x.map((v, i) => v + y[i]!);
  return {
    ...a,
    rows: a.rows + b.rows,
    n: add(a.n, b.n),
    sum: add(a.sum, b.sum),
    sumSquares: add(a.sumSquares, b.sumSquares),
    cross: add(a.cross, b.cross),
    incompleteRows: a.incompleteRows + b.incompleteRows,
  };
}

/** Correlations, means and SDs from co-moments. */
export interface CorrelationSummary {
  readonly k: number;
  /** Pearson r, row-major k×k (NaN where a pair has n < 2 or zero variance). */
  readonly r: readonly (readonly number[])[];
  /** n behind each r. */
  readonly n: readonly (readonly number[])[];
  readonly means: readonly number[];
  readonly sds: readonly number[];
  readonly missing: MissingHandling;
}

/**
 * Pearson correlations from co-moments: r = (nΣxy − ΣxΣy)/√((nΣx² − (Σx)²)(nΣy² − (Σy)²)) over the rows
 * that count for each pair; means and SDs per variable over the rows where it is present (its diagonal).
 */
export function correlations(c: CoMoments): CorrelationSummary {
  const { k } = c;
  const r: number[][] = [];
  const nn: number[][] = [];
  for (let i = 0; i < k; i++) {
    r.push([]);
    nn.push([]);
    for (let j = 0; j < k; j++) {
      const p = i * k + j;
      const q = j * k + i;
      const n = c.n[p]!;
      nn[i]!.push(n);
      if (i === j) {
        r[i]!.push(n > 1 && c.sumSquares[p]! * n - c.sum[p]! ** 2 > 0 ? 1 : Number.NaN);
        continue;
      }
      const vx = n * c.sumSquares[p]! - c.sum[p]! ** 2;
      const vy = n * c.sumSquares[q]! - c.sum[q]! ** 2;
      const cov = n * c.cross[p]! - c.sum[p]! * c.sum[q]!;
      r[i]!.push(
        n > 1 && vx > 0 && vy > 0 ? Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy))) : Number.NaN,
      );
    }
  }
  const means: number[] = [];
  const sds: number[] = [];
  for (let i = 0; i < k; i++) {
    const p = i * k + i;
    const n = c.n[p]!;
    means.push(n > 0 ? c.sum[p]! / n : Number.NaN);
    sds.push(n > 1 ? Math.sqrt(Math.max(0, (c.sumSquares[p]! - c.sum[p]! ** 2 / n) / (n - 1))) : Number.NaN);
  }
  return { k, r, n: nn, means, sds, missing: c.missing };
}
