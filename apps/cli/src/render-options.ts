import { extname } from 'node:path';
import { CliError } from './errors.js';
import { type Lang, t } from './i18n.js';
import { EXIT_USAGE } from './io.js';

export type View = 'blueprint' | 'journey';
export type Format = 'svg' | 'png' | 'pdf';
const VIEWS: readonly View[] = ['blueprint', 'journey'];
const FORMATS: readonly Format[] = ['svg', 'png', 'pdf'];

/** Checks `--view`. */
export function parseView(value: string, lang: Lang): View {
  const v = value.toLowerCase();
  if ((VIEWS as readonly string[]).includes(v)) return v as View;
  throw new CliError(t(lang, 'render.badView', { view: value }), EXIT_USAGE);
}

/**
 * The output format: `--format` when given (it must agree with a known `-o` extension), else the `-o`
 * extension when it is svg/png/pdf, else SVG.
 */
export function resolveFormat(format: string | undefined, output: string | undefined, lang: Lang): Format {
  const ext = output ? extname(output).slice(1).toLowerCase() : '';
  const fromExt = (FORMATS as readonly string[]).includes(ext) ? (ext as Format) : undefined;
  if (format === undefined) {
    // A name like `x.jpg` must not quietly get SVG bytes: only a name without an extension defaults to SVG.
    if (fromExt === undefined && ext !== '' && output !== '-') {
      throw new CliError(t(lang, 'render.badFormat', { format: ext }), EXIT_USAGE);
    }
    return fromExt ?? 'svg';
  }
  const f = format.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(f)) {
    throw new CliError(t(lang, 'render.badFormat', { format }), EXIT_USAGE);
  }
  if (fromExt !== undefined && fromExt !== f) {
    throw new CliError(t(lang, 'render.formatMismatch', { file: output ?? '', ext, format: f }), EXIT_USAGE);
  }
  return f as Format;
}

/** Checks `--scale` (PNG pixel ratio). */
export function parseScale(value: string | undefined, lang: Lang): number {
  if (value === undefined) return 2;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.25 || n > 8) {
    throw new CliError(t(lang, 'render.badScale', { scale: value }), EXIT_USAGE);
  }
  return n;
}

/** The default output name: `<service-id>-<view>[-<journey>].<format>`. */
export function defaultOutput(serviceId: string, view: View, format: Format, journey?: string): string {
  return `${serviceId}-${view}${journey ? `-${journey}` : ''}.${format}`;
}
