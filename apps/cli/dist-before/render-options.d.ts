import { type Lang } from './i18n.js';
export type View = 'blueprint' | 'journey';
export type Format = 'svg' | 'png' | 'pdf';
/** Checks `--view`. */
export declare function parseView(value: string, lang: Lang): View;
/**
 * The output format: `--format` when given (it must agree with a known `-o` extension), else the `-o`
 * extension when it is svg/png/pdf, else SVG.
 */
export declare function resolveFormat(format: string | undefined, output: string | undefined, lang: Lang): Format;
/** Checks `--scale` (PNG pixel ratio). */
export declare function parseScale(value: string | undefined, lang: Lang): number;
/** The default output name: `<service-id>-<view>[-<journey>].<format>`. */
export declare function defaultOutput(serviceId: string, view: View, format: Format, journey?: string): string;
//# sourceMappingURL=render-options.d.ts.map