import { extname } from 'node:path';
import { CliError } from './errors.js';
import { t } from './i18n.js';
import { EXIT_USAGE } from './io.js';
const VIEWS = ['blueprint', 'journey'];
const FORMATS = ['svg', 'png', 'pdf'];
/** Checks `--view`. */
export function parseView(value, lang) {
    const v = value.toLowerCase();
    if (VIEWS.includes(v))
        return v;
    throw new CliError(t(lang, 'render.badView', { view: value }), EXIT_USAGE);
}
/**
 * The output format: `--format` when given (it must agree with a known `-o` extension), else the `-o`
 * extension when it is svg/png/pdf, else SVG.
 */
export function resolveFormat(format, output, lang) {
    const ext = output ? extname(output).slice(1).toLowerCase() : '';
    const fromExt = FORMATS.includes(ext) ? ext : undefined;
    if (format === undefined)
        return fromExt ?? 'svg';
    const f = format.toLowerCase();
    if (!FORMATS.includes(f)) {
        throw new CliError(t(lang, 'render.badFormat', { format }), EXIT_USAGE);
    }
    if (fromExt !== undefined && fromExt !== f) {
        throw new CliError(t(lang, 'render.formatMismatch', { file: output ?? '', ext, format: f }), EXIT_USAGE);
    }
    return f;
}
/** Checks `--scale` (PNG pixel ratio). */
export function parseScale(value, lang) {
    if (value === undefined)
        return 2;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0.25 || n > 8) {
        throw new CliError(t(lang, 'render.badScale', { scale: value }), EXIT_USAGE);
    }
    return n;
}
/** The default output name: `<service-id>-<view>[-<journey>].<format>`. */
export function defaultOutput(serviceId, view, format, journey) {
    return `${serviceId}-${view}${journey ? `-${journey}` : ''}.${format}`;
}
//# sourceMappingURL=render-options.js.map