/**
 * The analysis report: everything `analyze` found, as one plain object. `--json` prints it as is
 * (schema `frontstage.analyze/1`, documented field by field below); the terminal and HTML writers only format it.
 */
import {
  type Bilingual,
  type IpaQuadrant,
  ipa,
  type KanoResult,
  type MotClass,
  type MotPolarity,
  type MotStrategy,
  momentsOfTruth,
  peakEnd,
  servqual as servqualResult,
} from '@frontstage/metrics';
import type { Text } from '@frontstage/model';
import { type Collected, columnExclusions, REASONS, type Reason } from './collect.js';
import type { ColumnSpec, Role, ServiceInfo } from './mapping.js';
import {
  cesTop3,
  csatTop2,
  driverWeights,
  histStats,
  type Interval,
  kanoOf,
  type NpsStats,
  npsFromHist,
  type ScoreStats,
  type Share,
  segmentTest,
} from './methods.js';

export const REPORT_SCHEMA = 'frontstage.analyze/1';

/** One scored column (a touchpoint rating, CSAT, CES or NPS question). */
export interface TouchpointResult {
  readonly column: string;
  /** Touchpoint id (from the service file or mapping), or null. */
  readonly touchpoint: string | null;
  /** The touchpoint's name from the service file (`{ zh-CN?, en? }` or a string); absent without one. */
  readonly label?: Text;
  readonly role: Role;
  readonly scale: readonly [number, number];
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  /** 95 % t interval of the mean. */
  readonly ci: Interval;
  /** Top-2-box share on 1–5 scales (CSAT), Wilson interval. */
  readonly csat: Share | null;
  /** CES 2.0 on 1–7: top-3-box share (5–7). */
  readonly ces: Share | null;
  /** NPS on 0–10 (−100…100), adjusted-Wald interval. */
  readonly nps: NpsStats | null;
  /** Counts per scale point, from the scale minimum. */
  readonly histogram: readonly number[];
  readonly isOutcome: boolean;
}

export interface Exclusion {
  readonly column: string;
  readonly reason: Reason;
  readonly count: number;
}

export interface DriverResult {
  readonly column: string;
  readonly touchpoint: string | null;
  /** The touchpoint's name from the service file (`{ zh-CN?, en? }` or a string); absent without one. */
  readonly label?: Text;
  /** Raw relative weight (sums to R² over drivers). */
  readonly weight: number;
  /** Share of R² (sums to 1). */
  readonly share: number;
  readonly rank: number;
  /** Zero-order (point-biserial for a two-label outcome) correlation with the outcome, and its pairwise n. */
  readonly r: number;
  readonly n: number;
}

export interface IpaItem {
  readonly column: string;
  readonly touchpoint: string | null;
  /** The touchpoint's name from the service file (`{ zh-CN?, en? }` or a string); absent without one. */
  readonly label?: Text;
  readonly importance: number;
  /** Mean on the 0–1 position of its scale ((mean − min)/(max − min)), so mixed scales compare. */
  readonly performance: number;
  readonly quadrant: IpaQuadrant;
}

export interface MomentOfTruth {
  readonly column: string;
  readonly touchpoint: string | null;
  /** The touchpoint's name from the service file (`{ zh-CN?, en? }` or a string); absent without one. */
  readonly label?: Text;
  readonly classes: readonly MotClass[];
  readonly polarity: MotPolarity;
  readonly strategies: readonly MotStrategy[];
  /** One sentence per class saying why the touchpoint earned it, in both languages. */
  readonly why: readonly Bilingual[];
}

export interface PeakEndPoint {
  readonly column: string;
  readonly position: number;
  readonly label?: Text;
}

export interface PeakEnd {
  /**
   * Definition used (metrics `peakEnd`, `absolute`): the peak is the most intense moment, the scale position
   * farthest from the scale midpoint.
   */
  readonly definition: 'most_intense_vs_scale_midpoint';
  readonly order: 'service_journey' | 'column_order';
  /** Each moment; `label` is the touchpoint's name from the service file, when there is one. */
  readonly sequence: readonly PeakEndPoint[];
  readonly peak: PeakEndPoint;
  readonly end: PeakEndPoint;
  /** (peak + end) / 2 on the 0–1 scale position (Fredrickson & Kahneman 1993). */
  readonly remembered: number;
  /** Plain mean of the sequence, for comparison. */
  readonly journeyMean: number;
}

export interface SegmentComparison {
  readonly by: string;
  readonly levels: readonly { readonly label: string; readonly n: number }[];
  /** Test used: two levels → Welch t (means) and the NPS z test; more → each level against the other levels, Bonferroni-adjusted. */
  readonly test: 'two_levels' | 'level_vs_rest_bonferroni';
  readonly items: readonly {
    readonly column: string;
    /** The touchpoint's name from the service file, when there is one. */
    readonly label?: Text;
    readonly levels: readonly {
      readonly label: string;
      readonly n: number;
      readonly mean: number;
      readonly ci: Interval;
      readonly nps: number | null;
      /** Difference to the other level(s) and its p-value (adjusted). */
      readonly difference: number;
      readonly p: number;
      readonly significant: boolean;
    }[];
  }[];
}

export interface AnalyzeReport {
  readonly schema: typeof REPORT_SCHEMA;
  readonly file: {
    readonly path: string;
    readonly format: 'csv' | 'xlsx';
    readonly delimiter: string | null;
    readonly bytes: number;
  };
  readonly rows: { readonly read: number; readonly short: number; readonly long: number };
  /** The cleaning rules applied, in words (the N/A rule, NA tokens, labels), in both languages. */
  readonly rules: readonly Bilingual[];
  readonly columns: readonly {
    readonly column: string;
    readonly role: Role;
    readonly scale: readonly [number, number] | null;
    readonly notApplicable: readonly number[];
    readonly touchpoint: string | null;
    /** The touchpoint's name from the service file (`{ zh-CN?, en? }` or a string); absent without one. */
    readonly label?: Text;
    readonly why: string | null;
    readonly excluded: Partial<Record<Reason, number>>;
  }[];
  /** Every non-zero exclusion count, by column and reason. */
  readonly exclusions: readonly Exclusion[];
  readonly touchpoints: readonly TouchpointResult[];
  readonly numbers: readonly {
    readonly column: string;
    readonly n: number;
    readonly mean: number;
    readonly sd: number;
    readonly min: number;
    readonly max: number;
  }[];
  readonly segments: readonly {
    readonly column: string;
    readonly levels: readonly { readonly label: string; readonly n: number }[];
    readonly excluded: Partial<Record<Reason, number>>;
  }[];
  readonly outcome: {
    readonly column: string;
    readonly kind: 'binary' | 'score';
    readonly positive: readonly string[] | null;
    readonly n: number;
    /** Share of positive labels (binary) or the mean (score). */
    readonly value: number;
  } | null;
  readonly drivers: {
    readonly method: 'relative_weights';
    readonly outcome: string;
    readonly r2: number;
    readonly items: readonly DriverResult[];
  } | null;
  readonly ipa: {
    readonly crosshair: { readonly importance: number; readonly performance: number };
    readonly items: readonly IpaItem[];
  } | null;
  readonly momentsOfTruth: readonly MomentOfTruth[];
  readonly peakEnd: PeakEnd | null;
  readonly kano: readonly ({ readonly feature: string } & KanoResult)[];
  readonly servqual: {
    readonly items: readonly {
      readonly item: number;
      readonly dimension: string;
      readonly n: number;
      readonly expectation: number;
      readonly perception: number;
      readonly gap: number;
      readonly gapCi: Interval;
    }[];
    readonly dimensions: readonly {
      readonly id: string;
      readonly gap: number;
      readonly items: number;
      /** Mean importance points (of 100) respondents gave the dimension; null when no points were mapped. */
      readonly importance: number | null;
    }[];
    /** Mean of the dimension gaps present, with its interval over complete respondents. */
    readonly unweighted: number;
    readonly unweightedCi: Interval;
    /**
     * Σ dimension gap × mean points / 100, with its interval over complete respondents with valid points
     * (n); null when no importance points were mapped or none were valid.
     */
    readonly weighted: { readonly score: number; readonly ci: Interval; readonly n: number } | null;
    /** Respondents whose points did not add up to 100 over the dimensions (excluded from the weighted score). */
    readonly invalidPoints: number;
    /** Points columns mapped but not used, and why (see `Collected`); null when used or none mapped. */
    readonly pointsUnused: {
      readonly reason: 'missing' | 'extra';
      readonly dimensions: readonly string[];
    } | null;
    readonly respondents: number;
  } | null;
  readonly comparison: SegmentComparison | null;
}

const DRIVER_ROLES: ReadonlySet<Role> = new Set(['rating', 'csat', 'ces', 'nps']);

function position(t: { mean: number; scale: readonly [number, number] }): number {
  return (t.mean - t.scale[0]) / (t.scale[1] - t.scale[0]);
}

function scoreOf(hist: Float64Array, spec: ColumnSpec): ScoreStats {
  return histStats(hist, spec.scale![0]);
}

/** Builds the report from the collected summaries. */
export function buildReport(
  c: Collected,
  file: AnalyzeReport['file'],
  service: ServiceInfo | undefined,
): AnalyzeReport {
  const specs = c.mapping.columns;
  const names = new Map<string, Text>();
  for (const t of service?.touchpoints ?? []) if (t.name !== undefined) names.set(t.id, t.name);
  /** `{ label }` for a column bound to a named touchpoint, else nothing (the JSON then has no `label`). */
  const labelOf = (touchpoint: string | null | undefined): { label?: Text } => {
    const name = touchpoint ? names.get(touchpoint) : undefined;
    return name !== undefined ? { label: name } : {};
  };
  const exclusions: Exclusion[] = [];
  const columns = specs.map((s, j) => {
    const excluded = columnExclusions(c, j);
    for (const r of REASONS)
      if (excluded[r]) exclusions.push({ column: s.column, reason: r, count: excluded[r] });
    return {
      column: s.column,
      role: s.role,
      scale: s.scale ?? null,
      notApplicable: s.notApplicable ?? [],
      touchpoint: s.touchpoint ?? null,
      ...labelOf(s.touchpoint),
      why: s.why ?? null,
      excluded,
    };
  });

  // Touchpoints in journey order when a service file is given, else column order.
  let tpIdx = specs.map((_, j) => j).filter((j) => DRIVER_ROLES.has(specs[j]!.role) && c.hist[j] !== null);
  const journey = service?.journeyOrder ?? [];
  const ordered = journey.length > 0 && tpIdx.some((j) => specs[j]!.touchpoint !== undefined);
  if (ordered) {
    const rank = (j: number) => {
      const k = journey.indexOf(specs[j]!.touchpoint ?? '');
      return k < 0 ? journey.length + j : k;
    };
    tpIdx = [...tpIdx].sort((a, b) => rank(a) - rank(b));
  }
  const touchpoints: TouchpointResult[] = tpIdx.map((j) => {
    const s = specs[j]!;
    const h = c.hist[j]!;
    const st = scoreOf(h, s);
    const [lo, hi] = s.scale!;
    return {
      column: s.column,
      touchpoint: s.touchpoint ?? null,
      ...labelOf(s.touchpoint),
      role: s.role,
      scale: [lo, hi],
      n: st.n,
      mean: st.mean,
      sd: st.sd,
      ci: st.ci,
      csat: hi === 5 && lo <= 1 && s.role !== 'nps' && s.role !== 'ces' ? csatTop2(h, lo, hi) : null,
      ces: s.role === 'ces' || (hi === 7 && lo === 1) ? cesTop3(h, lo, hi) : null,
      nps: s.role === 'nps' || (lo === 0 && hi === 10) ? npsFromHist(h, lo) : null,
      histogram: [...h],
      isOutcome: j === c.outcome,
    };
  });

  const numbers = specs.flatMap((s, j) => {
    const m = c.moments[j];
    if (!m) return [];
    const mean = m.n > 0 ? m.sum / m.n : Number.NaN;
    const sd = m.n > 1 ? Math.sqrt(Math.max(0, (m.sumSq - m.sum * mean) / (m.n - 1))) : Number.NaN;
    return [
      {
        column: s.column,
        n: m.n,
        mean,
        sd,
        min: m.n > 0 ? m.min : Number.NaN,
        max: m.n > 0 ? m.max : Number.NaN,
      },
    ];
  });

  const segments = specs.flatMap((s, j) => {
    const l = c.labels[j];
    if (!l) return [];
    const levels = l.display.map((label, k) => ({ label, n: l.counts[k]! })).sort((a, b) => b.n - a.n);
    return [{ column: s.column, levels, excluded: columnExclusions(c, j) }];
  });

  // Outcome.
  let outcome: AnalyzeReport['outcome'] = null;
  if (c.outcome >= 0) {
    const s = specs[c.outcome]!;
    const h = c.hist[c.outcome];
    if (h) {
      const st = scoreOf(h, s);
      outcome = { column: s.column, kind: 'score', positive: null, n: st.n, value: st.mean };
    } else if (c.moments[c.outcome]) {
      const m = c.moments[c.outcome]!;
      outcome = {
        column: s.column,
        kind: 'score',
        positive: null,
        n: m.n,
        value: m.n > 0 ? m.sum / m.n : Number.NaN,
      };
    } else if (c.labels[c.outcome]) {
      const l = c.labels[c.outcome]!;
      const pos = new Set((s.positive ?? []).map((p) => p.toLowerCase()));
      let n = 0;
      let k = 0;
      l.display.forEach((d, i) => {
        n += l.counts[i]!;
        if (pos.has(d.toLowerCase())) k += l.counts[i]!;
      });
      outcome = {
        column: s.column,
        kind: 'binary',
        positive: s.positive ?? [],
        n,
        value: n > 0 ? k / n : Number.NaN,
      };
    }
  }

  // Key drivers: relative weights over pairwise-complete correlations (metrics `keyDrivers`).
  let drivers: AnalyzeReport['drivers'] = null;
  if (c.co !== null && outcome !== null) {
    const w = driverWeights(c.co, c.rows);
    if (w) {
      const items = c.drivers.map((j, k) => ({
        column: specs[j]!.column,
        touchpoint: specs[j]!.touchpoint ?? null,
        ...labelOf(specs[j]!.touchpoint),
        weight: w.raw[k]!,
        share: w.rescaled[k]!,
        rank: 0,
        r: w.r[k]!,
        n: w.n[k]!,
      }));
      const sorted = [...items].sort((a, b) => b.weight - a.weight).map((d, i) => ({ ...d, rank: i + 1 }));
      drivers = { method: 'relative_weights', outcome: outcome.column, r2: w.r2, items: sorted };
    }
  }

  // IPA (metrics `ipa`): importance = driver share, performance = scale position of the mean; crosshairs at the means.
  let ipaResult: AnalyzeReport['ipa'] = null;
  if (drivers) {
    const perf = new Map(touchpoints.map((t) => [t.column, position(t)]));
    const r = ipa(
      drivers.items.map((d) => ({
        id: d.column,
        importance: d.share,
        performance: perf.get(d.column) ?? Number.NaN,
      })),
    );
    if (r.n > 0) {
      const tp = new Map(drivers.items.map((d) => [d.column, d.touchpoint]));
      ipaResult = {
        crosshair: { importance: r.crosshair.importance, performance: r.crosshair.performance },
        items: r.items.map((x) => ({
          column: x.id,
          touchpoint: tp.get(x.id) ?? null,
          ...labelOf(tp.get(x.id)),
          importance: x.importance,
          performance: x.performance,
          quadrant: x.quadrant,
        })),
      };
    }
  }

  const journeyTps = touchpoints.filter((t) => !t.isOutcome && t.n > 0);
  const peakEndResult = computePeakEnd(journeyTps, ordered);
  const mots = computeMots(journeyTps, drivers, service);

  const kano = [...c.kano].map(([feature, pairs]) => ({ feature, ...kanoOf(pairs) }));

  let servqual: AnalyzeReport['servqual'] = null;
  if (c.servqual !== null) {
    const sq = c.servqual;
    const r = servqualResult(sq.sums);
    const dimName = (d: string | number): string =>
      typeof d === 'number' ? (sq.dimensions[d] ?? String(d)) : d;
    servqual = {
      items: r.items.map((it, k) => ({
        item: sq.items[k] ?? it.item,
        dimension: dimName(it.dimension),
        n: it.gap.n,
        expectation: it.expectation,
        perception: it.perception,
        gap: it.gap.mean,
        gapCi: { lo: it.gap.ci.lower, hi: it.gap.ci.upper },
      })),
      dimensions: r.dimensions.map((d) => ({
        id: dimName(d.dimension),
        gap: d.gap,
        items: d.items.length,
        importance: Number.isNaN(d.importance) ? null : d.importance,
      })),
      unweighted: r.unweighted.score,
      unweightedCi: { lo: r.unweighted.ci.lower, hi: r.unweighted.ci.upper },
      weighted:
        sq.sums.points.n > 0
          ? {
              score: r.weighted.score,
              ci: { lo: r.weighted.ci.lower, hi: r.weighted.ci.upper },
              n: r.weighted.n,
            }
          : null,
      invalidPoints: r.excluded.invalidPoints,
      pointsUnused: sq.pointsUnused,
      respondents: r.respondents,
    };
  }

  return {
    schema: REPORT_SCHEMA,
    file,
    rows: { read: c.rows, short: c.shortRows, long: c.longRows },
    rules: cleaningRules(specs, c.mapping.naTokens),
    columns,
    exclusions,
    touchpoints,
    numbers,
    segments,
    outcome,
    drivers,
    ipa: ipaResult,
    momentsOfTruth: mots,
    peakEnd: peakEndResult,
    kano,
    servqual,
    comparison: compareSegments(c, touchpoints),
  };
}

function cleaningRules(specs: readonly ColumnSpec[], naTokens: readonly string[]): Bilingual[] {
  const rules: Bilingual[] = [];
  const byNa = new Map<string, string[]>();
  for (const s of specs) {
    if (s.notApplicable && s.notApplicable.length > 0) {
      const k = s.notApplicable.join(', ');
      byNa.set(k, [...(byNa.get(k) ?? []), s.column]);
    }
  }
  for (const [v, cols] of byNa) {
    rules.push({
      en: `${v} = not applicable (excluded, counted) in ${cols.length} column(s): ${cols.join(', ')}`,
      'zh-CN': `${v} = 不适用（排除并计数），共 ${cols.length} 列：${cols.join('、')}`,
    });
  }
  rules.push({
    en: `text meaning "no answer" (case-insensitive): ${naTokens.join(', ')}`,
    'zh-CN': `表示“未作答”的文本（不区分大小写）：${naTokens.join('、')}`,
  });
  rules.push({
    en: 'labels: trimmed, inner spaces collapsed, matched case-insensitively; the first spelling seen is shown',
    'zh-CN': '标签：去除首尾空格、合并连续空格、不区分大小写匹配；显示首次出现的写法',
  });
  rules.push({
    en: 'numbers outside the scale, non-integers on a scale and text in number columns are excluded and counted',
    'zh-CN': '超出量表的数值、量表上的非整数和数字列中的文本均被排除并计数',
  });
  return rules;
}

function computePeakEnd(tps: readonly TouchpointResult[], ordered: boolean): PeakEnd | null {
  if (tps.length < 2) return null;
  const sequence: PeakEndPoint[] = tps.map((t) => ({
    column: t.column,
    position: position(t),
    ...(t.label !== undefined ? { label: t.label } : {}),
  }));
  // Centred at the scale midpoint so that the `absolute` peak is the most intense moment, good or bad.
  const r = peakEnd(
    sequence.map((x) => x.position - 0.5),
    { peak: 'absolute' },
  );
  return {
    definition: 'most_intense_vs_scale_midpoint',
    order: ordered ? 'service_journey' : 'column_order',
    sequence,
    peak: sequence[r.peakIndex]!,
    end: sequence[r.endIndex]!,
    remembered: r.remembered + 0.5,
    journeyMean: r.mean + 0.5,
  };
}

/**
 * Moments of truth through metrics `momentsOfTruth` with its documented default thresholds: journey order,
 * traffic and complaints from the service file, key-driver shares, and the measured mean as the emotion
 * (scale position mapped onto the journey model's −5…5).
 */
function computeMots(
  tps: readonly TouchpointResult[],
  drivers: AnalyzeReport['drivers'],
  service: ServiceInfo | undefined,
): MomentOfTruth[] {
  if (tps.length === 0) return [];
  const share = new Map(drivers?.items.map((d) => [d.column, d.share]) ?? []);
  const tpInfo = new Map(service?.touchpoints.map((t) => [t.id, t]) ?? []);
  const r = momentsOfTruth(
    tps.map((t, i) => {
      const info = tpInfo.get(t.touchpoint ?? '');
      const w = share.get(t.column);
      return {
        id: t.column,
        order: i,
        emotion: (position(t) - 0.5) * 10,
        ...(info?.traffic !== undefined ? { traffic: info.traffic } : {}),
        ...(info?.complaints !== undefined ? { complaints: info.complaints } : {}),
        ...(w !== undefined ? { driverWeight: w } : {}),
      };
    }),
  );
  const byColumn = new Map(tps.map((t) => [t.column, t]));
  return r.touchpoints
    .filter((m) => m.isMoment)
    .map((m) => ({
      column: m.id,
      touchpoint: byColumn.get(m.id)?.touchpoint ?? null,
      ...(byColumn.get(m.id)?.label !== undefined ? { label: byColumn.get(m.id)!.label! } : {}),
      classes: m.classes,
      polarity: m.polarity,
      strategies: m.strategies,
      why: m.reasons.map((x) => x.reason),
    }));
}

function sumHists(hs: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(hs[0]?.length ?? 0);
  for (const h of hs) for (let i = 0; i < h.length; i++) out[i]! += h[i]!;
  return out;
}

function compareSegments(c: Collected, tps: readonly TouchpointResult[]): SegmentComparison | null {
  if (c.byColumn < 0) return null;
  const labels = c.labels[c.byColumn]!;
  const levelIdx = [...c.byHist.keys()]
    .filter((k) => (labels.counts[k] ?? 0) >= 2)
    .sort((a, b) => labels.counts[b]! - labels.counts[a]!);
  if (levelIdx.length < 2) return null;
  const two = levelIdx.length === 2;
  const specs = c.mapping.columns;
  const items = tps.map((t) => {
    const j = specs.findIndex((s) => s.column === t.column);
    const lo = t.scale[0];
    const per = levelIdx.map((k) => c.byHist.get(k)![j]!);
    return {
      column: t.column,
      ...(t.label !== undefined ? { label: t.label } : {}),
      levels: levelIdx.map((k, li) => {
        const h = per[li]!;
        const rest = sumHists(per.filter((_, x) => x !== li));
        const a = histStats(h, lo);
        const isNps = t.nps !== null;
        const { difference, p } = segmentTest(h, rest, lo, isNps ? 'nps' : 'mean');
        const nps = isNps ? npsFromHist(h, lo).nps : null;
        const adj = two ? p : Math.min(1, p * levelIdx.length);
        return {
          label: labels.display[k]!,
          n: a.n,
          mean: a.mean,
          ci: a.ci,
          nps,
          difference,
          p: adj,
          significant: adj < 0.05,
        };
      }),
    };
  });
  return {
    by: specs[c.byColumn]!.column,
    levels: levelIdx.map((k) => ({ label: labels.display[k]!, n: labels.counts[k]! })),
    test: two ? 'two_levels' : 'level_vs_rest_bonferroni',
    items,
  };
}
