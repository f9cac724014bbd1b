import { arrowHead } from './arrow-head.js';
import { escapeXml } from './escape-xml.js';
import type { Point } from './geometry.js';
import type { Paint, Scene, SceneNode } from './scene.js';

/** The font every drawing uses: the bundled Noto Sans SC, then any sans-serif. */
export const FONT_FAMILY = 'Noto Sans SC, sans-serif';

/** A number for SVG: at most 2 decimals, no trailing zeros, no `-0` (deterministic). */
function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

function attr(name: string, value: string | number): string {
  return ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
}

function paint(p: Paint, defaultFill: string): string {
  let s = attr('fill', p.fill ?? defaultFill);
  if (p.stroke && p.stroke !== 'none') {
    s += attr('stroke', p.stroke);
    s += attr('stroke-width', p.strokeWidth ?? 1);
    if (p.dash && p.dash.length > 0) s += attr('stroke-dasharray', p.dash.map(num).join(' '));
  }
  if (p.opacity !== undefined && p.opacity < 1) s += attr('opacity', p.opacity);
  return s;
}

function pointsAttr(points: readonly (readonly [number, number])[]): string {
  return attr('points', points.map((p) => `${num(p[0])},${num(p[1])}`).join(' '));
}

function node(n: SceneNode, out: string[], indent: string): void {
  switch (n.kind) {
    case 'rect':
      out.push(
        `${indent}<rect${attr('x', n.x)}${attr('y', n.y)}${attr('width', Math.max(0, n.width))}${attr('height', Math.max(0, n.height))}${n.radius ? attr('rx', n.radius) : ''}${paint(n, 'none')}/>`,
      );
      return;
    case 'line':
      out.push(
        `${indent}<line${attr('x1', n.x1)}${attr('y1', n.y1)}${attr('x2', n.x2)}${attr('y2', n.y2)}${paint({ ...n, stroke: n.stroke ?? '#000' }, 'none')}/>`,
      );
      return;
    case 'polyline': {
      out.push(
        `${indent}<polyline${pointsAttr(n.points)}${paint({ ...n, stroke: n.stroke ?? '#000' }, 'none')}/>`,
      );
      const heads: [Point, Point][] = [];
      const pts = n.points;
      if (pts.length >= 2 && (n.arrow === 'end' || n.arrow === 'both'))
        heads.push([pts[pts.length - 2]!, pts[pts.length - 1]!]);
      if (pts.length >= 2 && n.arrow === 'both') heads.push([pts[1]!, pts[0]!]);
      for (const [from, tip] of heads) {
        const w = n.strokeWidth ?? 1;
        out.push(
          `${indent}<polygon${pointsAttr(arrowHead(from, tip, 5 + 2 * w, 4 + 2 * w))}${attr('fill', n.stroke ?? '#000')}/>`,
        );
      }
      return;
    }
    case 'polygon':
      out.push(`${indent}<polygon${pointsAttr(n.points)}${paint(n, 'none')}/>`);
      return;
    case 'circle':
      out.push(
        `${indent}<circle${attr('cx', n.cx)}${attr('cy', n.cy)}${attr('r', n.r)}${paint(n, 'none')}/>`,
      );
      return;
    case 'path':
      out.push(`${indent}<path${attr('d', n.d)}${paint(n, 'none')}/>`);
      return;
    case 'text': {
      const head = `${indent}<text${attr('x', n.x)}${attr('y', n.y)}${attr('font-size', n.size)}${n.weight === 'bold' ? attr('font-weight', 'bold') : ''}${n.anchor && n.anchor !== 'start' ? attr('text-anchor', n.anchor) : ''}${attr('fill', n.fill ?? '#000')}>`;
      if (n.lines.length === 1) {
        out.push(`${head}${escapeXml(n.lines[0]!)}</text>`);
        return;
      }
      const spans = n.lines.map(
        (l, i) => `<tspan${attr('x', n.x)}${attr('y', n.y + i * n.lineHeight)}>${escapeXml(l)}</tspan>`,
      );
      out.push(`${head}${spans.join('')}</text>`);
      return;
    }
    case 'group': {
      const a = `${n.role ? attr('class', n.role) : ''}${n.ref ? attr('data-ref', n.ref) : ''}`;
      out.push(`${indent}<g${a}>`);
      for (const c of n.children) node(c, out, `${indent}  `);
      out.push(`${indent}</g>`);
      return;
    }
  }
}

/**
 * Writes a scene as a standalone SVG 1.1 document. Every text and attribute value is escaped, so labels stay text;
 * group `role` and `ref` become `class` and `data-ref`; the scene title becomes `<title>`. Same scene → same bytes.
 */
export function toSvg(scene: Scene): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attr('width', scene.width)}${attr('height', scene.height)}${attr('viewBox', `0 0 ${num(scene.width)} ${num(scene.height)}`)}${attr('font-family', FONT_FAMILY)}>`,
  );
  if (scene.title !== undefined) out.push(`  <title>${escapeXml(scene.title)}</title>`);
  if (scene.background && scene.background !== 'none') {
    out.push(
      `  <rect${attr('width', scene.width)}${attr('height', scene.height)}${attr('fill', scene.background)}/>`,
    );
  }
  for (const c of scene.children) node(c, out, '  ');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
