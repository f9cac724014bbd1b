import { MetricsError } from './errors.js';
import { checkAxisScale, type ScoreScale } from './histogram.js';
import { type Bilingual, bi } from './labels.js';

/** Importance-performance quadrants (Martilla & James 1977). */
export type IpaQuadrant = 'concentrate_here' | 'keep_up' | 'low_priority' | 'possible_overkill';

export const IPA_QUADRANT_LABELS: Readonly<Record<IpaQuadrant, Bilingual>> = {
  concentrate_here: bi('重点改进区', 'Concentrate here'),
  keep_up: bi('继续保持区', 'Keep up the good work'),
  low_priority: bi('低优先区', 'Low priority'),
  possible_overkill: bi('过度投入区', 'Possible overkill'),
};

export interface IpaItem {
  readonly id: string;
  readonly importance: number;
  readonly performance: number;
}

export interface IpaOptions {
  /** `mean` (default): crosshairs at the grand means of the items; `midpoint`: at the scale midpoints. */
  readonly crosshair?: 'mean' | 'midpoint';
  /** Scale of both axes, or one per axis; required for `midpoint`. */
  readonly scale?: ScoreScale | { readonly importance: ScoreScale; readonly performance: ScoreScale };
}

export interface IpaResult {
  readonly kind: 'ipa';
  readonly crosshair: {
    readonly method: 'mean' | 'midpoint';
    readonly importance: number;
    readonly performance: number;
  };
  readonly items: readonly (IpaItem & { readonly quadrant: IpaQuadrant })[];
  readonly n: number;
  /** Items left out because importance or performance was not a finite number. */
  readonly excluded: readonly string[];
}

/**
 * Importance-performance analysis (Martilla & James 1977): high importance & low performance → concentrate
 * here; high & high → keep up; low & low → low priority; low importance & high performance → possible overkill.
 * A value equal to a crosshair counts as high.
 */
export function ipa(items: readonly IpaItem[], options: IpaOptions = {}): IpaResult {
  const method = options.crosshair ?? 'mean';
  const valid = items.filter((x) => Number.isFinite(x.importance) && Number.isFinite(x.performance));
  const excluded = items.filter((x) => !valid.includes(x)).map((x) => x.id);
  let ci: number;
  let cp: number;
  if (method === 'midpoint') {
    const s = options.scale;
    if (!s) throw new MetricsError('invalid_argument', 'midpoint crosshairs need a scale', ['scale']);
    const si = checkAxisScale('importance' in s ? s.importance : s, ['scale', 'importance']);
    const sp = checkAxisScale('performance' in s ? s.performance : s, ['scale', 'performance']);
    ci = (si.min + si.max) / 2;
    cp = (sp.min + sp.max) / 2;
  } else {
    ci = valid.reduce((a, x) => a + x.importance, 0) / valid.length;
    cp = valid.reduce((a, x) => a + x.performance, 0) / valid.length;
  }
  const quadrant = (x: IpaItem): IpaQuadrant => {
    const hi = x.importance >= ci;
    const hp = x.performance >= cp;
    if (hi) return hp ? 'keep_up' : 'concentrate_here';
    return hp ? 'possible_overkill' : 'low_priority';
  };
  return {
    kind: 'ipa',
    crosshair: { method, importance: ci, performance: cp },
    items: valid.map((x) => ({ ...x, quadrant: quadrant(x) })),
    n: valid.length,
    excluded,
  };
}
