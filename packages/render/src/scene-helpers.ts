import type { TextBlock } from './blueprint-layout.js';
import type { Point } from './geometry.js';
import type { FontWeight, SceneNode, TextAnchor } from './scene.js';

/** A one-or-more-line text node. */
export function textNode(
  x: number,
  y: number,
  lines: readonly string[],
  size: number,
  fill: string,
  opts: { weight?: FontWeight; anchor?: TextAnchor; lineHeight?: number } = {},
): SceneNode {
  return {
    kind: 'text',
    x,
    y,
    lines,
    size,
    lineHeight: opts.lineHeight ?? Math.round(size * 1.3),
    weight: opts.weight ?? 'normal',
    anchor: opts.anchor ?? 'start',
    fill,
  };
}

/** The text node of a laid-out text block. */
export function blockNode(b: TextBlock, fill: string): SceneNode {
  return {
    kind: 'text',
    x: b.x,
    y: b.y,
    lines: b.lines,
    size: b.size,
    lineHeight: b.lineHeight,
    weight: b.weight,
    anchor: b.anchor,
    fill,
  };
}

/**
 * The stage bands above a diagram's columns (blueprint and journey map): a dark bar per stage, alternating shades,
 * with its name in white.
 */
export function stageBands(
  stages: readonly {
    readonly id: string;
    readonly x: number;
    readonly width: number;
    readonly lines: readonly string[];
  }[],
  band: { readonly y: number; readonly height: number },
): SceneNode {
  return group(
    'stages',
    stages.map((s, i) =>
      group(
        'stage',
        [
          {
            kind: 'rect',
            x: s.x + 1,
            y: band.y,
            width: s.width - 2,
            height: band.height,
            radius: 3,
            fill: i % 2 === 0 ? '#1e293b' : '#334155',
          },
          textNode(s.x + 10, band.y + 17, s.lines, 12, '#ffffff', { weight: 'bold' }),
        ],
        s.id,
      ),
    ),
  );
}

/**
 * The mark of the peak (a ring in `color`) or the end (a square) of an emotion or score curve, the same in the
 * journey map and the peak-end chart.
 */
export function peakEndMark(kind: 'peak' | 'end', x: number, y: number, color: string): SceneNode {
  return kind === 'peak'
    ? { kind: 'circle', cx: x, cy: y, r: 8, fill: 'none', stroke: color, strokeWidth: 1.6 }
    : {
        kind: 'rect',
        x: x - 7,
        y: y - 7,
        width: 14,
        height: 14,
        radius: 2,
        fill: 'none',
        stroke: color,
        strokeWidth: 1.4,
      };
}

/** A group with a role and optional model ref. */
export function group(role: string, children: readonly SceneNode[], ref?: string): SceneNode {
  return ref === undefined ? { kind: 'group', role, children } : { kind: 'group', role, ref, children };
}

/** A circular badge with a centred letter (F, W, T). */
export function letterBadge(cx: number, cy: number, r: number, fill: string, letter: string): SceneNode[] {
  const out: SceneNode[] = [];
  addLetterBadge(out, cx, cy, r, fill, letter);
  return out;
}

/** {@link letterBadge}, appended to `into` (no array of its own: drawings have thousands of badges). */
export function addLetterBadge(
  into: SceneNode[],
  cx: number,
  cy: number,
  r: number,
  fill: string,
  letter: string,
): void {
  into.push(
    { kind: 'circle', cx, cy, r, fill, stroke: '#ffffff', strokeWidth: 1 },
    {
      kind: 'text',
      x: cx,
      y: cy + r * 0.45,
      lines: linesOf(letter),
      size: Math.round(r * 1.35 * 10) / 10,
      lineHeight: r * 2,
      weight: 'bold',
      anchor: 'middle',
      fill: '#ffffff',
    },
  );
}

/** One shared, never-changed `[letter]` per letter. */
const LETTER_LINES = new Map<string, readonly string[]>();
function linesOf(letter: string): readonly string[] {
  let lines = LETTER_LINES.get(letter);
  if (lines === undefined) {
    lines = Object.freeze([letter]);
    if (LETTER_LINES.size < 64) LETTER_LINES.set(letter, lines);
  }
  return lines;
}

/** A diamond inscribed in the rectangle (x, y, w, h). */
export function diamondPoints(x: number, y: number, w: number, h: number): Point[] {
  return [
    [x + w / 2, y],
    [x + w, y + h / 2],
    [x + w / 2, y + h],
    [x, y + h / 2],
  ];
}
