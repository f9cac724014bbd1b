import type { FlowKind, LaneRole, ServiceModel } from '@frontstage/model';
import {
  type BlueprintBox,
  type BlueprintFlow,
  type BlueprintLayout,
  type BlueprintOptions,
  type LegendItem,
  layoutBlueprint,
} from './blueprint-layout.js';
import type { Point } from './geometry.js';
import { measureText } from './measure-text.js';
import type { Scene, SceneNode } from './scene.js';
import {
  addLetterBadge,
  blockNode,
  diamondPoints,
  group,
  letterBadge,
  stageBands,
  textNode,
} from './scene-helpers.js';
import { THEME } from './theme.js';

const ZONE_COLOR: Readonly<Record<LaneRole, string>> = {
  evidence: '#94a3b8',
  customer: '#2563eb',
  frontstage: '#0d9488',
  backstage: '#d97706',
  support: '#64748b',
};

const BADGE: Readonly<Record<'fail' | 'wait' | 'touchpoint', { fill: string; letter: string }>> = {
  fail: { fill: THEME.fail, letter: 'F' },
  wait: { fill: THEME.wait, letter: 'W' },
  touchpoint: { fill: THEME.touchpoint, letter: 'T' },
};

/** A node whose dash pattern is set after it is made. */
type Dashed = { dash?: readonly number[] };

interface BoxStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly dash?: readonly number[];
}

type BoxKind = 'evidence' | 'customer' | 'frontstage' | 'other';

/** The styles of observed boxes by kind, made once (a drawing has thousands of boxes). */
const STYLE: Readonly<Record<BoxKind, BoxStyle>> = {
  evidence: { fill: THEME.evidenceFill, stroke: '#cbd5e1' },
  customer: { fill: '#eff6ff', stroke: '#93c5fd' },
  frontstage: { fill: '#f0fdfa', stroke: '#5eead4' },
  other: { fill: '#ffffff', stroke: THEME.boxStroke },
};
const DASH: readonly number[] = Object.freeze([4, 3]);
/** Assumed boxes keep their kind's fill, with a dashed grey border. */
const ASSUMED: Readonly<Record<BoxKind, BoxStyle>> = {
  evidence: { fill: STYLE.evidence.fill, stroke: '#64748b', dash: DASH },
  customer: { fill: STYLE.customer.fill, stroke: '#64748b', dash: DASH },
  frontstage: { fill: STYLE.frontstage.fill, stroke: '#64748b', dash: DASH },
  other: { fill: STYLE.other.fill, stroke: '#64748b', dash: DASH },
};
const PROPOSED: BoxStyle = { fill: '#f5f3ff', stroke: '#7c3aed', dash: DASH };

function boxStyle(box: BlueprintBox, zone: LaneRole): BoxStyle {
  if (box.status === 'proposed') return PROPOSED;
  const kind: BoxKind =
    box.kind === 'evidence' ? 'evidence' : zone === 'customer' || zone === 'frontstage' ? zone : 'other';
  return box.status === 'assumed' ? ASSUMED[kind] : STYLE[kind];
}

function boxNode(box: BlueprintBox, zone: LaneRole): SceneNode {
  const style = boxStyle(box, zone);
  const children: SceneNode[] = [];
  const h = box.head;
  const rect: SceneNode = {
    kind: 'rect',
    x: h.x,
    y: h.y,
    width: h.width,
    height: h.height,
    radius: box.kind === 'evidence' ? 2 : 6,
    fill: style.fill,
    stroke: style.stroke,
    strokeWidth: 1,
  };
  // Set after the literal rather than spread into it: spreading a conditional object is slow per box.
  if (style.dash) (rect as Dashed).dash = style.dash;
  children.push(rect);
  if (box.kind === 'evidence') {
    // A folded corner: evidence is a thing (a form, a sign), not an act.
    const fx = h.x + h.width;
    children.push({
      kind: 'polygon',
      points: [
        [fx - 8, h.y],
        [fx, h.y + 8],
        [fx - 8, h.y + 8],
      ],
      fill: '#cbd5e1',
    });
  }
  if (box.diamond) {
    const d = box.diamond;
    children.push({
      kind: 'line',
      x1: h.x + h.width / 2,
      y1: h.y + h.height,
      x2: d.x + d.width / 2,
      y2: d.y,
      stroke: THEME.decisionStroke,
      strokeWidth: 1,
    });
    const diamond: SceneNode = {
      kind: 'polygon',
      points: diamondPoints(d.x, d.y, d.width, d.height),
      fill: THEME.decisionFill,
      stroke: THEME.decisionStroke,
      strokeWidth: 1,
    };
    if (style.dash) (diamond as Dashed).dash = style.dash;
    children.push(diamond);
  }
  for (const t of box.texts) {
    const fill =
      t.tone === 'main'
        ? THEME.ink
        : t.tone === 'question'
          ? '#713f12'
          : t.tone === 'meta'
            ? THEME.muted
            : THEME.muted;
    children.push(blockNode(t, fill));
  }
  for (const b of box.badges)
    addLetterBadge(children, b.cx, b.cy, b.r, BADGE[b.kind].fill, BADGE[b.kind].letter);
  return group(box.kind, children, box.id);
}

/** Where a horizontal route end at height `y` meets the diamond edge of `box` (inside its bounding box). */
function diamondEdge(box: BlueprintBox, p: Point): Point | undefined {
  const d = box.diamond;
  if (!d || p[1] < d.y || p[1] > d.y + d.height) return undefined;
  const onLeft = Math.abs(p[0] - box.x) < 0.01;
  const onRight = Math.abs(p[0] - box.x - box.width) < 0.01;
  if (!onLeft && !onRight) return undefined;
  const cy = d.y + d.height / 2;
  const half = (d.width / 2) * (1 - Math.abs(p[1] - cy) / (d.height / 2));
  const cx = d.x + d.width / 2;
  return [onLeft ? cx - half : cx + half, p[1]];
}

/** Whether two points coincide (to within rounding). */
function same(p: Point, q: Point): boolean {
  return Math.abs(p[0] - q[0]) < 1e-9 && Math.abs(p[1] - q[1]) < 1e-9;
}

/** The group role of a flow, by kind (made once, not per flow). */
const FLOW_ROLE: Readonly<Record<FlowKind, string>> = {
  sequence: 'flow flow-sequence',
  branch: 'flow flow-branch',
  loop: 'flow flow-loop',
  recovery: 'flow flow-recovery',
};

function flowNode(f: BlueprintFlow, boxes: ReadonlyMap<string, BlueprintBox>): SceneNode {
  const pts: Point[] = [...f.points];
  const from = boxes.get(f.from);
  const to = boxes.get(f.to);
  // A route end at a diamond's vertex already lies on its edge: adding the edge point again would make a
  // zero-length segment, and an arrowhead on it a degenerate (zero-area) triangle.
  const lead = from ? diamondEdge(from, pts[0]!) : undefined;
  if (lead && !same(lead, pts[0]!)) pts.unshift(lead);
  const tail = to ? diamondEdge(to, pts[pts.length - 1]!) : undefined;
  if (tail && !same(tail, pts[pts.length - 1]!)) pts.push(tail);
  const stroke = f.kind === 'loop' ? THEME.loop : f.kind === 'recovery' ? THEME.fail : THEME.flow;
  const line: SceneNode = {
    kind: 'polyline',
    points: pts,
    arrow: 'end',
    stroke,
    strokeWidth: 1.1,
    fill: 'none',
  };
  if (f.kind === 'recovery') (line as Dashed).dash = [5, 3];
  return group(FLOW_ROLE[f.kind], [line], f.id);
}

function flowLabelNode(f: BlueprintFlow): SceneNode | undefined {
  if (!f.label) return undefined;
  const l = f.label;
  return group(
    'flow-label',
    [
      {
        kind: 'rect',
        x: l.x - l.width / 2,
        y: l.y - 9,
        width: l.width,
        height: 12,
        radius: 2,
        fill: '#ffffff',
        opacity: 0.92,
      },
      textNode(l.x, l.y, [l.text], 9, f.kind === 'loop' ? THEME.loop : THEME.text, {
        anchor: 'middle',
        weight: 'bold',
      }),
    ],
    f.id,
  );
}

/** The legend's small box for an evidence status: observed (solid), assumed and proposed (dashed). */
function statusSwatch(
  x: number,
  cy: number,
  fill: string,
  stroke: string,
  dash?: readonly number[],
): SceneNode {
  const box: SceneNode = { kind: 'rect', x, y: cy - 6, width: 18, height: 12, radius: 3, fill, stroke };
  return dash ? { ...box, dash } : box;
}

function legendIcon(item: LegendItem): SceneNode[] {
  const x = item.x;
  const cy = item.y;
  switch (item.kind) {
    case 'fail':
    case 'wait':
    case 'touchpoint':
      return letterBadge(x + 8, cy, 6, BADGE[item.kind].fill, BADGE[item.kind].letter);
    case 'observed':
      return [statusSwatch(x, cy, '#ffffff', THEME.boxStroke)];
    case 'assumed':
      return [statusSwatch(x, cy, '#ffffff', '#64748b', [4, 3])];
    case 'proposed':
      return [statusSwatch(x, cy, '#f5f3ff', '#7c3aed', [4, 3])];
    case 'decision':
      return [
        {
          kind: 'polygon',
          points: diamondPoints(x, cy - 7, 18, 14),
          fill: THEME.decisionFill,
          stroke: THEME.decisionStroke,
        },
      ];
    case 'flow':
      return [
        {
          kind: 'polyline',
          points: [
            [x, cy],
            [x + 18, cy],
          ],
          arrow: 'end',
          stroke: THEME.flow,
          strokeWidth: 1.1,
        },
      ];
    case 'loop':
      return [
        {
          kind: 'polyline',
          points: [
            [x + 18, cy + 4],
            [x + 18, cy - 4],
            [x, cy - 4],
            [x, cy + 4],
          ],
          arrow: 'end',
          stroke: THEME.loop,
          strokeWidth: 1.1,
        },
      ];
  }
}

function headerNodes(layout: BlueprintLayout): SceneNode {
  const h = layout.header;
  const titleW = measureText(h.title, 20, 'bold');
  const pillW = measureText(h.statusLabel, 10, 'bold') + 16;
  const pillX = h.x + titleW + 12;
  const children: SceneNode[] = [
    textNode(h.x, h.y + 20, [h.title], 20, THEME.ink, { weight: 'bold' }),
    group(`status status-${h.status}`, [
      {
        kind: 'rect',
        x: pillX,
        y: h.y + 5,
        width: pillW,
        height: 18,
        radius: 9,
        fill: THEME.status[h.status],
      },
      textNode(pillX + pillW / 2, h.y + 17.5, [h.statusLabel], 10, '#ffffff', {
        weight: 'bold',
        anchor: 'middle',
      }),
    ]),
    textNode(h.x, h.y + 40, [h.subtitle], 11, THEME.muted),
  ];
  const legend: SceneNode[] = [];
  for (const item of h.legend) {
    legend.push(...legendIcon(item));
    legend.push(textNode(item.x + 24, item.y + 3.5, [item.label], 10, THEME.text));
  }
  children.push(group('legend', legend));
  children.push({
    kind: 'line',
    x1: h.x,
    y1: h.y + h.height + 4,
    x2: layout.width - h.x,
    y2: h.y + h.height + 4,
    stroke: THEME.hairline,
    strokeWidth: 1,
  });
  return group('header', children);
}

/** Draws a laid-out blueprint as a scene. */
export function blueprintScene(layout: BlueprintLayout, title: string): Scene {
  const nodes: SceneNode[] = [headerNodes(layout)];
  const zoneOf = new Map<string, LaneRole>();
  for (const l of layout.lanes) zoneOf.set(l.id, l.lane.kind === 'role' ? l.lane.role : l.lane.zone);

  // Stage bands and step headers.
  nodes.push(stageBands(layout.stages, layout.stageBand));
  const stepNodes: SceneNode[] = layout.columns.map((c) =>
    group(
      'step',
      [
        textNode(c.x + c.width / 2, layout.stepBand.y + 15, c.headerLines, 10, THEME.text, {
          anchor: 'middle',
          weight: 'bold',
          lineHeight: 13,
        }),
      ],
      c.step,
    ),
  );
  nodes.push(group('steps', stepNodes));

  // Lanes: bands across, label column on the left.
  const laneNodes: SceneNode[] = layout.lanes.map((l, i) => {
    const zone = zoneOf.get(l.id)!;
    const labelH = l.labelLines.length * 14;
    return group(
      `lane lane-${zone}`,
      [
        {
          kind: 'rect',
          x: layout.labelColumn.x,
          y: l.y,
          width: layout.grid.x + layout.grid.width - layout.labelColumn.x,
          height: l.height,
          fill: i % 2 === 0 ? THEME.band : '#ffffff',
          stroke: THEME.hairline,
          strokeWidth: 1,
        },
        {
          kind: 'rect',
          x: layout.labelColumn.x,
          y: l.y,
          width: layout.labelColumn.width - 8,
          height: l.height,
          fill: THEME.bandAlt,
        },
        { kind: 'rect', x: layout.labelColumn.x, y: l.y, width: 3, height: l.height, fill: ZONE_COLOR[zone] },
        textNode(layout.labelColumn.x + 12, l.y + (l.height - labelH) / 2 + 11, l.labelLines, 11, THEME.ink, {
          weight: 'bold',
          lineHeight: 14,
        }),
      ],
      l.id,
    );
  });
  nodes.push(group('lanes', laneNodes));

  // Stage boundaries: faint rules down through the lanes.
  const rules: SceneNode[] = [];
  for (const s of layout.stages.slice(1)) {
    rules.push({
      kind: 'line',
      x1: s.x,
      y1: layout.grid.y,
      x2: s.x,
      y2: layout.grid.y + layout.grid.height,
      stroke: THEME.rule,
      strokeWidth: 1,
      dash: [2, 3],
    });
  }
  nodes.push(group('stage-rules', rules));

  // The three lines.
  const lineNodes: SceneNode[] = layout.lines.map((l) => {
    const strong = l.kind === 'visibility';
    return group(
      `line line-of-${l.kind.replace('_', '-')}`,
      [
        {
          kind: 'line',
          x1: l.x1,
          y1: l.y,
          x2: l.x2,
          y2: l.y,
          stroke: strong ? '#334155' : '#64748b',
          strokeWidth: strong ? 1.4 : 1,
          dash: strong ? [8, 4] : [5, 4],
        },
        textNode(l.x1 + 2, l.y - 3.5, [l.label], 9, strong ? '#334155' : THEME.muted, { weight: 'bold' }),
      ],
      l.kind,
    );
  });
  nodes.push(group('lines', lineNodes));

  // Flows under boxes, labels on top.
  const byId = new Map<string, BlueprintBox>();
  for (const b of layout.boxes) byId.set(b.id, b);
  nodes.push(
    group(
      'flows',
      layout.flows.map((f) => flowNode(f, byId)),
    ),
  );
  nodes.push(
    group(
      'boxes',
      layout.boxes.map((b) => boxNode(b, zoneOf.get(b.lane) ?? 'support')),
    ),
  );
  const labels = layout.flows.map(flowLabelNode).filter((n): n is SceneNode => n !== undefined);
  nodes.push(group('flow-labels', labels));

  return { width: layout.width, height: layout.height, background: THEME.background, title, children: nodes };
}

/** Renders the service blueprint of `model` as a scene (layout, then drawing). */
export function renderBlueprint(model: ServiceModel, options: BlueprintOptions): Scene {
  const layout = layoutBlueprint(model, options);
  return blueprintScene(layout, `${layout.header.title} — ${layout.header.subtitle}`);
}
