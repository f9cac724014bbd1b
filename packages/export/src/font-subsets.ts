import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ExportError } from './errors.js';
import { parseUnicodeRange, rangeHas, type UnicodeRange } from './unicode-range.js';

/** The weights the bundled CJK font is loaded in; `normal` text uses 400, `bold` 700. */
export type FontWeightValue = 400 | 700;

/** One unicode-range subset of the bundled font, as `@fontsource/noto-sans-sc` declares it in `<weight>.css`. */
export interface FontSubset {
  /** Subset name from the CSS comment, e.g. `119`, `latin`, `cyrillic`. */
  readonly name: string;
  readonly weight: FontWeightValue;
  /** Absolute path of the WOFF2 file. */
  readonly file: string;
  readonly range: UnicodeRange;
}

/** The npm package the CJK font comes from. */
export const FONT_PACKAGE = '@fontsource/noto-sans-sc';
/** The family name inside the font files; the SVG writer must ask for it. */
export const FONT_FAMILY = 'Noto Sans SC';

const require = createRequire(import.meta.url);
const cache = new Map<FontWeightValue, readonly FontSubset[]>();

function resolveInFontPackage(file: string): string {
  try {
    return require.resolve(`${FONT_PACKAGE}/${file}`);
  } catch (cause) {
    throw new ExportError('FONT_NOT_FOUND', `cannot resolve ${FONT_PACKAGE}/${file}; is it installed?`, {
      detail: file,
      cause,
    });
  }
}

/** The installed version of the font package (part of the font cache key). */
export function fontPackageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolveInFontPackage('package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0';
}

/**
 * The subsets of one weight in CSS order, parsed from the package's `<weight>.css`: each `@font-face` block's
 * WOFF2 `src` and `unicode-range`.
 */
export function fontSubsets(weight: FontWeightValue): readonly FontSubset[] {
  const hit = cache.get(weight);
  if (hit) return hit;
  const cssPath = resolveInFontPackage(`${weight}.css`);
  const css = readFileSync(cssPath, 'utf8');
  const out: FontSubset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const src = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(block);
    const range = /unicode-range:\s*([^;}]+)/.exec(block);
    if (!src || !range) continue;
    const file = join(dirname(cssPath), src[1]!);
    const name = /noto-sans-sc-(.+)-\d+-normal\.woff2$/.exec(src[1]!)?.[1] ?? String(out.length);
    out.push({ name, weight, file, range: parseUnicodeRange(range[1]!) });
  }
  if (out.length === 0) {
    throw new ExportError('FONT_NOT_FOUND', `no @font-face with a WOFF2 src in ${cssPath}`, {
      detail: cssPath,
    });
  }
  cache.set(weight, out);
  return out;
}

/**
 * The subsets needed to draw `text`: for each code point, the first subset (CSS order) whose unicode-range holds
 * it — the same face a browser would pick. Returned in CSS order; `missing` lists code points no subset covers.
 */
export function subsetsFor(
  subsets: readonly FontSubset[],
  text: string,
): { readonly subsets: readonly FontSubset[]; readonly missing: readonly number[] } {
  const picked = new Set<FontSubset>();
  const missing = new Set<number>();
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (seen.has(cp) || cp < 0x20) continue;
    seen.add(cp);
    const hit = subsets.find((s) => rangeHas(s.range, cp));
    if (hit) picked.add(hit);
    else missing.add(cp);
  }
  return { subsets: subsets.filter((s) => picked.has(s)), missing: [...missing] };
}
