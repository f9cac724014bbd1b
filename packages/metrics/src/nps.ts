import { normalTwoSidedP } from './distributions.js';
import { checkConfidence, MetricsError } from './errors.js';
import type { Exclusions, ScoreHistogram } from './histogram.js';
import { countBetween } from './histogram.js';
import { type Interval, zCritical } from './interval.js';
import { type Bilingual, bi } from './labels.js';

/** The three NPS groups. */
export type NpsGroup = 'promoter' | 'passive' | 'detractor';

export const NPS_GROUP_LABELS: Readonly<Record<NpsGroup, Bilingual>> = {
  promoter: bi('推荐者（9–10 分）', 'Promoters (9–10)'),
  passive: bi('被动者（7–8 分）', 'Passives (7–8)'),
  detractor: bi('贬损者（0–6 分）', 'Detractors (0–6)'),
};

/** Group of a 0–10 answer (promoters 9–10, passives 7–8, detractors 0–6; Reichheld 2003). */
export function npsGroup(score: number): NpsGroup | undefined {
  if (!Number.isInteger(score) || score < 0 || score > 10) return undefined;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

export type NpsIntervalMethod = 'wald' | 'adjusted-wald';

export interface NpsOptions {
  /** Default 0.95. */
  readonly confidence?: number;
  /** Default `'wald'`. */
  readonly interval?: NpsIntervalMethod;
}

/** Net Promoter Score of a 0–10 histogram. `value` is on −1…1, `score` is ×100. */
export interface NpsResult {
  readonly kind: 'nps';
  readonly value: number;
  readonly score: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** Answers counted (0–10 integers). */
  readonly n: number;
  /** Answers seen but not counted, by reason. */
  readonly excluded: Exclusions;
  /** Per-respondent variance of the −1/0/+1 score: (p_P + p_D) − (p_P − p_D)². */
  readonly variance: number;
  readonly se: number;
  readonly ci: Interval;
  /**
   * The adjusted-Wald inputs (present only with `interval: 'adjusted-wald'`): n + 3, P + ¾, D + ¾, the adjusted
   * NPS on which the interval is centred (MeasuringU), and its SE. `value` above stays the plain NPS.
   */
  readonly adjusted?: {
    readonly n: number;
    readonly promoters: number;
    readonly detractors: number;
    readonly value: number;
    readonly se: number;
  };
}

function checkNpsScale(h: ScoreHistogram): void {
  if (h.scale.min !== 0 || h.scale.max !== 10) {
    throw new MetricsError('scale_mismatch', `NPS needs a 0–10 scale, got ${h.scale.min}–${h.scale.max}`, [
      'scale',
    ]);
  }
}

/** Promoter/passive/detractor counts (promoters 9–10, passives 7–8, detractors 0–6). */
export function npsCounts(h: ScoreHistogram): { promoters: number; passives: number; detractors: number } {
  checkNpsScale(h);
  return {
    promoters: countBetween(h, 9, 10),
    passives: countBetween(h, 7, 8),
    detractors: countBetween(h, 0, 6),
  };
}

function npsVariance(promoters: number, detractors: number, n: number): number {
  const pp = promoters / n;
  const pd = detractors / n;
  return pp + pd - (pp - pd) ** 2;
}

/**
 * NPS = (P − D)/n with Var = (p_P + p_D) − (p_P − p_D)², SE = √(Var/n) (brendan-r/NPS; Rocks 2016).
 * Wald CI: NPS ± z·SE (clipped to −1…1). Adjusted-Wald (Sauro & Lewis, MeasuringU): add 3 to n and ¾ to promoters and to
 * detractors, then the Wald interval of the adjusted NPS, centred on the adjusted NPS (reported in `adjusted`);
 * `value` stays the unadjusted NPS. With n = 0 the Wald interval is NaN; the adjusted-Wald one is defined.
 */
export function nps(h: ScoreHistogram, options: NpsOptions = {}): NpsResult {
  const confidence = checkConfidence(options.confidence ?? 0.95);
  const method = options.interval ?? 'wald';
  const { promoters, passives, detractors } = npsCounts(h);
  const n = promoters + passives + detractors;
  const value = n > 0 ? (promoters - detractors) / n : Number.NaN;
  const variance = n > 0 ? npsVariance(promoters, detractors, n) : Number.NaN;
  const se = n > 0 ? Math.sqrt(variance / n) : Number.NaN;
  const z = zCritical(confidence);
  const clip = (x: number) => Math.min(1, Math.max(-1, x));
  let ci: Interval;
  let adjusted: NpsResult['adjusted'];
  if (method === 'adjusted-wald') {
    const na = n + 3;
    const pa = promoters + 0.75;
    const da = detractors + 0.75;
    const va = (pa - da) / na;
    const sea = Math.sqrt(npsVariance(pa, da, na) / na);
    adjusted = { n: na, promoters: pa, detractors: da, value: va, se: sea };
    ci = { lower: clip(va - z * sea), upper: clip(va + z * sea), confidence, method };
  } else if (method === 'wald') {
    ci = { lower: clip(value - z * se), upper: clip(value + z * se), confidence, method };
  } else {
    throw new MetricsError('invalid_argument', `unknown NPS interval method ${String(method)}`, ['interval']);
  }
  return {
    kind: 'nps',
    value,
    score: value * 100,
    promoters,
    passives,
    detractors,
    n,
    excluded: h.excluded,
    variance,
    se,
    ci,
    ...(adjusted ? { adjusted } : {}),
  };
}

/** Difference of two independent NPS values (b − a) with a z test. */
export interface NpsDifference {
  readonly kind: 'nps_difference';
  readonly test: 'two-sample z (unpooled variance)';
  /** NPS(b) − NPS(a) on −1…1. */
  readonly delta: number;
  readonly se: number;
  readonly z: number;
  /** Two-sided p-value. */
  readonly p: number;
  readonly ci: Interval;
  readonly a: NpsResult;
  readonly b: NpsResult;
  /** False when either side is empty or both variances are 0: then `z`, `p` and `ci` are NaN. */
  readonly sufficient: boolean;
}

/**
 * NPS difference b − a: SE = √(Var_a/n_a + Var_b/n_b), z = Δ/SE, two-sided p = 2·(1 − Φ(|z|)) (DESIGN.md,
 * Methods: NPS). A zero SE (both samples unanimous) cannot be tested: `sufficient` is false and z, p are NaN.
 */
export function npsDifference(
  a: ScoreHistogram,
  b: ScoreHistogram,
  options: { confidence?: number } = {},
): NpsDifference {
  const confidence = checkConfidence(options.confidence ?? 0.95);
  const ra = nps(a, { confidence });
  const rb = nps(b, { confidence });
  const delta = rb.value - ra.value;
  const se = Math.sqrt(ra.variance / ra.n + rb.variance / rb.n);
  const sufficient = ra.n > 0 && rb.n > 0 && se > 0;
  const z = sufficient ? delta / se : Number.NaN;
  const zc = sufficient ? zCritical(confidence) : Number.NaN;
  const clip = (x: number) => Math.min(2, Math.max(-2, x));
  return {
    kind: 'nps_difference',
    test: 'two-sample z (unpooled variance)',
    delta,
    se,
    z,
    p: normalTwoSidedP(z),
    ci: { lower: clip(delta - zc * se), upper: clip(delta + zc * se), confidence, method: 'z' },
    a: ra,
    b: rb,
    sufficient,
  };
}
