/**
 * Error policy of `@frontstage/metrics`:
 *
 * - A call that breaks the contract (a malformed scale, summaries on different scales merged together,
 *   a confidence level outside (0, 1), a matrix that is not square, an unknown id) throws a `MetricsError`
 *   whose `code` is one of `MetricsErrorCode`. These are programming errors: the caller passed the wrong thing.
 * - Data that is merely insufficient (an empty histogram, n = 1 for a t interval, a singular correlation
 *   matrix in key drivers) is an expected outcome: the result is returned with `NaN` estimates and its `n`,
 *   never thrown. Observations that cannot be counted (out of range, not an integer, missing) are counted in
 *   the summary's `excluded` tallies, never silently dropped.
 */
export type MetricsErrorCode =
  | 'invalid_scale'
  | 'scale_mismatch'
  | 'invalid_argument'
  | 'dimension_mismatch'
  | 'unknown_id';

/** The one error type this package throws; `code` is a literal so callers can switch on it. */
export class MetricsError extends Error {
  readonly code: MetricsErrorCode;
  /** Where in the input the problem is (argument name, index path). */
  readonly path: readonly (string | number)[];

  constructor(code: MetricsErrorCode, message: string, path: readonly (string | number)[] = []) {
    super(message);
    this.name = 'MetricsError';
    this.code = code;
    this.path = path;
  }
}

/** Closes a switch over a literal union: the compiler proves the default is unreachable. */
export function assertNever(value: never): never {
  throw new MetricsError('invalid_argument', `unexpected value: ${String(value)}`);
}

/** Throws unless 0 < confidence < 1. */
export function checkConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new MetricsError('invalid_argument', `confidence must be in (0, 1), got ${confidence}`, [
      'confidence',
    ]);
  }
  return confidence;
}
