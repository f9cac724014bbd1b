import type { Text } from '@frontstage/model';
import { textIn } from '@frontstage/model';
import type { ChartOptions } from './chart-frame.js';
import { formatNumber } from './format-meta.js';
import { label, labelPair } from './labels.js';
import { quadrantScene } from './quadrant-chart.js';
import type { Scene } from './scene.js';

/** One attribute (touchpoint) of an importance–performance analysis. */
export interface IpaDatum {
  readonly id?: string;
  readonly label: Text;
  readonly importance: number;
  readonly performance: number;
}

/** Input of {@link renderIpaChart}. */
export interface IpaChartInput {
  readonly title?: Text;
  readonly items: readonly IpaDatum[];
  /** Where the crosshair sits; default the grand means (Martilla & James 1977); pass scale midpoints to use them. */
  readonly crosshair?: { readonly importance: number; readonly performance: number };
  readonly importanceDomain?: readonly [number, number];
  readonly performanceDomain?: readonly [number, number];
}

function domainOf(values: readonly number[], given?: readonly [number, number]): [number, number] {
  if (given) return [given[0], given[1]];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.15;
  return [lo - pad, hi + pad];
}

/**
 * IPA scatter (Martilla & James 1977): performance across, importance up, a crosshair at the grand means by
 * default, and the four quadrants labelled in both languages — concentrate here (high importance, low performance),
 * keep up the good work, low priority, possible overkill.
 */
export function renderIpaChart(input: IpaChartInput, options: ChartOptions): Scene {
  const { locale } = options;
  const n = input.items.length || 1;
  const cross = input.crosshair ?? {
    importance: input.items.reduce((s, d) => s + d.importance, 0) / n,
    performance: input.items.reduce((s, d) => s + d.performance, 0) / n,
  };
  const xDomain = domainOf(
    [...input.items.map((d) => d.performance), cross.performance],
    input.performanceDomain,
  );
  const yDomain = domainOf(
    [...input.items.map((d) => d.importance), cross.importance],
    input.importanceDomain,
  );
  const title =
    textIn(input.title, locale) ||
    (locale === 'en' ? 'Importance–performance analysis' : '重要性—表现分析（IPA）');
  const subtitle =
    locale === 'en'
      ? `Crosshair at ${input.crosshair ? 'the given point' : 'the grand means'}: performance ${formatNumber(cross.performance, 2)}, importance ${formatNumber(cross.importance, 2)}`
      : `十字线位于${input.crosshair ? '指定点' : '总均值'}：表现 ${formatNumber(cross.performance, 2)}，重要性 ${formatNumber(cross.importance, 2)}`;
  return quadrantScene({
    locale,
    width: options.width ?? 720,
    title,
    subtitle,
    points: input.items.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      label: textIn(d.label, locale),
      x: d.performance,
      y: d.importance,
    })),
    xDomain,
    yDomain,
    cross: { x: cross.performance, y: cross.importance },
    xCaption: label('performance', locale),
    yCaption: label('importance', locale),
    quadrants: [
      labelPair('concentrate'),
      labelPair('keepUp'),
      labelPair('lowPriority'),
      labelPair('overkill'),
    ],
    tints: ['#fef2f2', '#f0fdf4', '#f8fafc', '#fffbeb'],
  });
}
