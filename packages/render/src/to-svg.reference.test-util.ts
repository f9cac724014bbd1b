// The string-building SVG writer that to-svg.ts replaced (byte writer), kept as the oracle of a differential test:
// the new writer must produce the same document for any scene.
import { arrowHead } from './arrow-head.js';
import { escapeXml } from './escape-xml.js';
import type { Point } from './geometry.js';
import type { Paint, Scene, SceneNode } from './scene.js';
import { num } from './svg-number.js';

/** The font every drawing uses: the bundled Noto Sans SC, then any sans-serif. */
const FONT_FAMILY = 'Noto Sans SC, sans-serif';

/**
 * Writes one SVG document into a single string. Attribute values repeat a lot (colours, roles, dash patterns), so
 * their escaped form is cached per document.
 */
class Writer {
  readonly parts: string[] = [];
  private chunk = '';

  /**
   * Appends text. Text gathers in a chunk that is flattened (made one flat string) and set aside every ~16 kB, so
   * the many small pieces a node is written from die young instead of surviving, linked, until the final join:
   * that keeps garbage collection, not writing, from dominating large drawings.
   */
  put(text: string): void {
    this.chunk += text;
    if (this.chunk.length > 16_384) {
      this.chunk.charCodeAt(0); // flattens the chunk
      this.parts.push(this.chunk);
      this.chunk = '';
    }
  }

  /** The whole document. */
  finish(): string {
    this.parts.push(this.chunk);
    this.chunk = '';
    return this.parts.join('');
  }
  private readonly escaped = new Map<string, string>();

  esc(value: string): string {
    let e = this.escaped.get(value);
    if (e === undefined) {
      e = escapeXml(value);
      if (this.escaped.size < 4096) this.escaped.set(value, e);
    }
    return e;
  }

  /** ` name="value"` for a string value. */
  str(name: string, value: string): string {
    return ` ${name}="${this.esc(value)}"`;
  }

  /** {@link str} for values that repeat (colours, anchors, roles): each attribute text is made once. */
  private readonly attrs = new Map<string, Map<string, string>>();

  strRepeated(name: string, value: string): string {
    let byValue = this.attrs.get(name);
    if (!byValue) {
      byValue = new Map();
      this.attrs.set(name, byValue);
    }
    let a = byValue.get(value);
    if (a === undefined) {
      a = this.str(name, value);
      if (byValue.size < 1024) byValue.set(value, a);
    }
    return a;
  }

  /** Paint attributes without dash or opacity (nearly all of them), by fill, then stroke, then stroke width. */
  private readonly plainPaints = new Map<string, Map<string, Map<number, string>>>();

  paint(p: Paint, fill: string, stroke: string | undefined): string {
    if ((p.dash === undefined || p.dash.length === 0) && (p.opacity === undefined || p.opacity >= 1)) {
      const sk = stroke && stroke !== 'none' ? stroke : '';
      const wk = sk ? (p.strokeWidth ?? 1) : 0;
      let byStroke = this.plainPaints.get(fill);
      if (!byStroke) {
        byStroke = new Map();
        this.plainPaints.set(fill, byStroke);
      }
      let byWidth = byStroke.get(sk);
      if (!byWidth) {
        byWidth = new Map();
        byStroke.set(sk, byWidth);
      }
      let cached = byWidth.get(wk);
      if (cached === undefined) {
        cached = this.paintText(p, fill, stroke);
        if (byWidth.size < 64) byWidth.set(wk, cached);
      }
      return cached;
    }
    return this.paintText(p, fill, stroke);
  }

  private paintText(p: Paint, fill: string, stroke: string | undefined): string {
    let s = ` fill="${this.esc(fill)}"`;
    if (stroke && stroke !== 'none') {
      s += ` stroke="${this.esc(stroke)}" stroke-width="${num(p.strokeWidth ?? 1)}"`;
      if (p.dash && p.dash.length > 0) s += this.str('stroke-dasharray', p.dash.map(num).join(' '));
    }
    // Opacity goes on the paints, not the element: an element `opacity` makes resvg draw the shape in a layer of
    // its own, and resvg panics when such a shape lies wholly outside a cropped viewBox.
    if (p.opacity !== undefined && p.opacity < 1) {
      s += ` fill-opacity="${num(p.opacity)}"`;
      if (stroke && stroke !== 'none') s += ` stroke-opacity="${num(p.opacity)}"`;
    }
    return s;
  }

  points(points: readonly (readonly [number, number])[]): string {
    let s = ' points="';
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      s += `${i === 0 ? '' : ' '}${num(p[0])},${num(p[1])}`;
    }
    return `${s}"`;
  }

  node(n: SceneNode, indent: string): void {
    switch (n.kind) {
      case 'rect':
        this.put(
          `${indent}<rect x="${num(n.x)}" y="${num(n.y)}" width="${num(Math.max(0, n.width))}" height="${num(Math.max(0, n.height))}"${n.radius ? ` rx="${num(n.radius)}"` : ''}${this.paint(n, n.fill ?? 'none', n.stroke)}/>\n`,
        );
        return;
      case 'line':
        this.put(
          `${indent}<line x1="${num(n.x1)}" y1="${num(n.y1)}" x2="${num(n.x2)}" y2="${num(n.y2)}"${this.paint(n, n.fill ?? 'none', n.stroke ?? '#000')}/>\n`,
        );
        return;
      case 'polyline': {
        this.put(
          `${indent}<polyline${this.points(n.points)}${this.paint(n, n.fill ?? 'none', n.stroke ?? '#000')}/>\n`,
        );
        const pts = n.points;
        if (pts.length < 2 || (n.arrow !== 'end' && n.arrow !== 'both')) return;
        const heads: [Point, Point][] = [[pts[pts.length - 2]!, pts[pts.length - 1]!]];
        if (n.arrow === 'both') heads.push([pts[1]!, pts[0]!]);
        const w = n.strokeWidth ?? 1;
        for (const [from, tip] of heads) {
          this.put(
            `${indent}<polygon${this.points(arrowHead(from, tip, 5 + 2 * w, 4 + 2 * w))}${this.strRepeated('fill', n.stroke ?? '#000')}/>\n`,
          );
        }
        return;
      }
      case 'polygon':
        this.put(`${indent}<polygon${this.points(n.points)}${this.paint(n, n.fill ?? 'none', n.stroke)}/>\n`);
        return;
      case 'circle':
        this.put(
          `${indent}<circle cx="${num(n.cx)}" cy="${num(n.cy)}" r="${num(n.r)}"${this.paint(n, n.fill ?? 'none', n.stroke)}/>\n`,
        );
        return;
      case 'path':
        this.put(`${indent}<path d="${escapeXml(n.d)}"${this.paint(n, n.fill ?? 'none', n.stroke)}/>\n`);
        return;
      case 'text': {
        const x = num(n.x);
        let s = `${indent}<text x="${x}" y="${num(n.y)}" font-size="${num(n.size)}"${n.weight === 'bold' ? ' font-weight="bold"' : ''}${n.anchor && n.anchor !== 'start' ? this.strRepeated('text-anchor', n.anchor) : ''}${this.strRepeated('fill', n.fill ?? '#000')}>`;
        if (n.lines.length === 1) {
          s += this.esc(n.lines[0]!);
        } else {
          for (let i = 0; i < n.lines.length; i++)
            s += `<tspan x="${x}" y="${num(n.y + i * n.lineHeight)}">${this.esc(n.lines[i]!)}</tspan>`;
        }
        this.put(`${s}</text>\n`);
        return;
      }
      case 'group': {
        this.put(
          `${indent}<g${n.role ? this.strRepeated('class', n.role) : ''}${n.ref ? this.str('data-ref', n.ref) : ''}>\n`,
        );
        const inner = `${indent}  `;
        for (const c of n.children) this.node(c, inner);
        this.put(`${indent}</g>\n`);
        return;
      }
    }
  }
}

/**
 * Writes a scene as a standalone SVG 1.1 document. Every text and attribute value is escaped, so labels stay text;
 * group `role` and `ref` become `class` and `data-ref`; the scene title becomes `<title>`. Same scene → same bytes.
 * Linear in the scene's size: the parts are joined once at the end.
 */
export function toSvgReference(scene: Scene): string {
  const w = new Writer();
  w.put('<?xml version="1.0" encoding="UTF-8"?>\n');
  w.put(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(scene.width)}" height="${num(scene.height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}"${w.str('font-family', FONT_FAMILY)}>\n`,
  );
  if (scene.title !== undefined) w.put(`  <title>${escapeXml(scene.title)}</title>\n`);
  if (scene.background && scene.background !== 'none') {
    w.put(
      `  <rect width="${num(scene.width)}" height="${num(scene.height)}"${w.str('fill', scene.background)}/>\n`,
    );
  }
  for (const c of scene.children) w.node(c, '  ');
  w.put('</svg>\n');
  return w.finish();
}
