import { type Scene, toSvg } from '@frontstage/render';
import { ExportError } from './errors.js';
import { type PdfOptions, toPdf } from './pdf.js';
import { type PngOptions, svgToPng } from './png.js';

/** The formats `exportScene` writes. */
export type ExportFormat = 'svg' | 'png' | 'pdf';

/** Options for every format; each writer reads the ones it knows (`scale`/`background` PNG, metadata PDF). */
export type ExportOptions = PngOptions & PdfOptions;

/**
 * Rasterises a scene: render's `toSvg`, then resvg with the bundled fonts (see `svgToPng`). Accepts SVG text too,
 * for drawings that did not come from a scene.
 */
export function toPng(input: Scene | string, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(typeof input === 'string' ? input : toSvg(input), options);
}

/**
 * Writes a scene in one format: `svg` → the SVG text from render's `toSvg`; `png` → PNG bytes; `pdf` → vector PDF
 * bytes. The PNG is the SVG rasterised and the PDF draws the same scene, so all three match.
 */
export function exportScene(scene: Scene, format: 'svg', options?: ExportOptions): Promise<string>;
export function exportScene(
  scene: Scene,
  format: 'png' | 'pdf',
  options?: ExportOptions,
): Promise<Uint8Array>;
export function exportScene(
  scene: Scene,
  format: ExportFormat,
  options?: ExportOptions,
): Promise<Uint8Array | string>;
export async function exportScene(
  scene: Scene,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Uint8Array | string> {
  switch (format) {
    case 'svg':
      return toSvg(scene);
    case 'png':
      return toPng(scene, options);
    case 'pdf':
      return toPdf(scene, options);
    default: {
      const never: never = format;
      throw new ExportError('UNSUPPORTED_FORMAT', `unknown export format ${JSON.stringify(never)}`, {
        detail: String(never),
      });
    }
  }
}
