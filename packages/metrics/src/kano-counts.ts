import { MetricsError } from './errors.js';

/** The five KANO answers, in evaluation-table order (Berger et al. 1993). */
export type KanoAnswer = 'like' | 'must_be' | 'neutral' | 'live_with' | 'dislike';
export const KANO_ANSWERS: readonly KanoAnswer[] = ['like', 'must_be', 'neutral', 'live_with', 'dislike'];

/** Why a KANO answer pair was not counted. */
export interface KanoExclusions {
  /** One or both answers missing. */
  readonly missing: number;
  /** An answer that is not one of the five options. */
  readonly invalid: number;
}

/**
 * KANO answer-pair counts for one feature: a 5×5 table, `counts[f * 5 + d]` for functional answer index f and
 * dysfunctional answer index d (order of `KANO_ANSWERS`). Mergeable by element-wise addition, exactly.
 */
export interface KanoPairCounts {
  readonly kind: 'kano_pair_counts';
  readonly counts: readonly number[];
  readonly excluded: KanoExclusions;
}

/** The empty table (identity of `mergeKanoCounts`). */
export function emptyKanoCounts(): KanoPairCounts {
  return {
    kind: 'kano_pair_counts',
    counts: new Array<number>(25).fill(0),
    excluded: { missing: 0, invalid: 0 },
  };
}

/** Index of an answer, or -1 for anything else. */
export function kanoAnswerIndex(answer: string): number {
  return KANO_ANSWERS.indexOf(answer as KanoAnswer);
}

/** Returns a new table with one (functional, dysfunctional) pair added or counted as excluded. */
export function addKanoPair(
  c: KanoPairCounts,
  functional: KanoAnswer | string | null | undefined,
  dysfunctional: KanoAnswer | string | null | undefined,
): KanoPairCounts {
  return addKanoPairs(c, [[functional, dysfunctional]]);
}

/** Returns a new table with many pairs added. */
export function addKanoPairs(
  c: KanoPairCounts,
  pairs: Iterable<readonly [KanoAnswer | string | null | undefined, KanoAnswer | string | null | undefined]>,
): KanoPairCounts {
  const counts = [...c.counts];
  let missing = c.excluded.missing;
  let invalid = c.excluded.invalid;
  for (const [f, d] of pairs) {
    if (f === null || f === undefined || d === null || d === undefined) {
      missing++;
      continue;
    }
    const fi = kanoAnswerIndex(f);
    const di = kanoAnswerIndex(d);
    if (fi < 0 || di < 0) {
      invalid++;
      continue;
    }
    counts[fi * 5 + di]!++;
  }
  return { kind: 'kano_pair_counts', counts, excluded: { missing, invalid } };
}

/** Merges two tables. */
export function mergeKanoCounts(a: KanoPairCounts, b: KanoPairCounts): KanoPairCounts {
  return {
    kind: 'kano_pair_counts',
    counts: a.counts.map((x, i) => x + b.counts[i]!),
    excluded: {
      missing: a.excluded.missing + b.excluded.missing,
      invalid: a.excluded.invalid + b.excluded.invalid,
    },
  };
}

/** Builds a table from a 5×5 matrix of counts (rows functional, columns dysfunctional). */
export function kanoCountsFromMatrix(matrix: readonly (readonly number[])[]): KanoPairCounts {
  if (matrix.length !== 5 || matrix.some((r) => r.length !== 5)) {
    throw new MetricsError('dimension_mismatch', 'a KANO pair table is 5×5', ['matrix']);
  }
  const counts = matrix.flat();
  counts.forEach((x, i) => {
    if (!(Number.isInteger(x) && x >= 0)) {
      throw new MetricsError('invalid_argument', `count must be a non-negative integer, got ${x}`, [
        'matrix',
        i,
      ]);
    }
  });
  return { kind: 'kano_pair_counts', counts, excluded: { missing: 0, invalid: 0 } };
}
