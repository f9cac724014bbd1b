import { describe, expect, it } from 'vitest';
import { fontSubsets } from './font-subsets.js';
import { loadFont, looksLikeTrueType } from './fonts.js';
import { fontCodePoints, mergeTrueTypeFonts } from './ttf-merge.js';

function tables(font: Uint8Array): Map<string, { offset: number; length: number }> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const out = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(rec, rec + 4));
    out.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return out;
}

function fileChecksum(font: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(font.length / 4) * 4);
  padded.set(font);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('mergeTrueTypeFonts', () => {
  it('maps the union of the parts’ characters to one glyph set with valid tables', async () => {
    const a = await loadFont(400, '服务', {});
    const b = await loadFont(400, '蓝图 Blueprint', {});
    const merged = mergeTrueTypeFonts([a.data, b.data]);
    expect(looksLikeTrueType(merged)).toBe(true);
    const union = new Set([...fontCodePoints(a.data), ...fontCodePoints(b.data)]);
    expect(fontCodePoints(merged)).toEqual(union);
    // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA (OpenType spec, 'head').
    expect(fileChecksum(merged)).toBe(0xb1b0afba);
    const t = tables(merged);
    expect([...t.keys()].sort()).toEqual([
      'OS/2',
      'cmap',
      'glyf',
      'head',
      'hhea',
      'hmtx',
      'loca',
      'maxp',
      'name',
      'post',
    ]);
    const view = new DataView(merged.buffer, merged.byteOffset);
    const glyphs = view.getUint16(t.get('maxp')!.offset + 4);
    expect(t.get('loca')!.length).toBe((glyphs + 1) * 4);
    expect(t.get('hmtx')!.length).toBe(glyphs * 4);
  });

  it('keeps composite glyphs pointing at their own components', async () => {
    // Accented Latin (é, ü, ñ) are composites in the latin subset: merged after another subset they must still draw.
    const latin = await loadFont(400, 'éüñ', {});
    const cjk = await loadFont(400, '线', {});
    const merged = mergeTrueTypeFonts([cjk.data, latin.data]);
    expect(fontCodePoints(merged).has('é'.codePointAt(0)!)).toBe(true);
  });

  it('rejects what is not a TrueType font', () => {
    expect(() => mergeTrueTypeFonts([new Uint8Array(20)])).toThrow(
      expect.objectContaining({ code: 'FONT_INVALID' }),
    );
    expect(() => mergeTrueTypeFonts([])).toThrow(expect.objectContaining({ code: 'FONT_INVALID' }));
    expect(fontSubsets(400).length).toBeGreaterThan(0);
  });
});
