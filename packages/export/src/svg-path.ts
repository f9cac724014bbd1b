import { ExportError } from './errors.js';

/** An absolute path segment: every SVG command reduced to move, line, cubic Bézier or close. */
export type PathSegment =
  | { readonly op: 'M'; readonly x: number; readonly y: number }
  | { readonly op: 'L'; readonly x: number; readonly y: number }
  | {
      readonly op: 'C';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly x: number;
      readonly y: number;
    }
  | { readonly op: 'Z' };

const ARITY: Readonly<Record<string, number>> = {
  M: 2,
  L: 2,
  H: 1,
  V: 1,
  C: 6,
  S: 4,
  Q: 4,
  T: 2,
  A: 7,
  Z: 0,
};
const TOKEN = /([MLHVCSQTAZmlhvcsqtaz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

function tokenize(d: string): (string | number)[] {
  const out: (string | number)[] = [];
  let at = 0;
  for (const m of d.matchAll(TOKEN)) {
    if (/[^\s,]/.test(d.slice(at, m.index))) {
      throw new ExportError('SVG_PATH_INVALID', `unexpected "${d.slice(at, m.index).trim()}" in path data`, {
        detail: d,
      });
    }
    out.push(m[1] ?? Number(m[2]));
    at = m.index + m[0].length;
  }
  if (/[^\s,]/.test(d.slice(at))) {
    throw new ExportError('SVG_PATH_INVALID', `unexpected "${d.slice(at).trim()}" in path data`, {
      detail: d,
    });
  }
  return out;
}

/**
 * Elliptical arc to cubic Béziers: endpoint → centre parameterisation per SVG 1.1 Implementation Notes F.6.5,
 * radii scaled up per F.6.6, then one cubic per ≤ 90° sweep with handle length 4/3·tan(θ/4).
 */
function arcToCubics(
  x0: number,
  y0: number,
  rxIn: number,
  ryIn: number,
  angle: number,
  largeArc: boolean,
  sweep: boolean,
  x: number,
  y: number,
): PathSegment[] {
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0 || (x0 === x && y0 === y)) return [{ op: 'L', x, y }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x0 - x) / 2;
  const dy = (y0 - y) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  const coef = (largeArc === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x0 + x) / 2;
  const cy = sin * cxp + cos * cyp + (y0 + y) / 2;
  const angleOf = (ux: number, uy: number, vx: number, vy: number) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angleOf(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angleOf((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number) => {
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    return [cos * ex - sin * ey + cx, sin * ex + cos * ey + cy] as const;
  };
  const tangent = (t: number) => {
    const ex = -rx * Math.sin(t);
    const ey = ry * Math.cos(t);
    return [cos * ex - sin * ey, sin * ex + cos * ey] as const;
  };
  const out: PathSegment[] = [];
  for (let i = 0; i < parts; i++) {
    const a = theta1 + i * step;
    const b = a + step;
    const [ax, ay] = point(a);
    const [bx, by] = i === parts - 1 ? [x, y] : point(b);
    const [tax, tay] = tangent(a);
    const [tbx, tby] = tangent(b);
    out.push({
      op: 'C',
      x1: ax + k * tax,
      y1: ay + k * tay,
      x2: bx - k * tbx,
      y2: by - k * tby,
      x: bx,
      y: by,
    });
  }
  return out;
}

/**
 * Parses SVG path data (SVG 1.1 §8.3: all commands, relative and absolute, implicit repeats) into absolute
 * move/line/cubic/close segments that any vector back end (pdfkit, canvas) can draw exactly: quadratic curves
 * are raised to cubics and arcs converted to cubics.
 */
export function parseSvgPath(d: string): PathSegment[] {
  const tokens = tokenize(d);
  const out: PathSegment[] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  // Reflection points for S/T: the previous cubic's second handle or quadratic's control point.
  let lastCubic: [number, number] | undefined;
  let lastQuad: [number, number] | undefined;
  let i = 0;
  let command = '';
  while (i < tokens.length) {
    const t = tokens[i];
    if (typeof t === 'string') {
      command = t;
      i++;
    } else if (command === '' || command === 'Z' || command === 'z') {
      throw new ExportError('SVG_PATH_INVALID', 'path data must start with a command', { detail: d });
    }
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const n = ARITY[upper]!;
    const args: number[] = [];
    for (let k = 0; k < n; k++) {
      const v = tokens[i + k];
      if (typeof v !== 'number') {
        throw new ExportError('SVG_PATH_INVALID', `command ${command} needs ${n} numbers`, { detail: d });
      }
      args.push(v);
    }
    i += n;
    const ox = relative ? cx : 0;
    const oy = relative ? cy : 0;
    let cubic: [number, number] | undefined;
    let quad: [number, number] | undefined;
    switch (upper) {
      case 'M':
        cx = args[0]! + ox;
        cy = args[1]! + oy;
        sx = cx;
        sy = cy;
        out.push({ op: 'M', x: cx, y: cy });
        // Further pairs after a moveto are implicit linetos.
        command = relative ? 'l' : 'L';
        break;
      case 'L':
        cx = args[0]! + ox;
        cy = args[1]! + oy;
        out.push({ op: 'L', x: cx, y: cy });
        break;
      case 'H':
        cx = args[0]! + ox;
        out.push({ op: 'L', x: cx, y: cy });
        break;
      case 'V':
        cy = args[0]! + oy;
        out.push({ op: 'L', x: cx, y: cy });
        break;
      case 'C':
      case 'S': {
        let x1: number;
        let y1: number;
        let rest = args;
        if (upper === 'C') {
          x1 = args[0]! + ox;
          y1 = args[1]! + oy;
          rest = args.slice(2);
        } else {
          x1 = lastCubic ? 2 * cx - lastCubic[0] : cx;
          y1 = lastCubic ? 2 * cy - lastCubic[1] : cy;
        }
        const x2 = rest[0]! + ox;
        const y2 = rest[1]! + oy;
        cx = rest[2]! + ox;
        cy = rest[3]! + oy;
        out.push({ op: 'C', x1, y1, x2, y2, x: cx, y: cy });
        cubic = [x2, y2];
        break;
      }
      case 'Q':
      case 'T': {
        let qx: number;
        let qy: number;
        let end: number[];
        if (upper === 'Q') {
          qx = args[0]! + ox;
          qy = args[1]! + oy;
          end = args.slice(2);
        } else {
          qx = lastQuad ? 2 * cx - lastQuad[0] : cx;
          qy = lastQuad ? 2 * cy - lastQuad[1] : cy;
          end = args;
        }
        const x = end[0]! + ox;
        const y = end[1]! + oy;
        // Degree elevation: the cubic's handles lie 2/3 of the way from each end to the quadratic control.
        out.push({
          op: 'C',
          x1: cx + (2 / 3) * (qx - cx),
          y1: cy + (2 / 3) * (qy - cy),
          x2: x + (2 / 3) * (qx - x),
          y2: y + (2 / 3) * (qy - y),
          x,
          y,
        });
        cx = x;
        cy = y;
        quad = [qx, qy];
        break;
      }
      case 'A': {
        const x = args[5]! + ox;
        const y = args[6]! + oy;
        out.push(...arcToCubics(cx, cy, args[0]!, args[1]!, args[2]!, args[3] !== 0, args[4] !== 0, x, y));
        cx = x;
        cy = y;
        break;
      }
      case 'Z':
        out.push({ op: 'Z' });
        cx = sx;
        cy = sy;
        break;
    }
    lastCubic = cubic;
    lastQuad = quad;
  }
  return out;
}
