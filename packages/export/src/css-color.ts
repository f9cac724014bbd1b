/** A parsed paint: RGB channels 0–255 (or a CSS colour keyword the PDF writer resolves) and alpha 0–1. */
export interface ParsedColor {
  readonly color: readonly [number, number, number] | string;
  readonly alpha: number;
}

function channel(token: string): number {
  const v = token.endsWith('%') ? (Number.parseFloat(token) / 100) * 255 : Number.parseFloat(token);
  return Math.max(0, Math.min(255, Number.isFinite(v) ? v : 0));
}

function alphaOf(token: string | undefined): number {
  if (token === undefined) return 1;
  const v = token.endsWith('%') ? Number.parseFloat(token) / 100 : Number.parseFloat(token);
  return Math.max(0, Math.min(1, Number.isFinite(v) ? v : 1));
}

/**
 * Parses the CSS colours a scene uses (CSS Color 4: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` in
 * comma or space syntax, keywords). `none` and `transparent` give `undefined` (no paint).
 */
export function parseCssColor(value: string | undefined): ParsedColor | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'none' || v === 'transparent') return undefined;
  if (v.startsWith('#')) {
    const hex = v.slice(1);
    if (!/^[0-9a-f]+$/.test(hex) || ![3, 4, 6, 8].includes(hex.length)) return undefined;
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { color: [n(0), n(1), n(2)], alpha: full.length === 8 ? n(3) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(v);
  if (fn) {
    const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return undefined;
    return { color: [channel(parts[0]!), channel(parts[1]!), channel(parts[2]!)], alpha: alphaOf(parts[3]) };
  }
  if (/^[a-z]+$/.test(v)) return { color: v === 'currentcolor' ? 'black' : v, alpha: 1 };
  return undefined;
}
