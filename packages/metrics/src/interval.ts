import { normalQuantile } from './distributions.js';
import { checkConfidence, MetricsError } from './errors.js';

/** The interval methods this package uses; each result names the one it applied. */
export type IntervalMethod = 'wald' | 'adjusted-wald' | 'wilson' | 't' | 'welch-t' | 'z';

/** A two-sided confidence interval. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
  readonly confidence: number;
  readonly method: IntervalMethod;
}

/** Two-sided critical z for a confidence level, Φ⁻¹(1 − α/2). */
export function zCritical(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

/**
 * Wilson score interval for a proportion (Wilson 1927; Agresti & Coull 1998):
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n). NaN bounds for n = 0; throws `invalid_argument` unless
 * 0 ≤ successes ≤ n are finite and 0 < confidence < 1.
 */
export function wilsonInterval(successes: number, n: number, confidence: number): Interval {
  checkConfidence(confidence);
  if (!(Number.isFinite(n) && Number.isFinite(successes) && successes >= 0 && successes <= n)) {
    throw new MetricsError('invalid_argument', `need 0 ≤ successes ≤ n, got ${successes} of ${n}`, [
      'successes',
    ]);
  }
  if (n === 0) return { lower: Number.NaN, upper: Number.NaN, confidence, method: 'wilson' };
  const z = zCritical(confidence);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At p = 0 and p = 1 the bound is exactly 0 or 1 (center ∓ half cancel); do not leave it to rounding.
  return {
    lower: successes === 0 ? 0 : Math.max(0, center - half),
    upper: successes === n ? 1 : Math.min(1, center + half),
    confidence,
    method: 'wilson',
  };
}
