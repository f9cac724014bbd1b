import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { ExportError } from './errors.js';
import { FONT_FAMILY } from './font-subsets.js';
import { type FontOptions, loadFont } from './fonts.js';
import { pngSize, svgPixelSize } from './png-size.js';

/** Options for `svgToPng`. */
export interface PngOptions extends FontOptions {
  /** Pixels per SVG px; default 1. Use 2 for high-density screens and print. */
  readonly scale?: number;
  /** CSS colour under the drawing; default `#ffffff`. `transparent` keeps the alpha channel. */
  readonly background?: string;
}

const require = createRequire(import.meta.url);
type Resvg = typeof import('@resvg/resvg-js');
let resvg: Resvg | undefined;

const BOLD = /font-weight\s*[:=]\s*["']?\s*(?:bold|bolder|[6-9]00)/i;

/** The characters an SVG can draw: its text with numeric character references decoded (markup is ASCII). */
function drawnText(svg: string): string {
  return svg.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, ref: string) => {
    const cp =
      ref[0] === 'x' || ref[0] === 'X' ? Number.parseInt(ref.slice(1), 16) : Number.parseInt(ref, 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

/**
 * Rasterises an SVG with resvg, drawing every text in the bundled Noto Sans SC (regular and bold) and never in a
 * system font, so the PNG looks the same on a machine with no fonts installed. Only the font subsets the SVG's
 * characters need are loaded. A drawing too large for a PNG at `scale` is made at the largest zoom within
 * {@link pngSize}'s limits (check `pngSize` first to tell the user).
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new ExportError('SVG_RENDER_FAILED', `scale must be a positive number, got ${scale}`);
  }
  const size = svgPixelSize(svg);
  const zoom = size ? pngSize(size.width, size.height, scale).zoom : scale;
  const text = drawnText(svg);
  const fonts = await Promise.all(
    BOLD.test(svg)
      ? [loadFont(400, text, options), loadFont(700, text, options)]
      : [loadFont(400, text, options)],
  );
  const fontFiles = fonts.map((f) => f.path);
  if (fontFiles.some((p) => p === undefined)) {
    throw new ExportError(
      'FONT_CACHE_UNWRITABLE',
      'resvg reads fonts from files, and no font cache directory is writable (tried cacheDir, node_modules/.cache, os.tmpdir())',
    );
  }
  const renderOptions: ResvgRenderOptions = {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles as string[],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: zoom },
    logLevel: 'off',
  };
  const background = options.background ?? '#ffffff';
  if (background !== 'transparent') renderOptions.background = background;
  resvg ??= require('@resvg/resvg-js') as Resvg;
  try {
    const image = await resvg.renderAsync(svg, renderOptions);
    const png = image.asPng();
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  } catch (cause) {
    throw new ExportError('SVG_RENDER_FAILED', `resvg could not render the SVG: ${String(cause)}`, { cause });
  }
}
