import { MetricsError } from './errors.js';

/** Eigen-decomposition of a symmetric matrix: A = V·diag(values)·Vᵀ, eigenvectors as the columns of V. */
export interface SymmetricEigen {
  /** Eigenvalues in descending order. */
  readonly values: readonly number[];
  /** V, row-major: `vectors[i][j]` is component i of eigenvector j. */
  readonly vectors: readonly (readonly number[])[];
}

/**
 * Cyclic Jacobi eigenvalue algorithm for a real symmetric matrix (Jacobi 1846; Golub & Van Loan,
 * Matrix Computations, §8.5; rotation formulas as in Numerical Recipes §11.1). Sweeps until the off-diagonal
 * norm is below 1e-15 of the Frobenius norm.
 */
export function symmetricEigen(matrix: readonly (readonly number[])[]): SymmetricEigen {
  const n = matrix.length;
  if (matrix.some((row) => row.length !== n)) {
    throw new MetricsError('dimension_mismatch', 'matrix must be square', ['matrix']);
  }
  const a = matrix.map((row) => [...row]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(a[i]![j]! - a[j]![i]!) > 1e-9 * (Math.abs(a[i]![j]!) + Math.abs(a[j]![i]!) + 1)) {
        throw new MetricsError('invalid_argument', 'matrix must be symmetric', ['matrix', i, j]);
      }
    }
  }
  const v: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  let frob = 0;
  for (const row of a) for (const x of row) frob += x * x;
  const tol = 1e-30 * Math.max(frob, 1e-300);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i]![j]! ** 2;
    if (off <= tol) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (apq === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) {
          const arp = a[r]![p]!;
          const arq = a[r]![q]!;
          a[r]![p] = c * arp - s * arq;
          a[r]![q] = s * arp + c * arq;
        }
        for (let r = 0; r < n; r++) {
          const apr = a[p]![r]!;
          const aqr = a[q]![r]!;
          a[p]![r] = c * apr - s * aqr;
          a[q]![r] = s * apr + c * aqr;
        }
        for (let r = 0; r < n; r++) {
          const vrp = v[r]![p]!;
          const vrq = v[r]![q]!;
          v[r]![p] = c * vrp - s * vrq;
          v[r]![q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y]![y]! - a[x]![x]!);
  return {
    values: order.map((i) => a[i]![i]!),
    vectors: v.map((row) => order.map((j) => row[j]!)),
  };
}
