import { assignTracks, type TrackRequest } from './assign-tracks.js';
import type { Point, Rect } from './geometry.js';
import { sortedBy } from './grid-order.js';

/** A box as the router sees it: its grid cell (row = lane, col = step) and its stack slot in the cell. */
export interface GridBox {
  readonly id: string;
  readonly row: number;
  readonly col: number;
  readonly slot: number;
  /** A decision leaves sideways only from its diamond, never straight out of the head's side. */
  readonly decision?: boolean;
}

/** A connection to route between two boxes. */
export interface RouteRequest {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

type Side = 'left' | 'right' | 'top' | 'bottom';

/** A port: a point on one side of a box, placed once every route has claimed its ports. */
interface PortRef {
  readonly box: string;
  readonly side: Side;
  /** `mid` ports are the side's centre, reserved for straight connections. */
  readonly mid: boolean;
  /** Sort key among the ports of the same side (smaller = nearer the top or the left). */
  readonly order: number;
  /** Top side only: outgoing ports use the right half, incoming the left half. */
  readonly out: boolean;
  index: number;
  count: number;
}

/** A channel track: vertical gutter `g` (left of column g) or horizontal channel `k` (above row k). */
interface TrackRef {
  readonly axis: 'gutter' | 'channel';
  readonly at: number;
  readonly request: TrackRequest;
  track: number;
}

type Plan =
  | { readonly kind: 'straight'; readonly id: string; readonly a: PortRef; readonly b: PortRef }
  | {
      readonly kind: 'over';
      readonly id: string;
      readonly a: PortRef;
      readonly b: PortRef;
      readonly channel: TrackRef;
    }
  | {
      readonly kind: 'side';
      readonly id: string;
      readonly a: PortRef;
      readonly b: PortRef;
      readonly gutter: TrackRef;
    }
  | {
      readonly kind: 'channel';
      readonly id: string;
      readonly a: PortRef;
      readonly b: PortRef;
      readonly g1: TrackRef;
      readonly channel: TrackRef;
      readonly g2: TrackRef;
    };

/** The routes planned in grid terms: how many tracks each gutter and channel needs, and how to resolve them. */
export interface RoutePlan {
  /** Tracks needed in vertical gutter g (g = 0 … cols; gutter g lies left of column g). */
  readonly gutterTracks: readonly number[];
  /** Tracks needed in horizontal channel k (k = 0 … rows; channel k lies above row k). */
  readonly channelTracks: readonly number[];
  readonly plans: readonly Plan[];
}

/** Where the grid landed: box rectangles and the coordinate of each track. */
export interface RouteGeometry {
  box(id: string): Rect;
  /**
   * The y where straight lane connections meet the box's sides: the same for every box of a lane slot. Left-side
   * ports lie above it, right-side ports below it, so routes in a gutter never share a height.
   */
  midY(id: string): number;
  /** Where the (non-straight) ports of a side are spread: default above `midY` on the left, below it on the right. */
  portBand?(id: string, side: 'left' | 'right'): readonly [number, number] | undefined;
  gutterX(gutter: number, track: number): number;
  channelY(channel: number, track: number): number;
}

/** A routed connection: an orthogonal polyline from the border of its source box to the border of its target. */
export interface Route {
  readonly id: string;
  readonly points: readonly Point[];
}

/** The non-mid ports of one box, by side (the top side split into outgoing and incoming halves). */
interface SidePorts {
  left: PortRef[] | undefined;
  right: PortRef[] | undefined;
  bottom: PortRef[] | undefined;
  topOut: PortRef[] | undefined;
  topIn: PortRef[] | undefined;
}

/** Orders the ports of one side and gives each its index among them. */
function numberPorts(list: PortRef[] | undefined): void {
  if (!list) return;
  list.sort(byOrder);
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    p.index = i;
    p.count = list.length;
  }
}

function byOrder(p: PortRef, q: PortRef): number {
  return p.order - q.order;
}

/** Each box id's position in `boxes` (the last box with an id wins). */
export function indexById(boxes: readonly { readonly id: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < boxes.length; i++) out.set(boxes[i]!.id, i);
  return out;
}

const rowKey = (r: number) => 2 * r + 1;
const channelKey = (k: number) => 2 * k;
const colKey = (c: number) => 2 * c + 1;
const gutterKey = (g: number) => 2 * g;

/**
 * Plans orthogonal routes on the lane × step grid so that no route enters a box: a straight segment when the two
 * boxes face each other with nothing between (down a step, or right along a lane slot); otherwise out of a side
 * into the vertical gutter next to the box, along a horizontal channel between lanes, and into the target from its
 * gutter; loops back within a lane's top slot go over the top through the channel above. Every gutter and channel
 * segment gets its own track (interval colouring), so parallel routes never overlap. O(n log n) in boxes + routes.
 * `indexOf` maps each box id to its position in `boxes` (the last box with an id wins): pass it if you have one.
 */
export function planRoutes(
  boxes: readonly GridBox[],
  requests: readonly RouteRequest[],
  rows: number,
  cols: number,
  indexOf: ReadonlyMap<string, number> = indexById(boxes),
): RoutePlan {
  // Boxes are handled by their index in `boxes`: one id → index map, then arrays, instead of a map per relation.
  const n = boxes.length;

  // Next box below in each column (by row, then slot), and next box to the right in each (row, slot); -1 = none.
  const below = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const box = (i: number) => boxes[i]!;
  const byColumn = sortedBy(boxes, 'col', 'row', 'slot');
  for (let k = 0; k + 1 < n; k++)
    if (box(byColumn[k]!).col === box(byColumn[k + 1]!).col) below[byColumn[k]!] = byColumn[k + 1]!;
  const byLane = sortedBy(boxes, 'row', 'slot', 'col');
  for (let k = 0; k + 1 < n; k++) {
    const p = box(byLane[k]!);
    const q = box(byLane[k + 1]!);
    if (p.row === q.row && p.slot === q.slot) right[byLane[k]!] = byLane[k + 1]!;
  }

  // Non-mid ports by box, then by side (the top side split into outgoing and incoming halves).
  // Per box, one list per side key (a fixed record, not a map: a box has at most five).
  const ports: (SidePorts | undefined)[] = new Array(n).fill(undefined);
  const port = (at: number, side: Side, mid: boolean, order: number, out: boolean): PortRef => {
    const ref: PortRef = { box: boxes[at]!.id, side, mid, order, out, index: 0, count: 1 };
    if (!mid) {
      const key: keyof SidePorts = side === 'top' ? (out ? 'topOut' : 'topIn') : side;
      let sides = ports[at];
      if (!sides) {
        sides = { left: undefined, right: undefined, bottom: undefined, topOut: undefined, topIn: undefined };
        ports[at] = sides;
      }
      const list = sides[key];
      if (list) list.push(ref);
      else sides[key] = [ref];
    }
    return ref;
  };
  const tracks: TrackRef[] = [];
  const track = (axis: 'gutter' | 'channel', at: number, a: number, b: number): TrackRef => {
    const ref: TrackRef = { axis, at, request: { lo: Math.min(a, b), hi: Math.max(a, b) }, track: 0 };
    tracks.push(ref);
    return ref;
  };

  // Box pairs already joined by a straight connection (either way), by source then target.
  // (A box has few straight connections: a short list per box.)
  const usedStraight: (number[] | undefined)[] = new Array(n).fill(undefined);
  const joinedStraight = (i: number, j: number) => usedStraight[i]?.includes(j) ?? false;
  const useStraight = (i: number, j: number) => {
    const list = usedStraight[i];
    if (!list) usedStraight[i] = [j];
    else if (!list.includes(j)) list.push(j);
  };
  const plans: Plan[] = [];
  for (const req of requests) {
    const ia = indexOf.get(req.from);
    const ib = indexOf.get(req.to);
    if (ia === undefined || ib === undefined || ia === ib) continue;
    const a = boxes[ia]!;
    const b = boxes[ib]!;
    const free = !joinedStraight(ia, ib) && !joinedStraight(ib, ia);
    if (free && below[ia] === ib) {
      useStraight(ia, ib);
      plans.push({
        kind: 'straight',
        id: req.id,
        a: port(ia, 'bottom', true, 0, true),
        b: port(ib, 'top', true, 0, false),
      });
      continue;
    }
    if (free && below[ib] === ia) {
      useStraight(ia, ib);
      plans.push({
        kind: 'straight',
        id: req.id,
        a: port(ia, 'top', true, 0, true),
        b: port(ib, 'bottom', true, 0, false),
      });
      continue;
    }
    if (free && right[ia] === ib && !a.decision) {
      useStraight(ia, ib);
      plans.push({
        kind: 'straight',
        id: req.id,
        a: port(ia, 'right', true, 0, true),
        b: port(ib, 'left', true, 0, false),
      });
      continue;
    }
    // A decision's branches all leave from its diamond, on its right: never over the top or out of the left side.
    const fromDiamond = a.decision === true;
    if (!fromDiamond && a.row === b.row && b.col < a.col && a.slot === 0 && b.slot === 0) {
      // A loop back along the lane: over the top, through the channel above the lane.
      plans.push({
        kind: 'over',
        id: req.id,
        a: port(ia, 'top', false, -b.col, true),
        b: port(ib, 'top', false, -a.col, false),
        channel: track('channel', a.row, colKey(a.col), colKey(b.col)),
      });
      continue;
    }
    if (a.col === b.col || b.col === a.col + 1 || (a.col === b.col + 1 && !fromDiamond)) {
      // Neighbouring or same column: one vertical run in the gutter between (or right of) them.
      const forward = b.col >= a.col;
      const g = b.col > a.col ? b.col : a.col === b.col ? a.col + 1 : a.col;
      const sideA: Side = forward ? 'right' : 'left';
      const sideB: Side = b.col > a.col ? 'left' : 'right';
      plans.push({
        kind: 'side',
        id: req.id,
        a: port(ia, sideA, false, rowKey(b.row) * 100 + b.slot, true),
        b: port(ib, sideB, false, rowKey(a.row) * 100 + a.slot, false),
        gutter: track('gutter', g, rowKey(a.row), rowKey(b.row)),
      });
      continue;
    }
    const forward = b.col > a.col;
    const k = b.row > a.row ? a.row + 1 : b.row < a.row ? a.row : forward ? a.row + 1 : a.row;
    const exitRight = forward || fromDiamond;
    const g1 = exitRight ? a.col + 1 : a.col;
    const g2 = forward ? b.col : b.col + 1;
    plans.push({
      kind: 'channel',
      id: req.id,
      a: port(ia, exitRight ? 'right' : 'left', false, channelKey(k) * 100, true),
      b: port(ib, forward ? 'left' : 'right', false, channelKey(k) * 100, false),
      g1: track('gutter', g1, rowKey(a.row), channelKey(k)),
      channel: track('channel', k, gutterKey(g1), gutterKey(g2)),
      g2: track('gutter', g2, channelKey(k), rowKey(b.row)),
    });
  }

  for (const sides of ports) {
    if (!sides) continue;
    numberPorts(sides.left);
    numberPorts(sides.right);
    numberPorts(sides.bottom);
    numberPorts(sides.topOut);
    numberPorts(sides.topIn);
  }

  const gutterTracks = new Array<number>(cols + 1).fill(0);
  const channelTracks = new Array<number>(rows + 1).fill(0);
  const groups = new Map<number, TrackRef[]>();
  for (const t of tracks) {
    const key = t.axis === 'gutter' ? 2 * t.at : 2 * t.at + 1;
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  for (const list of groups.values()) {
    const { tracks: assigned, count } = assignTracks(list.map((t) => t.request));
    list.forEach((t, i) => {
      t.track = assigned[i]!;
    });
    const first = list[0]!;
    if (first.axis === 'gutter') gutterTracks[first.at] = count;
    else channelTracks[first.at] = count;
  }
  return { gutterTracks, channelTracks, plans };
}

/** The point of a port on its box. Side ports keep clear of `mid`, which straight connections use. */
function portPoint(p: PortRef, r: Rect, mid: number, band?: readonly [number, number]): Point {
  const frac = (p.index + 1) / (p.count + 1);
  switch (p.side) {
    case 'bottom':
      return [r.x + r.width / 2, r.y + r.height];
    case 'top': {
      if (p.mid) return [r.x + r.width / 2, r.y];
      const half = r.width / 2;
      return [p.out ? r.x + half + frac * half * 0.8 : r.x + half * 0.2 + frac * half * 0.8, r.y];
    }
    case 'left': {
      const [y0, y1] = band ?? [r.y, mid];
      return [r.x, p.mid ? mid : y0 + frac * (y1 - y0)];
    }
    case 'right': {
      const [y0, y1] = band ?? [mid, r.y + r.height];
      return [r.x + r.width, p.mid ? mid : y0 + frac * (y1 - y0)];
    }
  }
}

/** Drops repeated points and merges collinear runs. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const prev = out[out.length - 2];
    if (
      last &&
      prev &&
      ((prev[0] === last[0] && last[0] === p[0]) || (prev[1] === last[1] && last[1] === p[1]))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Turns planned routes into point lists once the grid has coordinates. */
export function resolveRoutes(plan: RoutePlan, geo: RouteGeometry): Route[] {
  const routes: Route[] = [];
  const gx = (t: TrackRef) => geo.gutterX(t.at, t.track);
  const cy = (t: TrackRef) => geo.channelY(t.at, t.track);
  const end = (q: PortRef) =>
    portPoint(
      q,
      geo.box(q.box),
      geo.midY(q.box),
      q.side === 'left' || q.side === 'right' ? geo.portBand?.(q.box, q.side) : undefined,
    );
  for (const p of plan.plans) {
    const pa = end(p.a);
    const pb = end(p.b);
    let points: Point[];
    switch (p.kind) {
      case 'straight':
        points = [pa, pb];
        break;
      case 'over': {
        const y = cy(p.channel);
        points = [pa, [pa[0], y], [pb[0], y], pb];
        break;
      }
      case 'side': {
        const x = gx(p.gutter);
        points = [pa, [x, pa[1]], [x, pb[1]], pb];
        break;
      }
      case 'channel': {
        const x1 = gx(p.g1);
        const y = cy(p.channel);
        const x2 = gx(p.g2);
        points = [pa, [x1, pa[1]], [x1, y], [x2, y], [x2, pb[1]], pb];
        break;
      }
    }
    routes.push({ id: p.id, points: simplify(points) });
  }
  return routes;
}
