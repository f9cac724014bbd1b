import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fontCacheDirs, readCached, writeCached } from './font-cache.js';
import { FONT_PACKAGE, fontSubsets, subsetsFor } from './font-subsets.js';
import { clearFontMemory, loadFont, looksLikeTrueType } from './fonts.js';
import { fontCodePoints } from './ttf-merge.js';

const work = mkdtempSync(join(tmpdir(), 'frontstage-fonts-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!);

describe('font subsets', () => {
  it('parses every @font-face of both weights with a WOFF2 file and a unicode-range', () => {
    for (const weight of [400, 700] as const) {
      const subsets = fontSubsets(weight);
      expect(subsets.length).toBeGreaterThan(90);
      for (const s of subsets) {
        expect(s.file).toMatch(new RegExp(`noto-sans-sc-${s.name}-${weight}-normal\\.woff2$`));
        expect(existsSync(s.file)).toBe(true);
        expect(s.range.length).toBeGreaterThan(0);
      }
    }
  });

  it('picks, per character, the first subset whose range holds it', () => {
    const { subsets, missing } = subsetsFor(fontSubsets(400), '服务 AB\ue000');
    expect(missing).toEqual([0xe000]);
    expect(subsets.length).toBeLessThanOrEqual(3);
    for (const cp of cps('服务 AB')) {
      expect(subsets.some((s) => s.range.some(([a, b]) => cp >= a && cp <= b))).toBe(true);
    }
  });
});

describe('loadFont', () => {
  it('merges only the subsets the text needs, covering all of it', async () => {
    const text = '可视分界线 Line of visibility';
    const font = await loadFont(400, text, { cacheDir: join(work, 'a') });
    expect(font.subsets.length).toBeLessThan(10);
    const covered = fontCodePoints(font.data);
    for (const cp of cps(text)) expect(covered.has(cp)).toBe(true);
    expect(font.path?.startsWith(join(work, 'a'))).toBe(true);
    expect(looksLikeTrueType(readFileSync(font.path!))).toBe(true);
  });

  it('reads the decoded font back from disk once memory is cleared', async () => {
    const dir = join(work, 'b');
    const first = await loadFont(700, '服务蓝图', { cacheDir: dir });
    clearFontMemory();
    const again = await loadFont(700, '服务蓝图', { cacheDir: dir });
    expect(again.path).toBe(first.path);
    expect(Buffer.from(again.data).equals(Buffer.from(first.data))).toBe(true);
    expect(readdirSync(join(first.path!, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('shares one load between concurrent callers', async () => {
    clearFontMemory();
    const dir = join(work, 'c');
    const loads = await Promise.all(
      Array.from({ length: 6 }, () => loadFont(400, '前台 后台', { cacheDir: dir })),
    );
    expect(new Set(loads).size).toBe(1);
  });

  it('falls back to another cache directory when the preferred one is unwritable', async () => {
    clearFontMemory();
    // A directory below a regular file cannot be created, even by root.
    const blocker = join(work, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const font = await loadFont(400, '支持过程', { cacheDir: join(blocker, 'cache') });
    expect(font.path).toBeDefined();
    expect(font.path!.startsWith(blocker)).toBe(false);
    expect(fontCodePoints(font.data).has('支'.codePointAt(0)!)).toBe(true);
  });

  it('rebuilds a truncated cache file instead of using it', async () => {
    clearFontMemory();
    const dir = join(work, 'd');
    const font = await loadFont(400, '有形展示', { cacheDir: dir });
    writeFileSync(font.path!, font.data.subarray(0, 100));
    clearFontMemory();
    const again = await loadFont(400, '有形展示', { cacheDir: dir });
    expect(again.data.length).toBe(font.data.length);
    expect(readFileSync(font.path!).length).toBe(font.data.length);
  });
});

describe('font cache files', () => {
  it('prefers cacheDir, then node_modules/.cache next to the font package, then the OS temp dir', () => {
    const file = `/x/node_modules/${FONT_PACKAGE}/files/a.woff2`;
    expect(fontCacheDirs('k', file, '/mine')).toEqual([
      '/mine/k',
      '/x/node_modules/.cache/frontstage-fonts/k',
      join(tmpdir(), 'frontstage-fonts', 'k'),
    ]);
  });

  it('writes atomically under concurrent writers and reports when nothing is writable', async () => {
    const dir = join(work, 'e');
    const bytes = new Uint8Array(200_000).fill(7);
    const paths = await Promise.all(Array.from({ length: 8 }, () => writeCached([dir], 'f.bin', bytes)));
    expect(new Set(paths).size).toBe(1);
    expect(readdirSync(dir)).toEqual(['f.bin']);
    const back = await readCached([join(work, 'missing'), dir], 'f.bin', (b) => b.length === bytes.length);
    expect(back?.path).toBe(join(dir, 'f.bin'));
    const blocker = join(work, 'file');
    writeFileSync(blocker, 'x');
    expect(await writeCached([join(blocker, 'a'), join(blocker, 'b')], 'f.bin', bytes)).toBeUndefined();
  });
});
