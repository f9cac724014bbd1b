import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseServiceFile } from '@frontstage/model';
import { renderBlueprint, type Scene } from '@frontstage/render';
import { afterAll, describe, expect, it } from 'vitest';
import { exportScene } from './export-scene.js';
import { decodePng } from './png-decode.test-util.js';
import { tileDifference } from './raster-diff.test-util.js';

/** Set FRONTSTAGE_EXPORT_ARTIFACTS=<dir> to keep the PNG, PDF and PDF raster for a look. */
const keep = process.env.FRONTSTAGE_EXPORT_ARTIFACTS;
const work = keep ?? mkdtempSync(join(tmpdir(), 'frontstage-blueprint-export-'));
mkdirSync(work, { recursive: true });
afterAll(() => {
  if (!keep) rmSync(work, { recursive: true, force: true });
});

function blueprint(): Scene {
  const file = new URL('../../../examples/property-repair.service.yaml', import.meta.url);
  const parsed = parseServiceFile(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return renderBlueprint(parsed.model, { locale: 'zh-CN' });
}

describe('a real blueprint (examples/property-repair) through every format', () => {
  it('gives a PDF that rasterises like the PNG and keeps its Chinese text', async () => {
    const scene = blueprint();
    const png = await exportScene(scene, 'png');
    const pdf = await exportScene(scene, 'pdf', { creationDate: new Date(0), lang: 'zh-CN' });
    writeFileSync(join(work, 'blueprint.png'), png);
    writeFileSync(join(work, 'blueprint.pdf'), pdf);
    expect(
      spawnSync('pdftoppm', [
        '-png',
        '-r',
        '96',
        '-singlefile',
        join(work, 'blueprint.pdf'),
        join(work, 'blueprint-pdf'),
      ]).status,
    ).toBe(0);
    const a = decodePng(png);
    const b = decodePng(readFileSync(join(work, 'blueprint-pdf.png')));
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    // Measured: 0.02 % of 3×3 tiles differ (1 % of single pixels, all anti-aliasing).
    expect(tileDifference(a, b)).toBeLessThan(0.002);
    const text = spawnSync('pdftotext', [join(work, 'blueprint.pdf'), '-'], { encoding: 'utf8' }).stdout;
    for (const s of ['物业维修服务', '可视分界线', '报修']) expect(text.replace(/\s+/g, '')).toContain(s);
  });
});
