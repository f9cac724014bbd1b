import { MetricsError } from './errors.js';
import { checkAxisScale, type ScoreScale } from './histogram.js';
import { type Bilingual, bi } from './labels.js';
import { type PeakDefinition, peakEnd } from './peak-end.js';

/** The classes a touchpoint can earn as a moment of truth (DESIGN.md, "MOT detection"). */
export type MotClass = 'first' | 'complaint' | 'high_frequency' | 'high_perception' | 'end' | 'peak';
export const MOT_CLASSES: readonly MotClass[] = [
  'first',
  'complaint',
  'high_frequency',
  'high_perception',
  'end',
  'peak',
];

export type MotPolarity = 'positive' | 'negative' | 'neutral';

/** Strategies: positive → reinforce; negative → prevent, manage in the moment, recover; neutral → simplify. */
export type MotStrategy = 'reinforce' | 'prevent' | 'manage_in_moment' | 'recover' | 'simplify';

export const MOT_CLASS_LABELS: Readonly<Record<MotClass, Bilingual>> = {
  first: bi('首次接触时刻', 'First encounter'),
  complaint: bi('投诉集中时刻', 'Complaint moment'),
  high_frequency: bi('高频接触时刻', 'High-frequency moment'),
  high_perception: bi('高感知时刻', 'High-perception moment'),
  end: bi('结束时刻', 'End moment'),
  peak: bi('峰值时刻', 'Peak moment'),
};

export const MOT_POLARITY_LABELS: Readonly<Record<MotPolarity, Bilingual>> = {
  positive: bi('正面', 'Positive'),
  negative: bi('负面', 'Negative'),
  neutral: bi('中性', 'Neutral'),
};

export const MOT_STRATEGY_LABELS: Readonly<Record<MotStrategy, Bilingual>> = {
  reinforce: bi('强化：放大并复制这一正面体验', 'Reinforce: amplify and replicate the positive experience'),
  prevent: bi(
    '预防：从流程上消除问题发生的原因',
    'Prevent: remove the causes of the problem from the process',
  ),
  manage_in_moment: bi(
    '即时处置：问题发生时当场妥善处理',
    'Manage in the moment: handle the problem well as it happens',
  ),
  recover: bi('事后补救：道歉、补偿并跟进回访', 'Recover afterwards: apologize, make amends and follow up'),
  simplify: bi(
    '简化：减少步骤与等待，做到省心省力',
    'Simplify: cut steps and waiting so it takes little effort',
  ),
};

/** Strategies each polarity calls for. */
export const MOT_STRATEGIES: Readonly<Record<MotPolarity, readonly MotStrategy[]>> = {
  positive: ['reinforce'],
  negative: ['prevent', 'manage_in_moment', 'recover'],
  neutral: ['simplify'],
};

/** A touchpoint as MOT detection sees it. */
export interface MotTouchpoint {
  readonly id: string;
  /** Position in the journey (time order); smallest is first, largest is the end. */
  readonly order: number;
  /** Interactions per period. */
  readonly traffic?: number;
  /** Complaints per period. */
  readonly complaints?: number;
  /** Key-driver weight, rescaled (shares summing to 1 across touchpoints), e.g. from `keyDrivers`. */
  readonly driverWeight?: number;
  /** Emotion score on `settings.emotionScale` (designed or measured). */
  readonly emotion?: number;
}

/** Detection thresholds. Every one is a setting; the defaults are documented here and in `DEFAULT_MOT_SETTINGS`. */
export interface MotSettings {
  /** `high_frequency` when traffic ≥ ratio × the mean traffic of touchpoints with known traffic. Default 1.5. */
  readonly highFrequencyRatio: number;
  /** `complaint` when complaints/traffic ≥ this rate. Default 0.01 (1 complaint per 100 interactions). */
  readonly complaintRate: number;
  /** `complaint` also when the touchpoint carries ≥ this share of all complaints. Default 0.25. */
  readonly complaintShare: number;
  /** `high_perception` when driver weight ≥ ratio × the even share 1/k. Default 1.5. */
  readonly driverWeightRatio: number;
  /** `high_perception` when |emotion − midpoint| ≥ this fraction of the half-range. Default 0.6 (±3 on −5…5). */
  readonly emotionIntensity: number;
  /** Polarity positive/negative when emotion is this fraction of the half-range above/below the midpoint. Default 0.2. */
  readonly polarityThreshold: number;
  /** Scale of emotion scores. Default −5…5 (the journey model's designed scale). */
  readonly emotionScale: ScoreScale;
  /** Which peak definition marks the `peak` touchpoint. Default `absolute`. */
  readonly peak: PeakDefinition;
}

export const DEFAULT_MOT_SETTINGS: MotSettings = {
  highFrequencyRatio: 1.5,
  complaintRate: 0.01,
  complaintShare: 0.25,
  driverWeightRatio: 1.5,
  emotionIntensity: 0.6,
  polarityThreshold: 0.2,
  emotionScale: { min: -5, max: 5 },
  peak: 'absolute',
};

export interface MotReason {
  readonly class: MotClass;
  readonly reason: Bilingual;
}

export interface MomentOfTruth {
  readonly id: string;
  readonly order: number;
  readonly isMoment: boolean;
  readonly classes: readonly MotClass[];
  readonly reasons: readonly MotReason[];
  readonly polarity: MotPolarity;
  readonly strategies: readonly MotStrategy[];
}

export interface MomentsOfTruthResult {
  readonly kind: 'moments_of_truth';
  readonly settings: MotSettings;
  /** All touchpoints in journey order, with the classes they earned. */
  readonly touchpoints: readonly MomentOfTruth[];
  readonly n: number;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const num = (x: number) => String(Math.round(x * 100) / 100);

/**
 * Moment-of-truth detection (Carlzon 1987; Normann 1984): `first` and `end` by journey order,
 * `high_frequency` by traffic, `complaint` by complaint rate or share, `high_perception` by key-driver weight
 * or emotion intensity, `peak` by the peak-end rule (Fredrickson & Kahneman 1993) over emotions; polarity
 * from emotion (complaints make it negative) and the strategy each polarity calls for.
 * Throws `invalid_argument` on duplicate ids or a non-finite order.
 */
export function momentsOfTruth(
  touchpoints: readonly MotTouchpoint[],
  settings: Partial<MotSettings> = {},
): MomentsOfTruthResult {
  const s: MotSettings = { ...DEFAULT_MOT_SETTINGS, ...settings };
  checkAxisScale(s.emotionScale, ['settings', 'emotionScale']);
  const ids = new Set<string>();
  touchpoints.forEach((t, i) => {
    if (ids.has(t.id))
      throw new MetricsError('invalid_argument', `duplicate touchpoint id ${t.id}`, [i, 'id']);
    if (!Number.isFinite(t.order))
      throw new MetricsError('invalid_argument', `order must be finite`, [i, 'order']);
    ids.add(t.id);
  });
  const sorted = [...touchpoints].sort((a, b) => a.order - b.order);
  const known = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
  const traffics = sorted.map((t) => t.traffic).filter(known);
  const meanTraffic = traffics.reduce((a, b) => a + b, 0) / traffics.length;
  const totalComplaints = sorted
    .map((t) => t.complaints)
    .filter(known)
    .reduce((a, b) => a + b, 0);
  const weights = sorted.map((t) => t.driverWeight).filter(known);
  const evenShare = 1 / weights.length;
  const mid = (s.emotionScale.min + s.emotionScale.max) / 2;
  const half = (s.emotionScale.max - s.emotionScale.min) / 2;
  const withEmotion = sorted.filter((t) => known(t.emotion));
  const peakId = withEmotion.length
    ? withEmotion[
        peakEnd(
          withEmotion.map((t) => (t.emotion as number) - mid),
          { peak: s.peak },
        ).peakIndex
      ]!.id
    : undefined;
  const result = sorted.map((t, i): MomentOfTruth => {
    const reasons: MotReason[] = [];
    const add = (c: MotClass, zh: string, en: string) => reasons.push({ class: c, reason: bi(zh, en) });
    if (i === 0)
      add(
        'first',
        '旅程中的第一个接触点，形成第一印象。',
        'The first touchpoint of the journey: it forms the first impression.',
      );
    if (known(t.complaints) && t.complaints > 0) {
      const rate = known(t.traffic) && t.traffic > 0 ? t.complaints / t.traffic : Number.NaN;
      const share = totalComplaints > 0 ? t.complaints / totalComplaints : 0;
      if (rate >= s.complaintRate) {
        add(
          'complaint',
          `投诉率 ${pct(rate)}，达到阈值 ${pct(s.complaintRate)}。`,
          `Complaint rate ${pct(rate)}, at or above the ${pct(s.complaintRate)} threshold.`,
        );
      } else if (share >= s.complaintShare) {
        add(
          'complaint',
          `占全部投诉的 ${pct(share)}，达到阈值 ${pct(s.complaintShare)}。`,
          `Carries ${pct(share)} of all complaints, at or above the ${pct(s.complaintShare)} threshold.`,
        );
      }
    }
    if (
      known(t.traffic) &&
      traffics.length > 1 &&
      t.traffic >= s.highFrequencyRatio * meanTraffic &&
      t.traffic > 0
    ) {
      add(
        'high_frequency',
        `接触量 ${num(t.traffic)}，是平均值的 ${num(t.traffic / meanTraffic)} 倍（阈值 ${num(s.highFrequencyRatio)} 倍）。`,
        `Traffic ${num(t.traffic)} is ${num(t.traffic / meanTraffic)}× the average (threshold ${num(s.highFrequencyRatio)}×).`,
      );
    }
    const byWeight =
      known(t.driverWeight) && weights.length > 1 && t.driverWeight >= s.driverWeightRatio * evenShare;
    const intensity = known(t.emotion) ? Math.abs(t.emotion - mid) / half : 0;
    if (byWeight) {
      add(
        'high_perception',
        `关键驱动权重 ${pct(t.driverWeight as number)}，达到平均份额的 ${num(s.driverWeightRatio)} 倍。`,
        `Key-driver weight ${pct(t.driverWeight as number)}, at least ${num(s.driverWeightRatio)}× the even share.`,
      );
    } else if (intensity >= s.emotionIntensity) {
      add(
        'high_perception',
        `情绪强度 ${num(t.emotion as number)}，达到阈值（半幅的 ${pct(s.emotionIntensity)}）。`,
        `Emotion ${num(t.emotion as number)} is intense: at least ${pct(s.emotionIntensity)} of the half-range from neutral.`,
      );
    }
    if (i === sorted.length - 1)
      add(
        'end',
        '旅程中的最后一个接触点，决定留下的记忆。',
        'The last touchpoint of the journey: it shapes what is remembered.',
      );
    if (t.id === peakId) {
      add(
        'peak',
        `旅程的情绪峰值（${num(t.emotion as number)}）。`,
        `The emotional peak of the journey (${num(t.emotion as number)}).`,
      );
    }
    const complaint = reasons.some((r) => r.class === 'complaint');
    const e = known(t.emotion) ? (t.emotion - mid) / half : 0;
    const polarity: MotPolarity =
      complaint || e <= -s.polarityThreshold ? 'negative' : e >= s.polarityThreshold ? 'positive' : 'neutral';
    const classes = MOT_CLASSES.filter((c) => reasons.some((r) => r.class === c));
    return {
      id: t.id,
      order: t.order,
      isMoment: classes.length > 0,
      classes,
      reasons,
      polarity,
      strategies: MOT_STRATEGIES[polarity],
    };
  });
  return { kind: 'moments_of_truth', settings: s, touchpoints: result, n: result.length };
}
