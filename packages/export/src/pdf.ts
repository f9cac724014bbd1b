import { arrowHead, type Paint, type Point, type Scene, type SceneNode } from '@frontstage/render';
import PDFDocument from 'pdfkit';
import { type ParsedColor, parseCssColor } from './css-color.js';
import { ExportError } from './errors.js';
import { type FontOptions, type LoadedFont, loadFont } from './fonts.js';
import { parseSvgPath } from './svg-path.js';

/** Options for `toPdf`. */
export interface PdfOptions extends FontOptions {
  /** Document title (PDF `/Title`, shown by viewers); default `scene.title`. */
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  /** BCP 47 language of the text, e.g. `zh-CN` (PDF `/Lang`, used by screen readers). */
  readonly lang?: string;
  /** PDF `/CreationDate`; default now. Fix it for byte-identical output. */
  readonly creationDate?: Date;
}

/**
 * Points per scene px: CSS px are 1/96 in and PDF points 1/72 in, so a page prints at the size the SVG shows at
 * 100 % zoom.
 */
export const PT_PER_PX = 0.75;
/** Largest page side in points that Acrobat and most viewers accept (PDF 1.7 Annex C.2). */
export const MAX_PAGE_PT = 14_400;

type Doc = PDFKit.PDFDocument;
type Color = [number, number, number] | string;
/** pdfkit ≥ 0.15 takes a dash array (see `dash()` in its vector mixin); @types/pdfkit still says number. */
type DashArray = (this: Doc, lengths: number[], options: object) => Doc;

function colorArg(c: ParsedColor): Color {
  return typeof c.color === 'string' ? c.color : [c.color[0], c.color[1], c.color[2]];
}

function collectText(nodes: readonly SceneNode[], out: { normal: string[]; bold: string[] }): void {
  for (const n of nodes) {
    if (n.kind === 'text') (n.weight === 'bold' ? out.bold : out.normal).push(...n.lines);
    else if (n.kind === 'group') collectText(n.children, out);
  }
}

/** SVG's dash rules in PDF terms: no zero-length dashes (pdfkit rejects them), an all-zero pattern is solid. */
function applyDash(doc: Doc, dash: readonly number[] | undefined): void {
  if (!dash || dash.length === 0 || dash.some((d) => d < 0 || !Number.isFinite(d))) return;
  if (dash.every((d) => d === 0)) return;
  (doc.dash as unknown as DashArray).call(
    doc,
    dash.map((d) => Math.max(d, 0.001)),
    {},
  );
}

/**
 * Fills and/or strokes the current path as render's `toSvg` writes the same node: a missing `fill` is none, a
 * missing `stroke` is `defaultStroke` (black for lines and polylines, none otherwise), the dash applies to the
 * stroke, and `opacity` multiplies both paints' alpha (SVG group opacity, exact when fill and stroke don't overlap).
 */
function paintPath(doc: Doc, p: Paint, defaultStroke?: string): void {
  const fill = parseCssColor(p.fill);
  const stroke = parseCssColor(p.stroke ?? defaultStroke);
  const width = p.strokeWidth ?? 1;
  const opacity = Math.max(0, Math.min(1, p.opacity ?? 1));
  const doStroke = stroke !== undefined && width > 0;
  if (fill) doc.fillColor(colorArg(fill), fill.alpha * opacity);
  if (doStroke) {
    doc.strokeColor(colorArg(stroke), stroke.alpha * opacity);
    doc.lineWidth(width);
    applyDash(doc, p.dash);
  }
  if (fill && doStroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (doStroke) doc.stroke();
}

function tracePoints(doc: Doc, points: readonly (readonly [number, number])[], close: boolean): void {
  points.forEach(([x, y], i) => {
    if (i === 0) doc.moveTo(x, y);
    else doc.lineTo(x, y);
  });
  if (close) doc.closePath();
}

interface Fonts {
  readonly normal: string | undefined;
  readonly bold: string | undefined;
}

function drawText(doc: Doc, node: Extract<SceneNode, { kind: 'text' }>, fonts: Fonts): void {
  const font = node.weight === 'bold' ? (fonts.bold ?? fonts.normal) : fonts.normal;
  const fill = parseCssColor(node.fill ?? '#000000');
  if (!font || !fill || node.size <= 0) return;
  doc.font(font).fontSize(node.size);
  doc.fillColor(colorArg(fill), fill.alpha);
  node.lines.forEach((line, i) => {
    if (line.length === 0) return;
    const width = node.anchor === 'middle' || node.anchor === 'end' ? doc.widthOfString(line) : 0;
    const x = node.anchor === 'middle' ? node.x - width / 2 : node.anchor === 'end' ? node.x - width : node.x;
    doc.text(line, x, node.y + i * node.lineHeight, { lineBreak: false, baseline: 'alphabetic' });
  });
}

function drawNode(doc: Doc, node: SceneNode, fonts: Fonts): void {
  if (node.kind === 'group') {
    for (const child of node.children) drawNode(doc, child, fonts);
    return;
  }
  doc.save();
  switch (node.kind) {
    case 'rect': {
      const r = Math.max(0, Math.min(node.radius ?? 0, node.width / 2, node.height / 2));
      if (node.width <= 0 || node.height <= 0) break;
      if (r > 0) doc.roundedRect(node.x, node.y, node.width, node.height, r);
      else doc.rect(node.x, node.y, node.width, node.height);
      paintPath(doc, node);
      break;
    }
    case 'line':
      doc.moveTo(node.x1, node.y1).lineTo(node.x2, node.y2);
      paintPath(doc, { ...node, fill: 'none' }, '#000');
      break;
    case 'polyline': {
      if (node.points.length < 2) break;
      tracePoints(doc, node.points, false);
      paintPath(doc, node, '#000');
      const p = node.points;
      const heads: [Point, Point][] = [];
      if (node.arrow === 'end' || node.arrow === 'both') heads.push([p[p.length - 2]!, p[p.length - 1]!]);
      if (node.arrow === 'both') heads.push([p[1]!, p[0]!]);
      const w = node.strokeWidth ?? 1;
      for (const [from, tip] of heads) {
        // Same triangle and paint as toSvg: solid, in the stroke colour, without the line's opacity.
        doc.restore();
        doc.save();
        tracePoints(doc, arrowHead(from, tip, 5 + 2 * w, 4 + 2 * w), true);
        paintPath(doc, { fill: node.stroke ?? '#000' });
      }
      break;
    }
    case 'polygon':
      if (node.points.length < 2) break;
      tracePoints(doc, node.points, true);
      paintPath(doc, node);
      break;
    case 'circle':
      if (node.r <= 0) break;
      doc.circle(node.cx, node.cy, node.r);
      paintPath(doc, node);
      break;
    case 'path':
      for (const s of parseSvgPath(node.d)) {
        if (s.op === 'M') doc.moveTo(s.x, s.y);
        else if (s.op === 'L') doc.lineTo(s.x, s.y);
        else if (s.op === 'C') doc.bezierCurveTo(s.x1, s.y1, s.x2, s.y2, s.x, s.y);
        else doc.closePath();
      }
      paintPath(doc, node);
      break;
    case 'text':
      drawText(doc, node, fonts);
      break;
    default: {
      const never: never = node;
      throw new ExportError('PDF_WRITE_FAILED', `unknown scene node ${JSON.stringify(never)}`);
    }
  }
  doc.restore();
}

/** The PDF page size in points for a scene: px × 0.75, shrunk to fit `MAX_PAGE_PT` on the longer side. */
export function pdfPageSize(scene: Pick<Scene, 'width' | 'height'>): {
  width: number;
  height: number;
  scale: number;
} {
  const scale = Math.min(PT_PER_PX, MAX_PAGE_PT / Math.max(scene.width, scene.height, 1));
  return { width: scene.width * scale, height: scene.height * scale, scale };
}

/**
 * Writes a scene as a one-page vector PDF with pdfkit: shapes become PDF paths (not an image), text is real text in
 * the bundled Noto Sans SC — embedded as a glyph subset, searchable and copyable — and the page is the scene's
 * size at 0.75 pt per px (see `PT_PER_PX`, `pdfPageSize`).
 */
export async function toPdf(scene: Scene, options: PdfOptions = {}): Promise<Uint8Array> {
  const text = { normal: [] as string[], bold: [] as string[] };
  collectText(scene.children, text);
  const [normal, bold] = await Promise.all([
    text.normal.length > 0 ? loadFont(400, text.normal.join('\n'), options) : undefined,
    text.bold.length > 0 ? loadFont(700, text.bold.join('\n'), options) : undefined,
  ]);
  const page = pdfPageSize(scene);
  const title = options.title ?? scene.title;
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    pdfVersion: '1.7',
    displayTitle: title !== undefined,
    lang: options.lang,
    info: {
      ...(title === undefined ? {} : { Title: title }),
      ...(options.author === undefined ? {} : { Author: options.author }),
      ...(options.subject === undefined ? {} : { Subject: options.subject }),
      Creator: 'Frontstage',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  try {
    const register = (name: string, font: LoadedFont | undefined) => {
      if (!font) return undefined;
      doc.registerFont(name, Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength));
      return name;
    };
    const fonts: Fonts = {
      normal: register('NotoSansSC-400', normal),
      bold: register('NotoSansSC-700', bold),
    };
    doc.scale(page.scale);
    const background = parseCssColor(scene.background);
    if (background) {
      doc.rect(0, 0, scene.width, scene.height).fillColor(colorArg(background), background.alpha).fill();
    }
    for (const node of scene.children) drawNode(doc, node, fonts);
    doc.end();
  } catch (cause) {
    if (cause instanceof ExportError) throw cause;
    throw new ExportError('PDF_WRITE_FAILED', `pdfkit failed: ${String(cause)}`, { cause });
  }
  await done;
  return Buffer.concat(chunks);
}
