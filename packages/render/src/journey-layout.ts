import type { Channel, Journey, JourneyVariant, Locale, ServiceModel, Text } from '@frontstage/model';
import { textIn } from '@frontstage/model';
import type { TextBlock } from './blueprint-layout.js';
import type { Rect } from './geometry.js';
import { type LabelKey, label } from './labels.js';
import { measureText } from './measure-text.js';
import { wrapText } from './wrap-text.js';

/** Options for {@link layoutJourney} and `renderJourney`. */
export interface JourneyOptions {
  readonly locale: Locale;
  /** The journey to draw; default: the first as-is journey, else the first journey. */
  readonly journey?: string;
}

/** The rows of a journey map, top to bottom. */
export type JourneyRowKind =
  | 'touchpoints'
  | 'doing'
  | 'thinking'
  | 'feeling'
  | 'emotion'
  | 'pains'
  | 'opportunities';

/** A row band of the map. */
export interface JourneyRow {
  readonly kind: JourneyRowKind;
  readonly label: string;
  /** The label wrapped to the label column (11 px bold, 14 px lines, first baseline 20 px below the row top). */
  readonly labelLines: readonly string[];
  readonly y: number;
  readonly height: number;
}

/** A touchpoint column. */
export interface JourneyColumn {
  readonly index: number;
  readonly touchpoint: string;
  readonly name: readonly string[];
  readonly channel?: Channel;
  readonly channelLabel: string;
  readonly stage: string;
  readonly x: number;
  readonly width: number;
}

/** The text of one cell (row × touchpoint), with bullet positions for list rows. */
export interface JourneyCell {
  readonly row: JourneyRowKind;
  readonly col: number;
  readonly texts: readonly TextBlock[];
  readonly bullets: readonly { readonly cx: number; readonly cy: number }[];
}

/** A point of an emotion curve. */
export interface CurvePoint {
  readonly touchpoint: string;
  readonly col: number;
  readonly emotion: number;
  readonly x: number;
  readonly y: number;
}

/** One emotion curve: the drawn journey's, or its as-is / to-be counterpart matched by touchpoint. */
export interface EmotionCurve {
  readonly journey: string;
  readonly variant: JourneyVariant;
  /** True for the journey the map is of. */
  readonly primary: boolean;
  readonly points: readonly CurvePoint[];
  /**
   * The counterpart's touchpoints that have an emotion but no column on this map (new or dropped touchpoints), in
   * journey order: not drawn, and counted in the legend so that the curve does not hide them silently.
   */
  readonly omitted: readonly string[];
}

/** A marked point of the primary curve: the peak (largest |emotion|) or the end (last touchpoint with emotion). */
export interface CurveMark extends CurvePoint {
  readonly label: string;
}

/** The emotion chart inside the emotion row: −5 … +5 mapped to `top` … `bottom`. */
export interface EmotionChart extends Rect {
  /** y of emotion +5. */
  readonly top: number;
  /** y of emotion −5. */
  readonly bottom: number;
  readonly zeroY: number;
}

/** The whole journey map geometry, in px. */
export interface JourneyLayout {
  readonly width: number;
  readonly height: number;
  readonly locale: Locale;
  readonly journey: Journey;
  readonly title: string;
  readonly subtitle: string;
  readonly labelColumn: Rect;
  readonly stageBand: Rect;
  readonly stages: readonly {
    readonly id: string;
    readonly name: string;
    readonly x: number;
    readonly width: number;
  }[];
  readonly columns: readonly JourneyColumn[];
  readonly rows: readonly JourneyRow[];
  readonly cells: readonly JourneyCell[];
  readonly chart: EmotionChart;
  readonly curves: readonly EmotionCurve[];
  readonly peak?: CurveMark;
  readonly end?: CurveMark;
  /** Legend entries (curves and marks) placed in the header. */
  readonly legend: readonly {
    readonly kind: 'as_is' | 'to_be' | 'peak' | 'end';
    readonly label: string;
    readonly x: number;
    readonly y: number;
  }[];
}

const J = {
  margin: 28,
  labelW: 112,
  colMin: 128,
  colMax: 176,
  pad: 8,
  text: 10,
  line: 13,
  stageBand: 26,
  chartH: 184,
  chartPad: 16,
  rowLabelX: 10,
  rowLabelBaseline: 20,
  rowLabelLine: 14,
} as const;

/** Height a row needs for a label of `n` lines: the same space above the first line's ink as below the last's. */
export function rowLabelHeight(n: number): number {
  const inkTop = J.rowLabelBaseline - 0.8 * 11;
  return J.rowLabelBaseline + (n - 1) * J.rowLabelLine + 0.25 * 11 + inkTop;
}

/** Emotion → y in the chart: +5 at `top`, −5 at `bottom`. */
export function emotionY(chart: Pick<EmotionChart, 'top' | 'bottom'>, emotion: number): number {
  const e = Math.max(-5, Math.min(5, emotion));
  return chart.top + ((5 - e) / 10) * (chart.bottom - chart.top);
}

/** The journey the options name, or the first as-is journey, or the first journey. */
export function pickJourney(model: ServiceModel, id?: string): Journey | undefined {
  if (id !== undefined) return model.journeys.find((j) => j.id === id);
  return model.journeys.find((j) => j.variant === 'as_is') ?? model.journeys[0];
}

const ROW_KEYS: readonly { kind: JourneyRowKind; key: LabelKey }[] = [
  { kind: 'touchpoints', key: 'touchpoints' },
  { kind: 'doing', key: 'doing' },
  { kind: 'thinking', key: 'thinking' },
  { kind: 'feeling', key: 'feeling' },
  { kind: 'emotion', key: 'emotion' },
  { kind: 'pains', key: 'painPoints' },
  { kind: 'opportunities', key: 'opportunities' },
];

/**
 * Lays out a customer journey map: stage band, touchpoint columns (name, channel), rows doing / thinking / feeling,
 * the emotion curve on a −5…+5 axis with its peak (largest |emotion|) and end marked, pain points and
 * opportunities. When a to-be journey is `basedOn` the as-is one, both curves are drawn, matched by touchpoint.
 * `undefined` when the model has no such journey.
 */
export function layoutJourney(model: ServiceModel, options: JourneyOptions): JourneyLayout | undefined {
  const { locale } = options;
  const journey = pickJourney(model, options.journey);
  if (!journey) return undefined;
  const tpById = new Map(model.touchpoints.map((t) => [t.id, t]));
  const steps = journey.stages.flatMap((st) => st.steps.map((s) => ({ stage: st.id, step: s })));

  const tpName = (id: string) => textIn(tpById.get(id)?.name, locale) || id;
  const listText = (items: readonly Text[]) => items.map((t) => textIn(t, locale)).filter((s) => s);

  // Column widths by content.
  const widths = steps.map(({ step }) => {
    let w = measureText(tpName(step.touchpoint), 11, 'bold') + 2 * J.pad;
    for (const t of [step.doing, step.thinking, step.feeling])
      w = Math.max(w, measureText(textIn(t, locale), J.text) / 2);
    return Math.ceil(Math.min(J.colMax, Math.max(J.colMin, w)));
  });
  const x0 = J.margin;
  const gridX = x0 + J.labelW;
  const colX: number[] = [];
  let x = gridX;
  for (const w of widths) {
    colX.push(x);
    x += w;
  }
  const gridRight = Math.max(x, gridX + J.colMin);

  // Header and legend.
  const title = textIn(journey.name, locale) || journey.id;
  const persona = journey.persona ? model.personas.find((p) => p.id === journey.persona) : undefined;
  const subParts = [
    label('journeyMap', locale),
    label(journey.variant === 'to_be' ? 'toBe' : 'asIs', locale),
  ];
  if (persona || journey.persona)
    subParts.push(`${label('persona', locale)}: ${textIn(persona?.name, locale) || journey.persona}`);
  const subtitle = subParts.join('  ·  ');

  // The counterpart curve: the to-be based on this as-is, or the as-is this to-be is based on.
  const counterpart =
    journey.variant === 'to_be' && journey.basedOn
      ? model.journeys.find((j) => j.id === journey.basedOn)
      : model.journeys.find((j) => j.variant === 'to_be' && j.basedOn === journey.id);

  // The counterpart's rated touchpoints that have no column here: its curve cannot show them.
  const onMap = new Set(steps.map(({ step }) => step.touchpoint));
  const omitted: string[] = [];
  for (const st of counterpart?.stages ?? []) {
    for (const s of st.steps) {
      if (s.emotion === undefined || !Number.isFinite(s.emotion) || onMap.has(s.touchpoint)) continue;
      if (!omitted.includes(s.touchpoint)) omitted.push(s.touchpoint);
    }
  }
  const notOnMap = (variant: 'as_is' | 'to_be') =>
    counterpart && counterpart.variant === variant && omitted.length > 0
      ? label('notOnMap', locale).replace('{n}', String(omitted.length))
      : '';

  const legend: JourneyLayout['legend'][number][] = [];
  let lx = x0;
  const ly = J.margin + 58;
  const addLegend = (kind: 'as_is' | 'to_be' | 'peak' | 'end', text: string) => {
    legend.push({ kind, label: text, x: lx, y: ly });
    lx += 30 + measureText(text, 10) + 18;
  };
  if (counterpart) {
    addLegend(
      'as_is',
      `${label('asIs', locale)}: ${textIn((journey.variant === 'as_is' ? journey : counterpart).name, locale)}${notOnMap('as_is')}`,
    );
    addLegend(
      'to_be',
      `${label('toBe', locale)}: ${textIn((journey.variant === 'to_be' ? journey : counterpart).name, locale)}${notOnMap('to_be')}`,
    );
  }
  addLegend('peak', label('peak', locale));
  addLegend('end', label('end', locale));
  const headerH = 70;

  // Rows.
  const wrapCell = (s: string, col: number) =>
    s ? wrapText(s, widths[col]! - 2 * J.pad, J.text, { maxLines: 6 }) : [];
  const listCell = (items: readonly string[], col: number) =>
    items.map((s) => wrapText(s, widths[col]! - 2 * J.pad - 10, J.text, { maxLines: 4 }));
  const doing = steps.map(({ step }, c) => wrapCell(textIn(step.doing, locale), c));
  const thinking = steps.map(({ step }, c) => wrapCell(textIn(step.thinking, locale), c));
  const feeling = steps.map(({ step }, c) => wrapCell(textIn(step.feeling, locale), c));
  const pains = steps.map(({ step }, c) => listCell(listText(step.painPoints), c));
  const opps = steps.map(({ step }, c) => listCell(listText(step.opportunities), c));
  const names = steps.map(({ step }, c) =>
    wrapText(tpName(step.touchpoint), widths[c]! - 2 * J.pad, 11, { maxLines: 2, weight: 'bold' }),
  );
  const minRow = 32;
  const textH = (cells: readonly (readonly string[])[]) =>
    Math.max(minRow, 2 * J.pad + cells.reduce((m, l) => Math.max(m, l.length), 1) * J.line);
  const listH = (cells: readonly (readonly (readonly string[])[])[]) =>
    Math.max(
      minRow,
      2 * J.pad +
        cells.reduce(
          (m, items) =>
            Math.max(
              m,
              items.reduce((h, l) => h + l.length * J.line + 4, 0),
            ),
          0,
        ),
    );
  const heights: Record<JourneyRowKind, number> = {
    touchpoints: 2 * J.pad + 20 + Math.max(1, ...names.map((l) => l.length)) * 14 + 12,
    doing: textH(doing),
    thinking: textH(thinking),
    feeling: textH(feeling),
    emotion: J.chartH,
    pains: listH(pains),
    opportunities: listH(opps),
  };
  const stageY = J.margin + headerH + 12;
  let y = stageY + J.stageBand + 4;
  const rows: JourneyRow[] = ROW_KEYS.map(({ kind, key }) => {
    const text = label(key, locale);
    const labelLines = wrapText(text, J.labelW - 8 - 2 * J.rowLabelX, 11, { maxLines: 3, weight: 'bold' });
    // A row is never shorter than its label, with as much room below the label's ink as above it.
    const height = Math.max(heights[kind], Math.ceil(rowLabelHeight(labelLines.length)));
    const row = { kind, label: text, labelLines, y, height };
    y += height;
    return row;
  });
  const bottom = y;
  const rowOf = (k: JourneyRowKind) => rows.find((r) => r.kind === k)!;

  // Cells.
  const cells: JourneyCell[] = [];
  const block = (
    col: number,
    top: number,
    lines: readonly string[],
    tone: TextBlock['tone'],
    size = J.text,
    indent = 0,
  ): TextBlock => ({
    x: colX[col]! + J.pad + indent,
    y: top + J.line / 2 + size * 0.35,
    lines,
    size,
    lineHeight: J.line,
    weight: 'normal',
    anchor: 'start',
    tone,
  });
  steps.forEach((_, c) => {
    for (const [kind, data] of [
      ['doing', doing],
      ['thinking', thinking],
      ['feeling', feeling],
    ] as const) {
      const lines = data[c]!;
      if (lines.length)
        cells.push({
          row: kind,
          col: c,
          texts: [block(c, rowOf(kind).y + J.pad, lines, kind === 'thinking' ? 'sub' : 'main')],
          bullets: [],
        });
    }
    for (const [kind, data] of [
      ['pains', pains],
      ['opportunities', opps],
    ] as const) {
      let top = rowOf(kind).y + J.pad;
      const texts: TextBlock[] = [];
      const bullets: { cx: number; cy: number }[] = [];
      for (const lines of data[c]!) {
        texts.push(block(c, top, lines, 'main', J.text, 10));
        bullets.push({ cx: colX[c]! + J.pad + 3, cy: top + J.line / 2 });
        top += lines.length * J.line + 4;
      }
      if (texts.length) cells.push({ row: kind, col: c, texts, bullets });
    }
  });

  const columns: JourneyColumn[] = steps.map(({ stage, step }, c) => {
    const channel = step.channel ?? tpById.get(step.touchpoint)?.channel;
    return {
      index: c,
      touchpoint: step.touchpoint,
      name: names[c]!,
      ...(channel ? { channel } : {}),
      channelLabel: channel ? label(`channel_${channel}` as LabelKey, locale) : '',
      stage,
      x: colX[c]!,
      width: widths[c]!,
    };
  });

  // Emotion chart and curves.
  const er = rowOf('emotion');
  const chart: EmotionChart = {
    x: gridX,
    y: er.y,
    width: gridRight - gridX,
    height: er.height,
    top: er.y + J.chartPad + 6,
    bottom: er.y + er.height - J.chartPad - 6,
    zeroY: 0,
  };
  const chartFull: EmotionChart = { ...chart, zeroY: emotionY(chart, 0) };
  const center = (c: number) => colX[c]! + widths[c]! / 2;
  const primaryPoints: CurvePoint[] = [];
  steps.forEach(({ step }, c) => {
    if (step.emotion === undefined || !Number.isFinite(step.emotion)) return;
    primaryPoints.push({
      touchpoint: step.touchpoint,
      col: c,
      emotion: step.emotion,
      x: center(c),
      y: emotionY(chartFull, step.emotion),
    });
  });
  const curves: EmotionCurve[] = [];
  if (counterpart) {
    const colByTp = new Map<string, number>();
    steps.forEach(({ step }, c) => {
      if (!colByTp.has(step.touchpoint)) colByTp.set(step.touchpoint, c);
    });
    const other: CurvePoint[] = [];
    const seen = new Set<number>();
    for (const st of counterpart.stages) {
      for (const s of st.steps) {
        const c = colByTp.get(s.touchpoint);
        if (c === undefined || s.emotion === undefined || !Number.isFinite(s.emotion)) continue;
        if (seen.has(c)) continue;
        seen.add(c);
        other.push({
          touchpoint: s.touchpoint,
          col: c,
          emotion: s.emotion,
          x: center(c),
          y: emotionY(chartFull, s.emotion),
        });
      }
    }
    other.sort((a, b) => a.col - b.col);
    curves.push({
      journey: counterpart.id,
      variant: counterpart.variant,
      primary: false,
      points: other,
      omitted,
    });
  }
  curves.push({
    journey: journey.id,
    variant: journey.variant,
    primary: true,
    points: primaryPoints,
    omitted: [],
  });
  // The as-is curve is drawn first so that the to-be lies over it.
  curves.sort((a, b) => (a.variant === b.variant ? 0 : a.variant === 'as_is' ? -1 : 1));

  let peak: CurveMark | undefined;
  let end: CurveMark | undefined;
  if (primaryPoints.length > 0) {
    let best = primaryPoints[0]!;
    for (const p of primaryPoints) if (Math.abs(p.emotion) > Math.abs(best.emotion)) best = p;
    peak = { ...best, label: label('peak', locale) };
    const last = primaryPoints[primaryPoints.length - 1]!;
    end = { ...last, label: label('end', locale) };
  }

  // Stages.
  const stages: JourneyLayout['stages'][number][] = [];
  let c = 0;
  for (const st of journey.stages) {
    if (st.steps.length === 0) continue;
    const sx = colX[c]!;
    const last = c + st.steps.length - 1;
    stages.push({
      id: st.id,
      name: textIn(st.name, locale) || st.id,
      x: sx,
      width: colX[last]! + widths[last]! - sx,
    });
    c = last + 1;
  }

  const width = Math.ceil(Math.max(gridRight, lx, x0 + measureText(title, 20, 'bold') + 40) + J.margin);
  return {
    width,
    height: Math.ceil(bottom + J.margin),
    locale,
    journey,
    title,
    subtitle,
    labelColumn: { x: x0, y: rows[0]!.y, width: J.labelW, height: bottom - rows[0]!.y },
    stageBand: { x: gridX, y: stageY, width: gridRight - gridX, height: J.stageBand },
    stages,
    columns,
    rows,
    cells,
    chart: chartFull,
    curves,
    ...(peak ? { peak } : {}),
    ...(end ? { end } : {}),
    legend,
  };
}
