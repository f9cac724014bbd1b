import { describe, expect, it } from 'vitest';
import { parseSvgPath } from './svg-path.js';

describe('parseSvgPath', () => {
  it('makes relative, horizontal and vertical commands absolute, with implicit linetos', () => {
    expect(parseSvgPath('m10,10 20 0 v5 h-5 V0 H0 z')).toEqual([
      { op: 'M', x: 10, y: 10 },
      { op: 'L', x: 30, y: 10 },
      { op: 'L', x: 30, y: 15 },
      { op: 'L', x: 25, y: 15 },
      { op: 'L', x: 25, y: 0 },
      { op: 'L', x: 0, y: 0 },
      { op: 'Z' },
    ]);
  });

  it('raises quadratics to exact cubics and reflects S/T control points', () => {
    const [, q, t] = parseSvgPath('M0 0 Q 30 30 60 0 T 120 0');
    expect(q).toEqual({ op: 'C', x1: 20, y1: 20, x2: 40, y2: 20, x: 60, y: 0 });
    // T reflects (30,30) about (60,0) to (90,-30).
    expect(t).toMatchObject({ x1: 80, y1: -20, x2: 100, y2: -20, x: 120, y: 0 });
    const [, , s] = parseSvgPath('M0 0 C 0 10 10 10 10 0 S 20 -10 20 0');
    expect(s).toMatchObject({ x1: 10, y1: -10, x2: 20, y2: -10, x: 20, y: 0 });
  });

  it('turns arcs into cubics that end on the arc end point and stay on the circle', () => {
    const segs = parseSvgPath('M 0 0 A 10 10 0 0 1 20 0');
    expect(segs.length).toBe(3);
    const last = segs[2]!;
    expect(last).toMatchObject({ op: 'C', x: 20, y: 0 });
    // A clockwise (sweep=1) half circle from (0,0) to (20,0) passes through (10,-10) in y-down coordinates.
    const mid = segs[1]!;
    if (mid.op !== 'C') throw new Error('expected a cubic');
    expect(mid.x).toBeCloseTo(10);
    expect(mid.y).toBeCloseTo(-10);
    // Radii too small for the chord are scaled up (SVG F.6.6) rather than failing.
    const small = parseSvgPath('M0 0 a 1 1 0 0 0 10 0').at(-1)!;
    expect(small).toMatchObject({ x: 10, y: 0 });
    expect(parseSvgPath('M0 0 A 0 5 0 0 0 4 4')[1]).toEqual({ op: 'L', x: 4, y: 4 });
  });

  it('reads compact number syntax', () => {
    expect(parseSvgPath('M.5-.5L1e1-2.5')).toEqual([
      { op: 'M', x: 0.5, y: -0.5 },
      { op: 'L', x: 10, y: -2.5 },
    ]);
  });

  it('rejects junk, missing numbers and numbers without a command', () => {
    for (const d of ['M 0 0 X 5', 'M 0', '5 5', 'M0 0 Z 3 4']) {
      expect(() => parseSvgPath(d), d).toThrow(expect.objectContaining({ code: 'SVG_PATH_INVALID' }));
    }
  });
});
