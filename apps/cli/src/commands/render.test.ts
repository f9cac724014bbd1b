import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../run.test-util.js';
import { tempDir } from '../temp.test-util.js';

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

const repair = join(EXAMPLES, 'property-repair.service.yaml');

describe('frontstage render', () => {
  it.each(['property-repair', 'bank-account-opening', 'airline'])(
    'draws %s as blueprint and journey SVG',
    async (name) => {
      for (const view of ['blueprint', 'journey']) {
        const out = join(dir, `${name}-${view}.svg`);
        const r = await runCli(['render', join(EXAMPLES, `${name}.service.yaml`), '--view', view, '-o', out]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const svg = readFileSync(out, 'utf8');
        expect(svg).toMatch(/^<svg|^<\?xml/);
        expect(svg).toContain('</svg>');
      }
    },
  );

  it('writes PNG and PDF, the format taken from the -o extension', async () => {
    const png = join(dir, 'repair.png');
    const pdf = join(dir, 'repair.pdf');
    expect((await runCli(['render', repair, '--view', 'blueprint', '-o', png])).code).toBe(0);
    expect((await runCli(['render', repair, '--view', 'journey', '-o', pdf, '--lang', 'zh-CN'])).code).toBe(
      0,
    );
    const pngBytes = readFileSync(png);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.length).toBeGreaterThan(10_000);
    const pdfBytes = readFileSync(pdf);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(5_000);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes to standard output with -o -', async () => {
    const r = await runCli(['render', repair, '--view', 'journey', '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml[\s\S]*<\/svg>\s*$/);
  });

  it('escapes markup in labels', async () => {
    const text = readFileSync(repair, 'utf8').replace(
      'text: { zh-CN: 通知维修需要, en: Reports a repair need }',
      'text: { zh-CN: "<script>alert(1)</script>", en: "<script>alert(1)</script> & more" }',
    );
    writeFileSync(join(dir, 'xss.service.yaml'), text);
    const r = await runCli(['render', 'xss.service.yaml', '--lang', 'en', '-o', 'xss.svg'], { cwd: dir });
    expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'xss.svg'), 'utf8');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('picks a journey by id and names the choices when it is unknown', async () => {
    const out = join(dir, 'to-be.svg');
    const ok = await runCli(['render', repair, '--view', 'journey', '--journey', 'owner-to-be', '-o', out]);
    expect(ok.code).toBe(0);
    const bad = await runCli(['render', repair, '--view', 'journey', '--journey', 'nope', '-o', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("no journey 'nope'; it has: owner-as-is, owner-to-be");
  });

  it('refuses a directory as output and reports bad options as usage errors', async () => {
    mkdirSync(join(dir, 'folder.svg'));
    const r = await runCli(['render', repair, '-o', join(dir, 'folder.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a directory');
    expect(existsSync(join(dir, 'folder.svg'))).toBe(true);
    expect((await runCli(['render', repair, '--view', 'map'])).code).toBe(2);
    expect((await runCli(['render', repair, '--format', 'gif'])).code).toBe(2);
    const jpg = await runCli(['render', repair, '-o', join(dir, 'x.jpg')]);
    expect(jpg.code).toBe(2);
    expect(jpg.stderr).toContain("unknown format 'jpg': use svg, png or pdf");
    expect(existsSync(join(dir, 'x.jpg'))).toBe(false);
    expect((await runCli(['render', repair, '--format', 'png', '-o', join(dir, 'x.pdf')])).code).toBe(2);
  });

  it('refuses an invalid file with its diagnostics', async () => {
    writeFileSync(join(dir, 'bad.service.yaml'), 'frontstage: 1\nservice: { id: x }\n');
    const r = await runCli(['render', 'bad.service.yaml', '-o', 'bad.svg'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.service\.yaml:2:\d+ error /m);
    expect(existsSync(join(dir, 'bad.svg'))).toBe(false);
  });
});
