import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from './geometry.js';
import { crossings } from './label-place.js';
import { measureText } from './measure-text.js';
import { scatterLabels } from './scatter-labels.js';
import type { SceneNode } from './scene.js';

const plot: Rect = { x: 50, y: 40, width: 600, height: 400 };

/** The box of each text node (size 9, start-anchored, baseline at y). */
function labelBoxes(nodes: readonly SceneNode[]): Rect[] {
  return nodes.flatMap((n) =>
    n.kind === 'text'
      ? [{ x: n.x, y: n.y - 9 * 0.85, width: measureText(n.lines[0]!, 9), height: 9 * 1.1 }]
      : [],
  );
}
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const dot = (p: { x: number; y: number }): Rect => ({ x: p.x - 4.5, y: p.y - 4.5, width: 9, height: 9 });

const points = fc.array(
  fc.record({
    x: fc.integer({ min: plot.x, max: plot.x + plot.width }),
    y: fc.integer({ min: plot.y, max: plot.y + plot.height }),
    text: fc.constantFrom('机上 Wi-Fi', '在线订票便捷性', '餐食饮料', 'Seat comfort', '登机口位置', 'NPS'),
  }),
  { minLength: 1, maxLength: 14 },
);

describe('scatterLabels', () => {
  it('keeps every label inside the plot, off every point and off every other label', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const boxes = labelBoxes(scatterLabels(ps, plot));
        expect(boxes).toHaveLength(ps.length);
        for (const [i, b] of boxes.entries()) {
          expect(b.x).toBeGreaterThanOrEqual(plot.x - 1e-9);
          expect(b.x + b.width).toBeLessThanOrEqual(plot.x + plot.width + 1e-9);
          expect(b.y).toBeGreaterThanOrEqual(plot.y - 1e-9);
          expect(b.y + b.height).toBeLessThanOrEqual(plot.y + plot.height + 1e-9);
          for (const p of ps) expect(overlap(b, dot(p)), `label ${i} covers a point`).toBe(false);
          for (const c of boxes.slice(i + 1)) expect(overlap(b, c), `label ${i} covers a label`).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps labels off a crosshair when there is room elsewhere', () => {
    // A point just left of a vertical line: the usual spot (right of the point) would cross it.
    const line: [number, number][] = [
      [300, plot.y],
      [300, plot.y + plot.height],
    ];
    const nodes = scatterLabels([{ x: 290, y: 200, text: '在线订票便捷性' }], plot, { lines: [line] });
    const [box] = labelBoxes(nodes);
    expect(crossings(box!, [line])).toBe(0);
  });

  it('joins a label set away from its point with a leader line', () => {
    const crowd = Array.from({ length: 10 }, (_, i) => ({
      x: 300 + (i % 3) * 4,
      y: 200 + i * 3,
      text: '餐食饮料',
    }));
    const nodes = scatterLabels(crowd, plot);
    expect(nodes.some((n) => n.kind === 'line')).toBe(true);
    expect(labelBoxes(nodes)).toHaveLength(10);
  });
});
