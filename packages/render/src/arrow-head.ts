import type { Point } from './geometry.js';

/**
 * The triangle of an arrowhead at the end of the segment `from` → `tip`: `length` px long, `width` px wide.
 * Shared by the SVG writer and available to the PDF writer so both draw the same heads.
 */
export function arrowHead(from: Point, tip: Point, length = 7, width = 6): [Point, Point, Point] {
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = tip[0] - ux * length;
  const by = tip[1] - uy * length;
  const hw = width / 2;
  return [
    [tip[0], tip[1]],
    [bx - uy * hw, by + ux * hw],
    [bx + uy * hw, by - ux * hw],
  ];
}
