import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportScene, toPng } from './export-scene.js';
import { decodePng, inkCount, inkMask } from './png-decode.test-util.js';
import { tileDifference } from './raster-diff.test-util.js';
import { SAMPLE_SCENE } from './sample-scene.test-util.js';

const work = mkdtempSync(join(tmpdir(), 'frontstage-export-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('exportScene', () => {
  it('writes SVG text, PNG bytes and PDF bytes for one scene', async () => {
    const svg = await exportScene(SAMPLE_SCENE, 'svg');
    expect(svg).toContain('<svg');
    expect(svg).toContain('服务蓝图');
    const png = await exportScene(SAMPLE_SCENE, 'png', { scale: 2 });
    const img = decodePng(png);
    expect([img.width, img.height]).toEqual([1600, 800]);
    const pdf = await exportScene(SAMPLE_SCENE, 'pdf', { creationDate: new Date(0) });
    expect(Buffer.from(pdf.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
  });

  it('rasterises a scene with its Chinese title inked', async () => {
    const img = decodePng(await toPng(SAMPLE_SCENE));
    expect(inkCount(inkMask(img, 130, 50, 80, 24))).toBeGreaterThan(250);
  });

  it('rejects an unknown format with a coded error', async () => {
    // @ts-expect-error: not a format
    await expect(exportScene(SAMPLE_SCENE, 'gif')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });

  it('draws the PDF where the PNG draws: the two rasters agree pixel for pixel, bar anti-aliasing', async () => {
    const png = decodePng(await exportScene(SAMPLE_SCENE, 'png'));
    const file = join(work, 'scene.pdf');
    writeFileSync(file, await exportScene(SAMPLE_SCENE, 'pdf', { creationDate: new Date(0) }));
    expect(spawnSync('pdftoppm', ['-png', '-r', '96', '-singlefile', file, join(work, 'scene')]).status).toBe(
      0,
    );
    const pdf = decodePng(readFileSync(join(work, 'scene.png')));
    expect([pdf.width, pdf.height]).toEqual([png.width, png.height]);
    expect(tileDifference(png, pdf)).toBeLessThan(0.002);
  });
});
