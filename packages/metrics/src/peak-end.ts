import { MetricsError } from './errors.js';
import { type Bilingual, bi } from './labels.js';

/**
 * Which moment counts as the peak: `absolute` the largest |value| (most intense, either sign), `best` the
 * highest value, `worst` the lowest value. Fredrickson & Kahneman (1993) use the most intense moment.
 */
export type PeakDefinition = 'absolute' | 'best' | 'worst';

export const PEAK_DEFINITION_LABELS: Readonly<Record<PeakDefinition, Bilingual>> = {
  absolute: bi('峰值：绝对值最大的时刻', 'Peak: the most intense moment (largest absolute value)'),
  best: bi('峰值：最好的时刻', 'Peak: the best moment'),
  worst: bi('峰值：最差的时刻', 'Peak: the worst moment'),
};

/** Peak-end summary of a sequence of moment ratings. */
export interface PeakEndResult {
  readonly kind: 'peak_end';
  readonly peakDefinition: PeakDefinition;
  /** 0-based index of the peak (first occurrence on ties). */
  readonly peakIndex: number;
  readonly peak: number;
  /** 0-based index of the end (the last counted moment). */
  readonly endIndex: number;
  readonly end: number;
  /** (peak + end)/2: the predicted remembered experience. */
  readonly remembered: number;
  /** Plain mean of the moments, for comparison (duration neglect). */
  readonly mean: number;
  readonly n: number;
  /** Indices of values that were not finite numbers, excluded from the computation. */
  readonly excludedIndices: readonly number[];
}

/**
 * Peak-end rule (Fredrickson & Kahneman 1993; Kahneman et al. 1993): remembered ≈ (peak + end)/2.
 * Non-finite values are excluded (reported by index); an empty sequence throws `invalid_argument`.
 */
export function peakEnd(
  values: readonly (number | null | undefined)[],
  options: { peak?: PeakDefinition } = {},
): PeakEndResult {
  const def = options.peak ?? 'absolute';
  const excludedIndices: number[] = [];
  let peakIndex = -1;
  let endIndex = -1;
  let sum = 0;
  let n = 0;
  const key = (v: number) => (def === 'absolute' ? Math.abs(v) : def === 'best' ? v : -v);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      excludedIndices.push(i);
      return;
    }
    if (peakIndex < 0 || key(v) > key(values[peakIndex] as number)) peakIndex = i;
    endIndex = i;
    sum += v;
    n++;
  });
  if (n === 0)
    throw new MetricsError('invalid_argument', 'peak-end needs at least one finite value', ['values']);
  const peak = values[peakIndex] as number;
  const end = values[endIndex] as number;
  return {
    kind: 'peak_end',
    peakDefinition: def,
    peakIndex,
    peak,
    endIndex,
    end,
    remembered: (peak + end) / 2,
    mean: sum / n,
    n,
    excludedIndices,
  };
}
