import type { Text } from '@frontstage/model';
import { textIn } from '@frontstage/model';
import type { ChartOptions } from './chart-frame.js';
import { label, labelPair } from './labels.js';
import { quadrantScene } from './quadrant-chart.js';
import type { Scene } from './scene.js';

/** One feature's KANO coefficients (Berger et al. 1993): Better in 0…1, Worse in −1…0. */
export interface KanoDatum {
  readonly id?: string;
  readonly label: Text;
  readonly better: number;
  readonly worse: number;
}

/** Input of {@link renderKanoChart}. */
export interface KanoChartInput {
  readonly title?: Text;
  readonly items: readonly KanoDatum[];
  /** Crosshair; default Better 0.5 and |Worse| 0.5. */
  readonly crosshair?: { readonly better: number; readonly worse: number };
}

/**
 * KANO Better–Worse scatter: |Worse| across, Better up, crosshair at 0.5 / 0.5 by default; quadrants attractive
 * (high Better, low |Worse|), one-dimensional (both high), indifferent (both low), must-be (high |Worse|, low Better),
 * captioned in both languages.
 */
export function renderKanoChart(input: KanoChartInput, options: ChartOptions): Scene {
  const { locale } = options;
  const cross = input.crosshair ?? { better: 0.5, worse: 0.5 };
  const title =
    textIn(input.title, locale) || (locale === 'en' ? 'KANO Better–Worse' : 'KANO Better–Worse 系数分析');
  return quadrantScene({
    locale,
    width: options.width ?? 720,
    title,
    points: input.items.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      label: textIn(d.label, locale),
      x: Math.abs(d.worse),
      y: d.better,
    })),
    xDomain: [0, 1],
    yDomain: [0, 1],
    cross: { x: Math.abs(cross.worse), y: cross.better },
    xCaption: label('worse', locale),
    yCaption: label('better', locale),
    quadrants: [
      labelPair('attractive'),
      labelPair('oneDimensional'),
      labelPair('indifferent'),
      labelPair('mustBe'),
    ],
    tints: ['#eff6ff', '#f0fdf4', '#f8fafc', '#fef2f2'],
  });
}
