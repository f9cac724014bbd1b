import type {
  Action,
  BlueprintStatus,
  EvidenceItem,
  EvidenceStatus,
  FlowKind,
  Lane,
  LineKind,
  Locale,
  ServiceModel,
} from '@frontstage/model';
import { textIn } from '@frontstage/model';
import { formatCost, formatMinutes } from './format-meta.js';
import type { Point, Rect } from './geometry.js';
import { pickSpot, RectIndex, rectInside } from './label-place.js';
import { label } from './labels.js';
import { laneRank, sortLanes } from './lane-order.js';
import { measureText } from './measure-text.js';
import { type GridBox, indexById, planRoutes, type RouteRequest, resolveRoutes } from './route-flows.js';
import type { FontWeight, TextAnchor } from './scene.js';
import { wrapTextShared as wrapText } from './wrap-text.js';

/** Options for {@link layoutBlueprint} and `renderBlueprint`. */
export interface BlueprintOptions {
  readonly locale: Locale;
}

/** A block of already wrapped text placed inside a box or header. */
export interface TextBlock {
  /** Anchor x (left, centre or right edge per `anchor`). */
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  readonly lines: readonly string[];
  readonly size: number;
  readonly lineHeight: number;
  readonly weight: FontWeight;
  readonly anchor: TextAnchor;
  /** What the text is, for styling: the action text, the actor line, cost/duration, a decision question. */
  readonly tone: 'main' | 'sub' | 'meta' | 'question';
}

/** A small circular marker on a box: fail point (F), wait point (W) or touchpoint (T). */
export interface Badge {
  readonly kind: 'fail' | 'wait' | 'touchpoint';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** An action or evidence item placed in its lane × step cell. `Rect` is the box every flow ends on. */
export interface BlueprintBox extends Rect {
  readonly id: string;
  readonly kind: 'action' | 'evidence';
  readonly lane: string;
  readonly step: string;
  /** Lane row, step column and position in the cell's stack (0 = top). */
  readonly row: number;
  readonly col: number;
  readonly slot: number;
  readonly status: EvidenceStatus;
  /** The rounded box holding the text (for a decision, the part above the diamond). */
  readonly head: Rect;
  /** For an action with a decision: the bounding rectangle of its diamond (below the head, full width). */
  readonly diamond?: Rect;
  readonly texts: readonly TextBlock[];
  readonly badges: readonly Badge[];
}

/** A swimlane row. */
export interface BlueprintLane {
  readonly id: string;
  readonly lane: Lane;
  readonly name: string;
  readonly labelLines: readonly string[];
  readonly y: number;
  readonly height: number;
}

/** A step column (box area only; gutters lie between columns). */
export interface BlueprintColumn {
  readonly step: string;
  readonly index: number;
  readonly x: number;
  readonly width: number;
  readonly stage: string;
  readonly headerLines: readonly string[];
}

/** A stage header spanning its steps. */
export interface BlueprintStage {
  readonly id: string;
  readonly name: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly width: number;
}

/** One of the three derived lines, drawn across between the two lanes it separates. */
export interface BlueprintLine {
  readonly kind: LineKind;
  readonly label: string;
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  /** Lanes directly above and below the line. */
  readonly above: string;
  readonly below: string;
}

/** A routed flow: an orthogonal polyline from the border of its source box to the border of its target. */
export interface BlueprintFlow {
  readonly id: string;
  readonly kind: FlowKind;
  readonly from: string;
  readonly to: string;
  readonly points: readonly Point[];
  readonly label?: { readonly text: string; readonly x: number; readonly y: number; readonly width: number };
}

/** A legend entry placed in the header. */
export interface LegendItem {
  readonly kind:
    | 'fail'
    | 'wait'
    | 'touchpoint'
    | 'observed'
    | 'assumed'
    | 'proposed'
    | 'decision'
    | 'flow'
    | 'loop';
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/** The header block: service name, number, version, status, legend. */
export interface BlueprintHeader {
  readonly title: string;
  readonly subtitle: string;
  readonly status: BlueprintStatus;
  readonly statusLabel: string;
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly legend: readonly LegendItem[];
}

/** The whole blueprint geometry, in px. */
export interface BlueprintLayout {
  readonly width: number;
  readonly height: number;
  readonly locale: Locale;
  readonly header: BlueprintHeader;
  /** The lane-label column. */
  readonly labelColumn: Rect;
  /** Everything right of the label column, from the first lane to the last (with gutters). */
  readonly grid: Rect;
  readonly stageBand: Rect;
  readonly stepBand: Rect;
  readonly lanes: readonly BlueprintLane[];
  readonly columns: readonly BlueprintColumn[];
  readonly stages: readonly BlueprintStage[];
  readonly lines: readonly BlueprintLine[];
  readonly boxes: readonly BlueprintBox[];
  readonly flows: readonly BlueprintFlow[];
}

/** Sizes of the blueprint, in px. */
export const BLUEPRINT_METRICS = {
  margin: 28,
  boxMin: 112,
  boxMax: 168,
  padX: 8,
  padY: 7,
  text: 11,
  textLine: 14,
  sub: 9,
  subLine: 12,
  question: 10,
  questionLine: 13,
  evidenceText: 10,
  evidenceLine: 13,
  badgeR: 6,
  badgeStep: 14,
  /** Height of the badge row at the top of a box that has badges. */
  badgeRow: 13,
  slotGap: 8,
  rowPad: 10,
  rowMin: 44,
  gutterMin: 28,
  gutterPad: 8,
  track: 6,
  channelMin: 14,
  channelPad: 5,
  lineBand: 16,
  decisionGap: 10,
  stageBand: 26,
} as const;
const M = BLUEPRINT_METRICS;

type Item =
  | { readonly kind: 'action'; readonly action: Action }
  | { readonly kind: 'evidence'; readonly evidence: EvidenceItem };

/** An item in its cell: what the router needs (a {@link GridBox}), and its height once the content is sized. */
interface Placed extends GridBox {
  readonly item: Item;
  height: number;
}

const LINE_DEFS: readonly {
  kind: LineKind;
  threshold: number;
  key: 'lineInteraction' | 'lineVisibility' | 'lineInternal';
}[] = [
  { kind: 'interaction', threshold: 1.75, key: 'lineInteraction' },
  { kind: 'visibility', threshold: 2.75, key: 'lineVisibility' },
  { kind: 'internal_interaction', threshold: 3.75, key: 'lineInternal' },
];

function badgesOf(item: Item): Badge['kind'][] {
  if (item.kind === 'evidence') return item.evidence.touchpoint ? ['touchpoint'] : [];
  const a = item.action;
  const out: Badge['kind'][] = [];
  if (a.fail) out.push('fail');
  if (a.wait) out.push('wait');
  if (a.touchpoint) out.push('touchpoint');
  return out;
}

function subOf(a: Action, locale: Locale): string {
  const actor = textIn(a.actor, locale);
  const department = textIn(a.department, locale);
  return actor && department ? `${actor} · ${department}` : actor || department;
}

function metaOf(a: Action, locale: Locale, currency: string | undefined): string {
  const parts: string[] = [];
  if (a.minutes !== undefined) parts.push(formatMinutes(a.minutes, locale));
  if (a.cost !== undefined) parts.push(formatCost(a.cost, currency));
  if (a.wait?.minutes !== undefined) parts.push(`W ${formatMinutes(a.wait.minutes, locale)}`);
  return parts.join(' · ');
}

/** Natural (one-line) width of an item's content, to size its column. */
function naturalWidth(item: Item, locale: Locale): number {
  const badgeArea = badgesOf(item).length * M.badgeStep;
  if (item.kind === 'evidence') {
    return measureText(textIn(item.evidence.text, locale), M.evidenceText) + 2 * M.padX + badgeArea;
  }
  const a = item.action;
  let w = measureText(textIn(a.text, locale), M.text) + badgeArea;
  w = Math.max(w, measureText(subOf(a, locale), M.sub));
  if (a.decision) w = Math.max(w, measureText(textIn(a.decision.question, locale), M.question) / 0.55);
  return w + 2 * M.padX;
}

interface Content {
  readonly headHeight: number;
  readonly diamondHeight: number;
  readonly main: readonly string[];
  readonly sub: readonly string[];
  readonly meta: string;
  readonly question: readonly string[];
  readonly badges: readonly Badge['kind'][];
}

function contentOf(item: Item, width: number, locale: Locale, currency: string | undefined): Content {
  const badges = badgesOf(item);
  const inner = width - 2 * M.padX;
  if (item.kind === 'evidence') {
    const main = wrapText(textIn(item.evidence.text, locale), inner, M.evidenceText, { maxLines: 4 });
    const h = Math.max(28, 2 * 6 + main.length * M.evidenceLine + (badges.length ? M.badgeRow : 0));
    return { headHeight: h, diamondHeight: 0, main, sub: [], meta: '', question: [], badges };
  }
  const a = item.action;
  const main = wrapText(textIn(a.text, locale), inner, M.text, { maxLines: 6 });
  const subText = subOf(a, locale);
  const sub = subText ? wrapText(subText, inner, M.sub, { maxLines: 2 }) : [];
  const metaText = metaOf(a, locale, currency);
  const meta = metaText ? (wrapText(metaText, inner, M.sub, { maxLines: 1 })[0] ?? '') : '';
  const contentH =
    main.length * M.textLine + (sub.length ? 3 + sub.length * M.subLine : 0) + (meta ? 2 + M.subLine : 0);
  const headHeight = Math.max(34, 2 * M.padY + contentH + (badges.length ? M.badgeRow : 0));
  let question: readonly string[] = [];
  let diamondHeight = 0;
  if (a.decision) {
    question = wrapText(textIn(a.decision.question, locale), width * 0.55, M.question, { maxLines: 3 });
    diamondHeight = Math.max(44, Math.ceil((question.length * M.questionLine) / 0.45));
  }
  return { headHeight, diamondHeight, main, sub, meta, question, badges };
}

/** Baseline of the first of `n` lines of height `lh` and size `size` whose block starts at `top`. */
function firstBaseline(top: number, lh: number, size: number): number {
  return top + lh / 2 + size * 0.35;
}

/** The top of a text block of height `blockH` centred in `head`, but not above `minTop` (clear of badges). */
function centredTop(minTop: number, head: Rect, blockH: number): number {
  return Math.max(minTop, head.y + (head.height - blockH) / 2);
}

/** Places the text blocks and badges of a box of known position and size. */
function placeContent(
  item: Item,
  c: Content,
  rect: Rect,
): { head: Rect; diamond?: Rect; texts: TextBlock[]; badges: Badge[] } {
  const diamond =
    c.diamondHeight > 0
      ? { x: rect.x, y: rect.y + rect.height - c.diamondHeight, width: rect.width, height: c.diamondHeight }
      : undefined;
  const head: Rect = diamond
    ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height - c.diamondHeight - M.decisionGap }
    : rect;
  // Evidence boxes keep their top-right corner for the folded-paper mark.
  const inset = item.kind === 'evidence' ? 11 : 4;
  const badges: Badge[] = c.badges.map((kind, i) => ({
    kind,
    cx: head.x + head.width - inset - M.badgeR - (c.badges.length - 1 - i) * M.badgeStep,
    cy: head.y + 4 + M.badgeR,
    r: M.badgeR,
  }));
  const texts: TextBlock[] = [];
  const mid = head.x + head.width / 2;
  const cx = mid;
  // Text is centred in the head; it drops below the badge row only when its first line would reach the badges.
  const badgeLeft = c.badges.length ? head.x + head.width - inset - c.badges.length * M.badgeStep : Infinity;
  const firstSize = item.kind === 'evidence' ? M.evidenceText : M.text;
  const firstHalf = measureText(c.main[0] ?? '', firstSize) / 2;
  const clear = mid + firstHalf + 2 <= badgeLeft;
  const minTop = clear ? head.y + 4 : head.y + 4 + M.badgeRow + 1;
  if (item.kind === 'evidence') {
    const top = centredTop(minTop, head, c.main.length * M.evidenceLine);
    texts.push({
      x: cx,
      y: firstBaseline(top, M.evidenceLine, M.evidenceText),
      lines: c.main,
      size: M.evidenceText,
      lineHeight: M.evidenceLine,
      weight: 'normal',
      anchor: 'middle',
      tone: 'main',
    });
    return { head, texts, badges };
  }
  const blockH =
    c.main.length * M.textLine +
    (c.sub.length ? 3 + c.sub.length * M.subLine : 0) +
    (c.meta ? 2 + M.subLine : 0);
  let top = centredTop(minTop, head, blockH);
  texts.push({
    x: cx,
    y: firstBaseline(top, M.textLine, M.text),
    lines: c.main,
    size: M.text,
    lineHeight: M.textLine,
    weight: 'normal',
    anchor: 'middle',
    tone: 'main',
  });
  top += c.main.length * M.textLine;
  if (c.sub.length) {
    top += 3;
    texts.push({
      x: mid,
      y: firstBaseline(top, M.subLine, M.sub),
      lines: c.sub,
      size: M.sub,
      lineHeight: M.subLine,
      weight: 'normal',
      anchor: 'middle',
      tone: 'sub',
    });
    top += c.sub.length * M.subLine;
  }
  if (c.meta) {
    top += 2;
    texts.push({
      x: mid,
      y: firstBaseline(top, M.subLine, M.sub),
      lines: [c.meta],
      size: M.sub,
      lineHeight: M.subLine,
      weight: 'normal',
      anchor: 'middle',
      tone: 'meta',
    });
  }
  if (diamond) {
    const qh = c.question.length * M.questionLine;
    texts.push({
      x: mid,
      y: firstBaseline(diamond.y + (diamond.height - qh) / 2, M.questionLine, M.question),
      lines: c.question,
      size: M.question,
      lineHeight: M.questionLine,
      weight: 'normal',
      anchor: 'middle',
      tone: 'question',
    });
  }
  return { head, diamond, texts, badges };
}

/** Lays out the legend items in rows no wider than `maxWidth`, starting at (`x`, `y`). */
function layoutLegend(
  locale: Locale,
  x: number,
  y: number,
  maxWidth: number,
): { items: LegendItem[]; height: number } {
  const kinds: LegendItem['kind'][] = [
    'fail',
    'wait',
    'touchpoint',
    'observed',
    'assumed',
    'proposed',
    'decision',
    'flow',
    'loop',
  ];
  const keys = {
    fail: 'failPoint',
    wait: 'waitPoint',
    touchpoint: 'touchpoint',
    observed: 'observed',
    assumed: 'assumed',
    proposed: 'proposed',
    decision: 'decision',
    flow: 'flow',
    loop: 'loop',
  } as const;
  const items: LegendItem[] = [];
  let cx = x;
  let cy = y;
  for (const kind of kinds) {
    const text = label(keys[kind], locale);
    const w = 26 + measureText(text, 10) + 16;
    if (cx > x && cx + w > x + maxWidth) {
      cx = x;
      cy += 18;
    }
    items.push({ kind, label: text, x: cx, y: cy });
    cx += w;
  }
  return { items, height: cy - y + 14 };
}

/**
 * Lays out a service blueprint: header, stage and step headers, lanes in method order, the three lines, action and
 * evidence boxes sized by their (CJK-wrapped) content, and orthogonal flow routes in the gutters. Columns are as wide
 * as their content needs (within bounds); every lane's k-th stack slot has one height across the lane, so boxes
 * line up and straight flows stay straight. Linear in actions and steps, plus sorting (O(n log n)).
 */
export function layoutBlueprint(model: ServiceModel, options: BlueprintOptions): BlueprintLayout {
  // A flow label with no free spot along or around its route gets room made for it: the gutter its route runs
  // down (or the channel it runs along) is widened and the layout redone. Rare, and each pass widens only what a
  // crowded label needs, so a few passes suffice; the last pass's labels take the nearest free spot anywhere.
  const room: Room = { gutter: new Map(), channel: new Map() };
  for (let pass = 0; ; pass++) {
    const { layout, crowded } = layoutPass(model, options, room, pass === MAX_ROOM_PASSES);
    if (crowded.length === 0 || pass === MAX_ROOM_PASSES) return layout;
    for (const c of crowded) {
      const into = c.axis === 'gutter' ? room.gutter : room.channel;
      into.set(c.at, Math.max(into.get(c.at) ?? 0, c.size));
    }
  }
}

/** How many times the layout is redone to make room for crowded flow labels. */
const MAX_ROOM_PASSES = 3;

/** Least widths of gutters and heights of channels (by index) that crowded flow labels need. */
interface Room {
  readonly gutter: Map<number, number>;
  readonly channel: Map<number, number>;
}

/** A flow label that found no free spot by its route, and the gutter or channel to enlarge (to `size` px). */
interface Crowded {
  readonly axis: 'gutter' | 'channel';
  readonly at: number;
  readonly size: number;
}

function layoutPass(
  model: ServiceModel,
  options: BlueprintOptions,
  room: Room,
  last: boolean,
): { layout: BlueprintLayout; crowded: Crowded[] } {
  const { locale } = options;
  const bp = model.blueprint;
  const currency = model.service.currency;
  const lanes = sortLanes(bp?.lanes ?? []);
  const steps = [...(bp?.steps ?? [])].sort((a, b) => a.index - b.index);
  const rowOf = new Map<string, number>();
  lanes.forEach((l, i) => {
    rowOf.set(l.id, i);
  });
  const colOf = new Map<string, number>();
  steps.forEach((s, i) => {
    colOf.set(s.id, i);
  });
  const rows = lanes.length;
  const cols = steps.length;

  // Items per cell, in model order.
  const cellCount = new Int32Array(rows * (cols + 1));
  // One record per item serves every stage: sizing, routing (as a GridBox) and placing.
  const items: Placed[] = [];
  const push = (item: Item, laneId: string | undefined, stepId: string) => {
    const row = laneId === undefined ? undefined : rowOf.get(laneId);
    const col = colOf.get(stepId);
    if (row === undefined || col === undefined) return;
    const key = row * (cols + 1) + col;
    const slot = cellCount[key]!;
    cellCount[key] = slot + 1;
    const id = item.kind === 'action' ? item.action.id : item.evidence.id;
    const decision = item.kind === 'action' && item.action.decision !== undefined;
    items.push({ item, id, row, col, slot, decision, height: 0 });
  };
  const evidenceLane = lanes.find((l) => l.kind === 'role' && l.role === 'evidence');
  for (const e of bp?.evidence ?? []) push({ kind: 'evidence', evidence: e }, evidenceLane?.id, e.step);
  for (const a of bp?.actions ?? []) push({ kind: 'action', action: a }, a.lane, a.step);

  // Column widths by content.
  const colWidth = new Float64Array(cols).fill(M.boxMin);
  for (const it of items) {
    const w = Math.min(M.boxMax, Math.max(M.boxMin, Math.ceil(naturalWidth(it.item, locale))));
    if (w > colWidth[it.col]!) colWidth[it.col] = w;
  }

  // Heights by content: the heads of one (lane, slot) share a height, so boxes line up along the lane;
  // a decision's diamond hangs below its head.
  const contents = items.map((it) => contentOf(it.item, colWidth[it.col]!, locale, currency));
  const slotHeads: number[][] = lanes.map(() => []);
  items.forEach((it, i) => {
    const sh = slotHeads[it.row]!;
    sh[it.slot] = Math.max(sh[it.slot] ?? 0, contents[i]!.headHeight);
  });
  const slotHeights: number[][] = lanes.map(() => []);
  items.forEach((it, i) => {
    const c = contents[i]!;
    const head = slotHeads[it.row]![it.slot]!;
    const h = c.diamondHeight > 0 ? head + M.decisionGap + c.diamondHeight : head;
    const sh = slotHeights[it.row]!;
    sh[it.slot] = Math.max(sh[it.slot] ?? 0, h);
    it.height = h;
  });

  // Routes in grid terms, to size gutters and channels (flows are route requests as they are: id, from, to).
  // Items by id, for flows' ends and the router's geometry. Ids are unique in a parsed model; in a hand-built one
  // with a repeated id, flows attach to the last item with that id.
  const itemOf = indexById(items);
  const flows = (bp?.flows ?? []).filter((f) => itemOf.has(f.from) && itemOf.has(f.to) && f.from !== f.to);
  // Every flow kept has two distinct known boxes, so the router plans (and resolves) one route per flow, in order:
  // the i-th plan is the i-th flow. `flowAt` gives the flow's index, with a lookup by id should that ever not hold.
  let flowIndex: Map<string, number> | undefined;
  const flowAt = (i: number, id: string): number => {
    if (flows[i]?.id === id) return i;
    flowIndex ??= new Map(flows.map((f, k) => [f.id, k]));
    return flowIndex.get(id)!;
  };
  const flowLabels = flows.map((f) => textIn(f.label, locale));
  const requests: readonly RouteRequest[] = flows;
  const plan = planRoutes(items, requests, rows, cols, itemOf);

  // Which lines fall into which channel (channel k lies above row k).
  const channelLines: { kind: LineKind; key: (typeof LINE_DEFS)[number]['key'] }[][] = Array.from(
    { length: rows + 1 },
    () => [],
  );
  for (let k = 1; k < rows; k++) {
    const above = laneRank(lanes[k - 1]!);
    const below = laneRank(lanes[k]!);
    for (const d of LINE_DEFS) {
      if (above >= 1 && above < d.threshold && below > d.threshold) channelLines[k]!.push(d);
    }
  }

  // Horizontal: margin | label column | gutter 0 | col 0 | gutter 1 | … | gutter n | margin.
  const laneNames = lanes.map((l) => laneName(l, locale));
  let widest = 112;
  for (const d of LINE_DEFS) widest = Math.max(widest, measureText(label(d.key, locale), 9) + 16);
  for (const n of laneNames) widest = Math.max(widest, Math.min(150, measureText(n, 11, 'bold') + 20));
  const labelW = Math.ceil(Math.min(180, widest));
  // Per-column and per-row numbers live in typed arrays: their shape never changes, so the optimised code for this
  // function stays valid run after run.
  const gutterW = new Float64Array(cols + 1);
  for (let g = 0; g <= cols; g++) {
    gutterW[g] = Math.max(
      M.gutterMin,
      2 * M.gutterPad + Math.max(0, (plan.gutterTracks[g] ?? 0) - 1) * M.track,
    );
  }
  // A labelled flow straight across a gutter (one box to the next along a lane) has only the gutter for its label:
  // widen the gutter to hold it.
  for (let i = 0; i < plan.plans.length; i++) {
    const p = plan.plans[i]!;
    const text = flowLabels[flowAt(i, p.id)];
    if (!text || p.kind !== 'straight' || p.a.side !== 'right') continue;
    const g = items[itemOf.get(p.b.box)!]!.col;
    gutterW[g] = Math.max(gutterW[g]!, Math.ceil(flowLabelWidth(text) + 8));
  }
  for (const [g, w] of room.gutter) gutterW[g] = Math.max(gutterW[g]!, w);
  const x0 = M.margin;
  const gridX = x0 + labelW;
  const gutterX = new Float64Array(cols + 1);
  const colX = new Float64Array(cols);
  let x = gridX;
  for (let c = 0; c <= cols; c++) {
    gutterX[c] = x;
    x += gutterW[c]!;
    if (c < cols) {
      colX[c] = x;
      x += colWidth[c]!;
    }
  }
  const gridRight = x;

  // Header and legend.
  const serviceName = textIn(model.service.name, locale) || model.service.id;
  const status = bp?.status ?? 'draft';
  const subtitleParts = [label('blueprint', locale)];
  const title = textIn(bp?.title, locale);
  if (title) subtitleParts.push(title);
  if (bp?.number) subtitleParts.push(`${label('number', locale)} ${bp.number}`);
  if (bp?.version) subtitleParts.push(`${label('version', locale)} ${bp.version}`);
  const subtitle = subtitleParts.join('  ·  ');
  const headerMinW = Math.max(
    measureText(serviceName, 20, 'bold') + 24 + measureText(label(status, locale), 10, 'bold') + 20,
    measureText(subtitle, 11),
    560,
  );
  const contentRight = Math.max(gridRight, x0 + headerMinW);
  const legendStartY = M.margin + 50;
  const legend = layoutLegend(locale, x0, legendStartY, contentRight - x0);
  const headerH = 50 + legend.height;

  // Vertical: header | stage band | step band | channel 0 | row 0 | channel 1 | … | row n−1 | channel n.
  const stageY = M.margin + headerH + 14;
  const stepY = stageY + M.stageBand;
  const colHeaderLines = steps.map((s, i) => {
    const name = textIn(s.name, locale) || `${label('step', locale)} ${i + 1}`;
    return wrapText(`${i + 1}. ${name}`, colWidth[i]! - 4, 10, { maxLines: 2, weight: 'bold' });
  });
  let headerLines = 1;
  for (let c = 0; c < cols; c++) headerLines = Math.max(headerLines, colHeaderLines[c]!.length);
  const stepH = 10 + headerLines * 13;
  const channelH = new Float64Array(rows + 1);
  for (let k = 0; k <= rows; k++) {
    const t = plan.channelTracks[k] ?? 0;
    channelH[k] = Math.max(
      M.channelMin,
      2 * M.channelPad + channelLines[k]!.length * M.lineBand + t * M.track,
      room.channel.get(k) ?? 0,
    );
  }
  const rowH = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const sh = slotHeights[r]!;
    let h = M.rowMin;
    if (sh.length > 0) {
      h = 2 * M.rowPad + (sh.length - 1) * M.slotGap;
      for (let i = 0; i < sh.length; i++) h += sh[i] ?? 0;
    }
    rowH[r] = Math.max(M.rowMin, h);
  }
  const channelY = new Float64Array(rows + 1);
  const rowY = new Float64Array(rows);
  let y = stepY + stepH;
  for (let k = 0; k <= rows; k++) {
    channelY[k] = y;
    y += channelH[k]!;
    if (k < rows) {
      rowY[k] = y;
      y += rowH[k]!;
    }
  }
  const gridBottom = y;
  const width = Math.ceil(contentRight + M.margin);
  const height = Math.ceil(gridBottom + M.margin);

  // Boxes.
  const slotTops = slotHeights.map((sh) => {
    const tops: number[] = [];
    let sy = M.rowPad;
    for (const h of sh) {
      tops.push(sy);
      sy += (h ?? 0) + M.slotGap;
    }
    return tops;
  });
  const slotY = (row: number, slot: number) => rowY[row]! + slotTops[row]![slot]!;
  const boxes: BlueprintBox[] = items.map((s, i) => {
    const rect: Rect = {
      x: colX[s.col]!,
      y: slotY(s.row, s.slot),
      width: colWidth[s.col]!,
      height: s.height,
    };
    const placed = placeContent(s.item, contents[i]!, rect);
    const isAction = s.item.kind === 'action';
    const source = s.item.kind === 'action' ? s.item.action : s.item.evidence;
    const box: BlueprintBox = {
      id: source.id,
      kind: isAction ? 'action' : 'evidence',
      x: rect.x,
      y: rect.y,
      width: rect.width,
      height: rect.height,
      lane: lanes[s.row]!.id,
      step: steps[s.col]!.id,
      row: s.row,
      col: s.col,
      slot: s.slot,
      status: source.status,
      head: placed.head,
      texts: placed.texts,
      badges: placed.badges,
    };
    if (placed.diamond) (box as { diamond?: Rect }).diamond = placed.diamond;
    return box;
  });
  const boxById = (id: string) => boxes[itemOf.get(id)!]!;

  // Routes.
  const routes = resolveRoutes(plan, {
    box: boxById,
    midY: (id) => {
      const h = boxById(id).head;
      return h.y + h.height / 2;
    },
    // A decision's branches leave from its diamond (its middle half, around the right vertex).
    portBand: (id, side) => {
      const d = boxById(id).diamond;
      return d && side === 'right' ? [d.y + d.height * 0.2, d.y + d.height * 0.8] : undefined;
    },
    gutterX: (g, t) => {
      const n = plan.gutterTracks[g] ?? 1;
      return gutterX[g]! + (gutterW[g]! - (n - 1) * M.track) / 2 + t * M.track;
    },
    channelY: (k, t) => {
      const top = channelY[k]! + M.channelPad + channelLines[k]!.length * M.lineBand;
      const n = plan.channelTracks[k] ?? 1;
      const room = channelY[k]! + channelH[k]! - M.channelPad - top;
      return top + (room - (n - 1) * M.track) / 2 + t * M.track;
    },
  });
  // Lines.
  const lines: BlueprintLine[] = [];
  for (let k = 1; k < rows; k++) {
    channelLines[k]!.forEach((d, j) => {
      lines.push({
        kind: d.kind,
        label: label(d.key, locale),
        y: channelY[k]! + M.channelPad + j * M.lineBand + 11,
        x1: x0,
        x2: gridRight,
        above: lanes[k - 1]!.id,
        below: lanes[k]!.id,
      });
    });
  }

  // Flow labels: each on a free spot along its route, clear of boxes, lines, line labels and other labels.
  const grid: Rect = {
    x: gridX,
    y: channelY[0]!,
    width: gridRight - gridX,
    height: gridBottom - channelY[0]!,
  };
  const blocked = new RectIndex(192);
  for (const b of boxes) blocked.add(b);
  for (const l of lines) {
    blocked.add({ x: l.x1, y: l.y - 2, width: l.x2 - l.x1, height: 4 });
    blocked.add(lineLabelBox(l));
  }
  const routeSegments = new RectIndex(256);
  for (const r of routes) {
    for (let i = 0; i + 1 < r.points.length; i++) {
      // Indexed, not destructured: this runs for every segment of every route, and destructuring an array
      // allocates an iterator each time.
      const pa = r.points[i]!;
      const ax = pa[0];
      const ay = pa[1];
      const pb = r.points[i + 1]!;
      const bx = pb[0];
      const by = pb[1];
      routeSegments.add({
        x: Math.min(ax, bx),
        y: Math.min(ay, by),
        width: Math.abs(bx - ax),
        height: Math.abs(by - ay),
      });
    }
  }
  const crowded: Crowded[] = [];
  const placedFlows: BlueprintFlow[] = routes.map((r, i) => {
    const k = flowAt(i, r.id);
    const f = flows[k]!;
    const text = flowLabels[k]!;
    if (!text) return { id: f.id, kind: f.kind, from: f.from, to: f.to, points: r.points };
    const placed = placeFlowLabel(text, r.points, grid, blocked, routeSegments, last);
    if (!placed.nearRoute) {
      crowded.push(
        roomFor(r.points, flowLabelWidth(text), {
          gutterX,
          gutterW,
          gutterTracks: plan.gutterTracks,
          channelY,
          channelH,
        }),
      );
    }
    return { id: f.id, kind: f.kind, from: f.from, to: f.to, points: r.points, label: placed.label };
  });
  blocked.clear();
  routeSegments.clear();

  // Stages.
  const stages: BlueprintStage[] = [];
  for (const st of bp?.stages ?? []) {
    let first = -1;
    let last = -1;
    for (const id of st.steps) {
      const c = colOf.get(id);
      if (c === undefined) continue;
      if (first < 0 || c < first) first = c;
      if (c > last) last = c;
    }
    if (first < 0) continue;
    const sx = first === 0 ? gutterX[0]! : gutterX[first]! + gutterW[first]! / 2;
    const ex = last === cols - 1 ? gridRight : gutterX[last + 1]! + gutterW[last + 1]! / 2;
    const name = textIn(st.name, locale) || st.id;
    stages.push({
      id: st.id,
      name,
      lines: wrapText(name, ex - sx - 12, 12, { maxLines: 1, weight: 'bold' }),
      x: sx,
      width: ex - sx,
    });
  }
  stages.sort((a, b) => a.x - b.x);

  const layout: BlueprintLayout = {
    width,
    height,
    locale,
    header: {
      title: serviceName,
      subtitle,
      status,
      statusLabel: label(status, locale),
      x: x0,
      y: M.margin,
      height: headerH,
      legend: legend.items,
    },
    labelColumn: { x: x0, y: channelY[0]!, width: labelW, height: gridBottom - channelY[0]! },
    grid: { x: gridX, y: channelY[0]!, width: gridRight - gridX, height: gridBottom - channelY[0]! },
    stageBand: { x: gridX, y: stageY, width: gridRight - gridX, height: M.stageBand },
    stepBand: { x: gridX, y: stepY, width: gridRight - gridX, height: stepH },
    lanes: lanes.map((l, r) => ({
      id: l.id,
      lane: l,
      name: laneNames[r]!,
      labelLines: wrapText(laneNames[r]!, labelW - 20, 11, { maxLines: 3, weight: 'bold' }),
      y: rowY[r]!,
      height: rowH[r]!,
    })),
    columns: steps.map((s, c) => ({
      step: s.id,
      index: c,
      x: colX[c]!,
      width: colWidth[c]!,
      stage: s.stage,
      headerLines: colHeaderLines[c]!,
    })),
    stages,
    lines,
    boxes,
    flows: placedFlows,
  };
  return { layout, crowded };
}

/**
 * The gutter or channel to enlarge for a label that found no spot by its route: the gutter holding the route's
 * longest vertical run, widened so the label fits beside that run whichever track it is on (and at least by the
 * label's width); else the channel holding its longest horizontal run, heightened so the label fits above or below
 * it; else the gutter a straight route crosses, widened by the label's width.
 */
function roomFor(
  points: readonly Point[],
  labelW: number,
  g: {
    gutterX: Float64Array;
    gutterW: Float64Array;
    gutterTracks: readonly number[];
    channelY: Float64Array;
    channelH: Float64Array;
  },
): Crowded {
  const gutterAt = (x: number) => g.gutterX.findIndex((gx, i) => x >= gx && x <= gx + g.gutterW[i]!);
  const channelAt = (y: number) => g.channelY.findIndex((cy, k) => y >= cy && y <= cy + g.channelH[k]!);
  let vertical: { at: number; len: number } | undefined;
  let horizontal: { at: number; len: number } | undefined;
  let crossing = -1;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[i + 1]!;
    const len = Math.abs(bx - ax) + Math.abs(by - ay);
    if (ax === bx) {
      const at = gutterAt(ax);
      if (at >= 0 && (!vertical || len > vertical.len)) vertical = { at, len };
    } else {
      const at = channelAt(ay);
      if (at >= 0 && (!horizontal || len > horizontal.len)) horizontal = { at, len };
      if (crossing < 0) crossing = gutterAt((ax + bx) / 2);
    }
  }
  const widen = (at: number): Crowded => {
    const tracks = Math.max(0, (g.gutterTracks[at] ?? 1) - 1) * M.track;
    const size = Math.ceil(Math.max(g.gutterW[at]! + labelW + 6, 2 * (labelW + 6) + tracks));
    return { axis: 'gutter', at, size };
  };
  if (vertical) return widen(vertical.at);
  if (horizontal) {
    return { axis: 'channel', at: horizontal.at, size: g.channelH[horizontal.at]! + 2 * (FLOW_LABEL_H + 4) };
  }
  return widen(Math.max(0, crossing));
}

/** The display name of a lane: its own name, or the method name of its role. */
function laneName(l: Lane, locale: Locale): string {
  const own = textIn(l.name, locale);
  if (own) return own;
  return l.kind === 'role' ? label(l.role, locale) : l.id;
}

/** Width of a flow label's box: its 9 px bold text and 3 px either side. */
function flowLabelWidth(text: string): number {
  return measureText(text, 9, 'bold') + 6;
}

/** Height of a flow label's box (white backing rect); its baseline is 9 px below the top. */
const FLOW_LABEL_H = 12;

/** The box of a line's label (9 px bold at x1 + 2, baseline 3.5 px above the line), 1 px margin around the ink. */
function lineLabelBox(l: BlueprintLine): Rect {
  const w = measureText(l.label, 9, 'bold');
  return { x: l.x1 + 1, y: l.y - 3.5 - 9 * 0.8 - 1, width: w + 2, height: 9 * 1.05 + 2 };
}

/** Where along a segment a flow label is tried, in order of preference. */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8] as const;

/**
 * Puts a flow label on a free spot along its route: along the longest segments first (middle, then towards the
 * ends), above and below a horizontal run or right and left of a vertical one; a spot must lie inside the grid and
 * cover no box, line, line label or placed label, and the one crossed by the fewest other routes wins. When the
 * route has no free spot beside it, the nearest free spot around its longest segment's middle is taken. When even
 * that fails, `nearRoute` is false (the caller makes room and lays out again); with `anywhere` (the last pass) the
 * nearest free spot anywhere in the grid is then taken, and only when the grid has none at all the middle of the
 * longest segment, kept inside the grid. The spot taken is added to `blocked`.
 */
function placeFlowLabel(
  text: string,
  points: readonly Point[],
  bounds: Rect,
  blocked: RectIndex,
  routes: RectIndex,
  anywhere: boolean,
): { label: BlueprintFlow['label'] & object; nearRoute: boolean } {
  const width = flowLabelWidth(text);
  const h = FLOW_LABEL_H;
  const segs: { i: number; len: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[i + 1]!;
    segs.push({ i, len: Math.abs(bx - ax) + Math.abs(by - ay) });
  }
  segs.sort((p, q) => q.len - p.len || p.i - q.i);
  // Candidates in order of preference, each tested as it is made: the first with the lowest penalty wins, and a
  // zero penalty ends the search (as pickSpot does), so later candidates are never built.
  let chosen: Rect | undefined;
  let bestPenalty = Infinity;
  const consider = (r: Rect): boolean => {
    if (!rectInside(r, bounds) || blocked.hits(r)) return false;
    const p = routes.count(r);
    if (p < bestPenalty) {
      chosen = r;
      bestPenalty = p;
    }
    return p === 0;
  };
  search: for (const { i } of segs) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[i + 1]!;
    for (const t of ALONG) {
      const x = ax + (bx - ax) * t;
      const y = ay + (by - ay) * t;
      if (ay === by) {
        if (consider({ x: x - width / 2, y: y - 2 - h, width, height: h })) break search;
        if (consider({ x: x - width / 2, y: y + 2, width, height: h })) break search;
      } else {
        if (consider({ x: x + 3, y: y - h / 2, width, height: h })) break search;
        if (consider({ x: x - 3 - width, y: y - h / 2, width, height: h })) break search;
      }
    }
  }
  const longest = segs[0]!.i;
  const [ax, ay] = points[longest]!;
  const [bx, by] = points[longest + 1]!;
  const mx = (ax + bx) / 2;
  const my = (ay + by) / 2;
  if (!chosen) {
    // Nearest free spot around the middle of the longest segment, ring by ring.
    for (let ring = 1; ring <= 24 && !chosen; ring++) {
      const ring_: Rect[] = [];
      const d = ring * 8;
      for (let k = -ring; k <= ring; k++) {
        const o = k * 8;
        ring_.push(
          { x: mx - width / 2 + o, y: my - h / 2 - d, width, height: h },
          { x: mx - width / 2 + o, y: my - h / 2 + d, width, height: h },
          { x: mx - width / 2 - d, y: my - h / 2 + o, width, height: h },
          { x: mx - width / 2 + d, y: my - h / 2 + o, width, height: h },
        );
      }
      const found = pickSpot(ring_, bounds, blocked, (r) => routes.count(r));
      if (found !== undefined) chosen = ring_[found];
    }
  }
  const nearRoute = chosen !== undefined;
  if (!chosen && anywhere) chosen = nearestFreeSpot(mx, my, width, h, bounds, blocked, routes);
  if (!chosen) {
    const x = Math.max(bounds.x, Math.min(bounds.x + bounds.width - width, mx - width / 2));
    const y = Math.max(bounds.y, Math.min(bounds.y + bounds.height - h, my - h / 2));
    chosen = { x, y, width, height: h };
  }
  blocked.add(chosen);
  return { label: { text, x: chosen.x + width / 2, y: chosen.y + 9, width }, nearRoute };
}

/**
 * The free `width` × `h` spot inside `bounds` nearest to (`mx`, `my`) (centre to centre, on a 4 px lattice; fewest
 * crossing routes among the nearest), or `undefined` when the grid has none. Scans the whole grid: only for the
 * rare label that even a widened gutter could not hold.
 */
function nearestFreeSpot(
  mx: number,
  my: number,
  width: number,
  h: number,
  bounds: Rect,
  blocked: RectIndex,
  routes: RectIndex,
): Rect | undefined {
  const step = 4;
  let best: Rect | undefined;
  let bestKey = Infinity;
  for (let y = bounds.y; y + h <= bounds.y + bounds.height + 1e-6; y += step) {
    for (let x = bounds.x; x + width <= bounds.x + bounds.width + 1e-6; x += step) {
      const r = { x, y, width, height: h };
      const d = Math.hypot(x + width / 2 - mx, y + h / 2 - my);
      if (d >= bestKey || blocked.hits(r)) continue;
      best = r;
      bestKey = d + routes.count(r) * 24;
    }
  }
  return best;
}
