import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontSubsets, subsetsFor } from './font-subsets.js';
import { svgToPng } from './png.js';
import { decodePng, inkCount, inkMask, maskDistance } from './png-decode.test-util.js';

const GLYPHS = [...'服务蓝图可视分界线'];
/** A private-use code point no subset covers: whatever resvg draws for it is the missing-glyph fallback. */
const TOFU = '\ue000';
const CELL = 64;
const SIZE = 48;

/** One glyph per cell, baseline near the bottom, so each cell can be cropped and compared on its own. */
function glyphGrid(chars: readonly string[], weight: 'normal' | 'bold' = 'normal'): string {
  const cells = chars
    .map(
      (ch, i) =>
        `<text x="${i * CELL + 8}" y="${CELL - 12}" font-family="Noto Sans SC, sans-serif" font-size="${SIZE}" font-weight="${weight}" fill="#000">${ch}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${chars.length * CELL}" height="${CELL}">${cells}</svg>`;
}

async function cellMasks(svg: string, count: number): Promise<Uint8Array[]> {
  const img = decodePng(await svgToPng(svg));
  expect(img.width).toBe(count * CELL);
  return Array.from({ length: count }, (_, i) => inkMask(img, i * CELL, 0, CELL, CELL));
}

describe('svgToPng', () => {
  it('writes a PNG of the SVG size times scale', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="60" height="40"/></svg>';
    const png = await svgToPng(svg, { scale: 2 });
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const img = decodePng(png);
    expect([img.width, img.height]).toEqual([240, 80]);
  });

  it('draws every Chinese glyph with ink, each different, none a missing-glyph box', async () => {
    expect(subsetsFor(fontSubsets(400), TOFU).missing).toEqual([0xe000]);
    const masks = await cellMasks(glyphGrid([...GLYPHS, TOFU]), GLYPHS.length + 1);
    const tofu = masks.pop()!;
    for (const [i, mask] of masks.entries()) {
      // A 48 px CJK glyph inks several hundred pixels; blank or hairline output does not.
      expect(inkCount(mask), GLYPHS[i]).toBeGreaterThan(150);
      expect(maskDistance(mask, tofu), `${GLYPHS[i]} vs missing glyph`).toBeGreaterThan(150);
      for (let j = 0; j < i; j++) {
        expect(maskDistance(mask, masks[j]!), `${GLYPHS[i]} vs ${GLYPHS[j]}`).toBeGreaterThan(150);
      }
    }
  });

  it('uses no system font: the same SVG rendered by bare resvg without fonts has no ink', async () => {
    const require = createRequire(import.meta.url);
    const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    const bare = new Resvg(glyphGrid(GLYPHS), {
      font: { loadSystemFonts: false },
      background: '#fff',
      logLevel: 'off',
    });
    const img = decodePng(bare.render().asPng());
    expect(inkCount(inkMask(img, 0, 0, img.width, img.height))).toBe(0);
  });

  it('draws bold text with the bold face, not a regular fallback', async () => {
    const regular = await cellMasks(glyphGrid(GLYPHS, 'normal'), GLYPHS.length);
    const bold = await cellMasks(glyphGrid(GLYPHS, 'bold'), GLYPHS.length);
    // Both weights are loaded when the SVG has bold text; resvg must still pick the 700 glyph for every cell.
    const mixed = await cellMasks(
      glyphGrid(GLYPHS, 'bold').replace(
        '</svg>',
        `<text x="0" y="10" font-size="1" fill="#fff">${GLYPHS.join('')}</text></svg>`,
      ),
      GLYPHS.length,
    );
    for (const [i, ch] of GLYPHS.entries()) {
      expect(inkCount(bold[i]!), ch).toBeGreaterThan(inkCount(regular[i]!) * 1.15);
      expect(maskDistance(mixed[i]!, bold[i]!), ch).toBeLessThan(20);
    }
  });

  it('renders numeric character references and Latin alongside CJK', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="44" font-size="32">&#x670D;&#21153; Blueprint</text></svg>';
    const img = decodePng(await svgToPng(svg));
    const left = inkCount(inkMask(img, 0, 0, 80, 60));
    const right = inkCount(inkMask(img, 90, 0, 250, 60));
    expect(left).toBeGreaterThan(200);
    expect(right).toBeGreaterThan(200);
  });

  it('fills the background white by default and keeps alpha when asked for transparent', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
    const white = decodePng(await svgToPng(svg));
    expect([...white.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    const clear = decodePng(await svgToPng(svg, { background: 'transparent' }));
    expect(clear.pixels[3]).toBe(0);
  });

  it('still renders when the preferred font cache directory cannot be created', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'frontstage-png-test-')), 'file');
    writeFileSync(blocker, 'x');
    const img = decodePng(await svgToPng(glyphGrid(['蓝']), { cacheDir: join(blocker, 'cache') }));
    expect(inkCount(inkMask(img, 0, 0, CELL, CELL))).toBeGreaterThan(150);
    rmSync(dirname(blocker), { recursive: true, force: true });
  });

  it('rejects a non-positive scale with a coded error', async () => {
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg"/>', { scale: 0 })).rejects.toMatchObject({
      code: 'SVG_RENDER_FAILED',
    });
  });
});
