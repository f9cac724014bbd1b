import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scene } from '@frontstage/render';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_PT, pdfPageSize, toPdf } from './pdf.js';
import { decodePng, inkCount, inkMask } from './png-decode.test-util.js';
import { SAMPLE_SCENE } from './sample-scene.test-util.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const work = mkdtempSync(join(tmpdir(), 'frontstage-pdf-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const FIXED = new Date('2026-01-01T00:00:00Z');

/** An Info dictionary entry (pdfkit writes each as an indirect literal string; non-ASCII as UTF-16BE + BOM). */
function infoValue(pdf: string, key: string): string | undefined {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(pdf);
  if (!ref) return undefined;
  const body = new RegExp(`\\n${ref[1]} 0 obj\\n\\((.*?)\\)\\nendobj`, 's').exec(pdf)?.[1];
  if (body === undefined) return undefined;
  const raw = body
    .replace(/\\([()\\])/g, '$1')
    .replace(/\\r/g, '\r')
    .replace(/\\n/g, '\n');
  if (!raw.startsWith('\u00fe\u00ff')) return raw;
  return Buffer.from(raw.slice(2), 'latin1').swap16().toString('utf16le');
}

describe('toPdf', () => {
  it('writes a complete PDF whose page is the scene size at 0.75 pt/px', async () => {
    const pdf = latin1(await toPdf(SAMPLE_SCENE, { creationDate: FIXED }));
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toMatch(/startxref\s+\d+\s+%%EOF\s*$/);
    expect(pdf).toContain('/MediaBox [0 0 600 300]');
    expect((pdf.match(/\/Type \/Page\b/g) ?? []).length).toBe(1);
  });

  it('embeds the CJK font as TrueType subsets, regular and bold, with a ToUnicode map', async () => {
    const pdf = latin1(await toPdf(SAMPLE_SCENE, { creationDate: FIXED }));
    expect((pdf.match(/\/FontFile2 /g) ?? []).length).toBe(2);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC\S*-Regular/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC\S*-Bold/);
    expect(pdf).toContain('/ToUnicode');
  });

  it('records title, author and language, and is byte-identical for a fixed creation date', async () => {
    const a = await toPdf(SAMPLE_SCENE, { creationDate: FIXED, author: 'QA', lang: 'zh-CN' });
    const b = await toPdf(SAMPLE_SCENE, { creationDate: FIXED, author: 'QA', lang: 'zh-CN' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const text = latin1(a);
    expect(infoValue(text, 'Title')).toBe(SAMPLE_SCENE.title);
    expect(infoValue(text, 'Author')).toBe('QA');
    expect(infoValue(text, 'CreationDate')).toBe('D:20260101000000Z');
    expect(text).toContain('/Lang (zh-CN)');
  });

  it('draws a scene without text without embedding any font', async () => {
    const scene: Scene = {
      width: 100,
      height: 50,
      children: [{ kind: 'rect', x: 0, y: 0, width: 10, height: 10 }],
    };
    const pdf = latin1(await toPdf(scene, { creationDate: FIXED }));
    expect(pdf).not.toContain('/FontFile2');
    expect(pdf).toContain('/MediaBox [0 0 75 37.5]');
  });

  it('shrinks pages beyond the viewer limit to fit, keeping the aspect ratio', () => {
    expect(pdfPageSize({ width: 800, height: 400 })).toEqual({ width: 600, height: 300, scale: 0.75 });
    const big = pdfPageSize({ width: 40_000, height: 2_000 });
    expect(big.width).toBeCloseTo(MAX_PAGE_PT);
    expect(big.height).toBeCloseTo(720);
  });

  it('rejects bad path data with a coded error', async () => {
    const scene: Scene = { width: 10, height: 10, children: [{ kind: 'path', d: 'M 0 0 X 5' }] };
    await expect(toPdf(scene)).rejects.toMatchObject({ code: 'SVG_PATH_INVALID' });
  });

  it('gives the Chinese text back to pdftotext', async () => {
    const file = join(work, 'text.pdf');
    writeFileSync(file, await toPdf(SAMPLE_SCENE, { creationDate: FIXED }));
    const out = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    for (const s of ['服务蓝图', 'Service blueprint', '可视分界线', 'line of visibility', '右对齐']) {
      expect(out.stdout).toContain(s);
    }
  });

  it('rasterises (pdftoppm) with inked glyphs where the scene puts its text', async () => {
    const file = join(work, 'page.pdf');
    writeFileSync(file, await toPdf(SAMPLE_SCENE, { creationDate: FIXED }));
    const out = spawnSync('pdftoppm', ['-png', '-r', '96', '-singlefile', file, join(work, 'page')]);
    expect(out.status).toBe(0);
    const img = decodePng(readFileSync(join(work, 'page.png')));
    // 600 × 300 pt at 96 dpi is the scene's 800 × 400 px again.
    expect([img.width, img.height]).toEqual([800, 400]);
    // Bold 服务蓝图 is centred on x = 170 with its baseline at y = 70: 4 em of 20 px.
    const title = inkCount(inkMask(img, 130, 50, 80, 24));
    expect(title).toBeGreaterThan(250);
    // Nothing drawn between the box and the diamond above the dashed rule.
    expect(inkCount(inkMask(img, 440, 30, 60, 40))).toBe(0);
  });
});
