import type { Text } from '@frontstage/model';
import { renderBarChart } from './bar-chart.js';
import type { ChartOptions } from './chart-frame.js';
import { label } from './labels.js';
import type { Scene } from './scene.js';

/** One driver: a touchpoint rating's relative weight on the outcome (Johnson 2000). */
export interface DriverDatum {
  readonly id?: string;
  readonly label: Text;
  readonly weight: number;
}

/** Input of {@link renderDriverChart}. */
export interface DriverChartInput {
  readonly title?: Text;
  readonly items: readonly DriverDatum[];
  /** Show weights as a share of their sum in % (default true: relative weights sum to R²). */
  readonly share?: boolean;
}

/**
 * Key-driver chart: relative weights as horizontal bars, largest first, as a % share of the explained variance
 * by default (relative weights, Johnson 2000, sum to R²).
 */
export function renderDriverChart(input: DriverChartInput, options: ChartOptions): Scene {
  const share = input.share ?? true;
  const total = input.items.reduce((s, d) => s + Math.max(0, d.weight), 0) || 1;
  const items = [...input.items]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.weight - a.d.weight || a.i - b.i)
    .map(({ d }) => ({
      ...(d.id ? { id: d.id } : {}),
      label: d.label,
      value: share ? (100 * d.weight) / total : d.weight,
    }));
  const metric = share ? `${label('weight', options.locale)} (%)` : label('weight', options.locale);
  return renderBarChart(
    {
      title: input.title ?? { 'zh-CN': label('keyDrivers', 'zh-CN'), en: label('keyDrivers', 'en') },
      metric,
      items,
      decimals: share ? 1 : 3,
    },
    options,
  );
}
