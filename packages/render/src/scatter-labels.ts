import { type Point, type Rect, rectsOverlap } from './geometry.js';
import { crossings } from './label-place.js';
import { measureText } from './measure-text.js';
import type { SceneNode } from './scene.js';
import { textNode } from './scene-helpers.js';
import { THEME } from './theme.js';

/** A labelled point of a scatter, in px. */
export interface ScatterLabelPoint {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** What labels should keep off besides each other and the point markers: captions, crosshair lines. */
export interface ScatterObstacles {
  readonly rects?: readonly Rect[];
  readonly lines?: readonly (readonly Point[])[];
}

/** Radius kept clear around each point marker (its 4.5 px dot and white ring, plus air). */
const MARKER = 6;
/** Gap between a point and its label. */
const GAP = 3;
/** Directions tried around a point, in order of preference: right, left, above, below, then the diagonals. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];
/** Distances (px beyond the marker) tried in each direction; past the first, a leader line joins label and point. */
const RINGS = [0, 12, 26, 44, 66];

/**
 * Places one label per scatter point so that no label covers another label or any point, and labels stay inside the
 * plot and keep off the given captions and lines where they can. Each label tries spots around its point, nearest and
 * most readable first (right of the point, then left, above, below, diagonals), and takes the first with nothing in
 * the way; failing that, the spot with the fewest conflicts. A label set away from its point gets a thin leader line.
 * Crowded points are labelled first, so they get the spots next to them.
 */
export function scatterLabels(
  points: readonly ScatterLabelPoint[],
  plot: Rect,
  obstacles: ScatterObstacles = {},
  size = 9,
): SceneNode[] {
  const markers: Rect[] = points.map((p) => ({
    x: p.x - MARKER,
    y: p.y - MARKER,
    width: 2 * MARKER,
    height: 2 * MARKER,
  }));
  const crowding = points.map((p) =>
    points.reduce((n, q) => n + (Math.hypot(p.x - q.x, p.y - q.y) < 60 ? 1 : 0), 0),
  );
  const order = points.map((_, i) => i).sort((a, b) => crowding[b]! - crowding[a]! || a - b);
  const placed: Rect[] = [];
  const labels: SceneNode[] = [];
  const leaders: SceneNode[] = [];
  for (const i of order) {
    const p = points[i]!;
    const w = measureText(p.text, size);
    const h = size + 3;
    let best: { rect: Rect; cost: number; ring: number } | undefined;
    search: for (let ring = 0; ring < RINGS.length; ring++) {
      const d = MARKER - 2 + GAP + RINGS[ring]!;
      for (const [dx, dy] of DIRECTIONS) {
        const cx = p.x + dx * (d + w / 2);
        const cy = p.y + dy * (d + h / 2);
        const rect: Rect = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
        const cost = conflicts(rect, markers, placed, plot, obstacles);
        if (!best || cost < best.cost) best = { rect, cost, ring };
        if (cost === 0) break search;
      }
    }
    const { rect, ring } = best!;
    placed.push(rect);
    labels.push(textNode(rect.x, rect.y + h / 2 + size * 0.35, [p.text], size, THEME.text));
    if (ring > 0) leaders.push(leader(p, rect));
  }
  return [...leaders, ...labels];
}

/**
 * How badly `rect` sits: covering a point or another label, or leaving the plot, counts 100 each; crossing a caption
 * or line counts 1 each.
 */
function conflicts(
  rect: Rect,
  markers: readonly Rect[],
  placed: readonly Rect[],
  plot: Rect,
  obstacles: ScatterObstacles,
): number {
  let cost = 0;
  if (rect.x < plot.x || rect.y < plot.y || rect.x + rect.width > plot.x + plot.width) cost += 100;
  if (rect.y + rect.height > plot.y + plot.height) cost += 100;
  // Every marker, the label's own included (a label must not cover its own point either).
  // Strict overlap (eps 0): labels may touch what they keep off, never cover it.
  for (const m of markers) if (rectsOverlap(rect, m, 0)) cost += 100;
  for (const r of placed) if (rectsOverlap(rect, r, 0)) cost += 100;
  for (const r of obstacles.rects ?? []) if (rectsOverlap(rect, r, 0)) cost += 1;
  cost += crossings(rect, obstacles.lines ?? []);
  return cost;
}

/** A thin line from the point's marker edge to the nearest point of its label. */
function leader(p: ScatterLabelPoint, rect: Rect): SceneNode {
  const tx = Math.max(rect.x, Math.min(rect.x + rect.width, p.x));
  const ty = Math.max(rect.y, Math.min(rect.y + rect.height, p.y));
  const len = Math.hypot(tx - p.x, ty - p.y) || 1;
  const sx = p.x + ((tx - p.x) / len) * 5;
  const sy = p.y + ((ty - p.y) / len) * 5;
  return { kind: 'line', x1: sx, y1: sy, x2: tx, y2: ty, stroke: THEME.muted, strokeWidth: 0.8 };
}
