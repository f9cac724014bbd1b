import { arrowHeadCoords } from './arrow-head.js';
import { ByteWriter, encodeRaw } from './byte-writer.js';
import { escapeXml } from './escape-xml.js';
import type { Point } from './geometry.js';
import type { Paint, Scene, SceneNode } from './scene.js';
import { num } from './svg-number.js';

/** The font every drawing uses: the bundled Noto Sans SC, then any sans-serif. */
export const FONT_FAMILY = 'Noto Sans SC, sans-serif';

/**
 * Writes one SVG document as UTF-8 bytes ({@link ByteWriter}). Attribute texts repeat a lot (colours, roles, dash
 * patterns), so their escaped form is made once per document.
 */
class Writer {
  readonly out = new ByteWriter();
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

  /**
   * \`"\` + the paint attributes + \`/>\` and a line end: how every shape element ends, encoded once per paint. Plain
   * paints (no dash or opacity: nearly all of them) are found by fill, then stroke, then stroke width; the others by
   * their text.
   */
  private readonly plainEnds = new Map<string, Map<string, Map<number, Uint8Array>>>();
  private readonly otherEnds = new Map<string, Uint8Array>();

  end(p: Paint, fill: string, stroke: string | undefined): Uint8Array {
    if ((p.dash === undefined || p.dash.length === 0) && (p.opacity === undefined || p.opacity >= 1)) {
      const sk = stroke && stroke !== 'none' ? stroke : '';
      const wk = sk ? (p.strokeWidth ?? 1) : 0;
      let byStroke = this.plainEnds.get(fill);
      if (!byStroke) {
        byStroke = new Map();
        this.plainEnds.set(fill, byStroke);
      }
      let byWidth = byStroke.get(sk);
      if (!byWidth) {
        byWidth = new Map();
        byStroke.set(sk, byWidth);
      }
      let cached = byWidth.get(wk);
      if (cached === undefined) {
        cached = encodeRaw(`"${this.paintText(p, fill, stroke)}/>\n`);
        if (byWidth.size < 64) byWidth.set(wk, cached);
      }
      return cached;
    }
    const paint = this.paintText(p, fill, stroke);
    let e = this.otherEnds.get(paint);
    if (e === undefined) {
      e = encodeRaw(`"${paint}/>\n`);
      if (this.otherEnds.size < 1024) this.otherEnds.set(paint, e);
    }
    return e;
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

  /** `"` + weight, anchor and fill attributes + `>`: how a text element's start tag ends; by fill, then style. */
  private readonly textTails = new Map<string, (Uint8Array | undefined)[]>();

  textTail(weight: string | undefined, anchor: string | undefined, fill: string): Uint8Array {
    let byStyle = this.textTails.get(fill);
    if (byStyle === undefined) {
      byStyle = [];
      if (this.textTails.size < 256) this.textTails.set(fill, byStyle);
    }
    // Only the typed values share cache slots (a scene from untyped code may hold anything).
    if (
      (weight !== undefined && weight !== 'normal' && weight !== 'bold') ||
      (anchor !== undefined && anchor !== 'start' && anchor !== 'middle' && anchor !== 'end')
    ) {
      return encodeRaw(this.tailText(weight, anchor, fill));
    }
    const k = (weight === 'bold' ? 3 : 0) + (anchor === 'middle' ? 1 : anchor === 'end' ? 2 : 0);
    let t = byStyle[k];
    if (t === undefined) {
      t = encodeRaw(this.tailText(weight, anchor, fill));
      byStyle[k] = t;
    }
    return t;
  }

  private tailText(weight: string | undefined, anchor: string | undefined, fill: string): string {
    const bold = weight === 'bold' ? ' font-weight="bold"' : '';
    const align = anchor && anchor !== 'start' ? this.strRepeated('text-anchor', anchor) : '';
    return `"${bold}${align}${this.strRepeated('fill', fill)}>`;
  }

  /** ` points="x,y x,y…` (the closing quote is the caller's). */
  points(points: readonly (readonly [number, number])[]): void {
    const o = this.out;
    o.raw(' points="');
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      if (i > 0) o.raw(' ');
      this.xy(p[0], p[1]);
    }
  }

  /** One point of a `points` list: `x,y`. */
  private xy(x: number, y: number): void {
    this.out.num(x);
    this.out.raw(',');
    this.out.num(y);
  }

  /** The filled head of an arrow along `from` → `tip`. */
  private arrow(from: Point, tip: Point, w: number, indent: string, fill: string): void {
    const o = this.out;
    o.raw(indent);
    o.raw('<polygon points="');
    const c = arrowHeadCoords(from, tip, 5 + 2 * w, 4 + 2 * w, HEAD);
    for (let i = 0; i < 6; i += 2) {
      if (i > 0) o.raw(' ');
      this.xy(c[i]!, c[i + 1]!);
    }
    o.raw('"');
    o.raw(fill);
    o.raw('/>\n');
  }

  // Constant markup is merged into as few writes as possible: `" y="` closes one attribute and opens the next.
  node(n: SceneNode, depth: number): void {
    const o = this.out;
    const indent = indentOf(depth);
    o.raw(indent);
    switch (n.kind) {
      case 'rect':
        o.raw('<rect x="');
        o.num(n.x);
        o.raw('" y="');
        o.num(n.y);
        o.raw('" width="');
        o.num(Math.max(0, n.width));
        o.raw('" height="');
        o.num(Math.max(0, n.height));
        if (n.radius) {
          o.raw('" rx="');
          o.num(n.radius);
        }
        o.write(this.end(n, n.fill ?? 'none', n.stroke));
        return;
      case 'line':
        o.raw('<line x1="');
        o.num(n.x1);
        o.raw('" y1="');
        o.num(n.y1);
        o.raw('" x2="');
        o.num(n.x2);
        o.raw('" y2="');
        o.num(n.y2);
        o.write(this.end(n, n.fill ?? 'none', n.stroke ?? '#000'));
        return;
      case 'polyline': {
        o.raw('<polyline');
        this.points(n.points);
        o.write(this.end(n, n.fill ?? 'none', n.stroke ?? '#000'));
        const pts = n.points;
        if (pts.length < 2 || (n.arrow !== 'end' && n.arrow !== 'both')) return;
        const w = n.strokeWidth ?? 1;
        const fill = this.strRepeated('fill', n.stroke ?? '#000');
        this.arrow(pts[pts.length - 2]!, pts[pts.length - 1]!, w, indent, fill);
        if (n.arrow === 'both') this.arrow(pts[1]!, pts[0]!, w, indent, fill);
        return;
      }
      case 'polygon':
        o.raw('<polygon');
        this.points(n.points);
        o.write(this.end(n, n.fill ?? 'none', n.stroke));
        return;
      case 'circle':
        o.raw('<circle cx="');
        o.num(n.cx);
        o.raw('" cy="');
        o.num(n.cy);
        o.raw('" r="');
        o.num(n.r);
        o.write(this.end(n, n.fill ?? 'none', n.stroke));
        return;
      case 'path':
        o.raw('<path d="');
        o.text(n.d);
        o.write(this.end(n, n.fill ?? 'none', n.stroke));
        return;
      case 'text': {
        o.raw('<text x="');
        o.num(n.x);
        o.raw('" y="');
        o.num(n.y);
        o.raw('" font-size="');
        o.num(n.size);
        o.write(this.textTail(n.weight, n.anchor, n.fill ?? '#000'));
        if (n.lines.length === 1) {
          o.text(n.lines[0]!);
        } else {
          for (let i = 0; i < n.lines.length; i++) {
            o.raw('<tspan x="');
            o.num(n.x);
            o.raw('" y="');
            o.num(n.y + i * n.lineHeight);
            o.raw('">');
            o.text(n.lines[i]!);
            o.raw('</tspan>');
          }
        }
        o.raw('</text>\n');
        return;
      }
      case 'group': {
        o.raw('<g');
        if (n.role) o.raw(this.strRepeated('class', n.role));
        if (n.ref) {
          o.raw(' data-ref="');
          o.text(n.ref);
          o.raw('"');
        }
        o.raw('>\n');
        // Indexed: a for-of here allocated an iterator result per child (this method calls itself, so V8 cannot
        // fold the iterator away).
        const children = n.children;
        for (let i = 0; i < children.length; i++) this.node(children[i]!, depth + 1);
        o.raw(indent);
        o.raw('</g>\n');
        return;
      }
    }
  }
}

/**
 * Writes a scene as a standalone SVG 1.1 document. Every text and attribute value is escaped, so labels stay text;
 * group `role` and `ref` become `class` and `data-ref`; the scene title becomes `<title>`. Same scene → same bytes.
 * Linear in the scene's size: written as bytes into one buffer, decoded once at the end.
 */
export function toSvg(scene: Scene): string {
  const o = writeSvg(scene);
  const svg = o.finish();
  o.release();
  return svg;
}

/**
 * {@link toSvg} as the UTF-8 bytes of the file: what a writer to disk or network needs, without decoding the
 * document into a string and encoding it back (for a large blueprint that round trip costs as much as writing it).
 */
export function toSvgBytes(scene: Scene): Uint8Array {
  const o = writeSvg(scene);
  const bytes = o.bytes();
  o.release();
  return bytes;
}

/** Scratch for one arrowhead's corners (writing is synchronous, so one serves every writer). */
const HEAD = new Float64Array(6);

/** Two spaces per level of nesting, made once per depth. */
const INDENTS: string[] = [''];
function indentOf(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]}  `);
  return INDENTS[depth]!;
}

/**
 * The last writer, kept alive on purpose (its buffer is shared anyway). V8 keeps the current hidden class of a
 * class's instances only while one is alive: a full GC that finds none drops it, and with it the optimised code of
 * every method (`--trace-deopt`: "weak objects"), so the first drawing written after each full GC was slow again.
 */
const LAST_WRITER: Writer[] = [];

function writeSvg(scene: Scene): ByteWriter {
  const w = new Writer();
  const o = w.out;
  o.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
  o.raw('<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="');
  o.num(scene.width);
  o.raw('" height="');
  o.num(scene.height);
  o.raw('" viewBox="0 0 ');
  o.num(scene.width);
  o.raw(' ');
  o.num(scene.height);
  o.raw('"');
  o.raw(w.str('font-family', FONT_FAMILY));
  o.raw('>\n');
  if (scene.title !== undefined) {
    o.raw('  <title>');
    o.text(scene.title);
    o.raw('</title>\n');
  }
  if (scene.background && scene.background !== 'none') {
    o.raw('  <rect width="');
    o.num(scene.width);
    o.raw('" height="');
    o.num(scene.height);
    o.raw('"');
    o.raw(w.str('fill', scene.background));
    o.raw('/>\n');
  }
  for (const c of scene.children) w.node(c, 1);
  o.raw('</svg>\n');
  LAST_WRITER[0] = w;
  return o;
}
