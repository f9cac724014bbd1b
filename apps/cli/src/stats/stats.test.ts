import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../analyze/run-cli.test-util.js';
import { parseJson } from './json.js';
import { METHODS } from './methods.js';

describe('frontstage stats', () => {
  it('--list names every method with its input shape', async () => {
    const r = await runCli(['stats', '--list']);
    expect(r.code).toBe(0);
    for (const m of METHODS) expect(r.stdout).toContain(`${m.name}\n`);
    expect(r.stdout).toContain('input: {');
    const j = await runCli(['stats', '--list', '--json']);
    const list = JSON.parse(j.stdout) as { name: string; input: string }[];
    expect(list.map((m) => m.name)).toEqual(METHODS.map((m) => m.name));
  });

  it('runs every method on its own example input', async () => {
    for (const m of METHODS) {
      const r = await runCli(['stats', m.name], { stdin: JSON.stringify(m.example) });
      expect(r.stderr, m.name).toBe('');
      expect(r.code, m.name).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });

  it('computes NPS from counts or raw scores alike', async () => {
    const counts = [1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1];
    const a = JSON.parse((await runCli(['stats', 'nps'], { stdin: JSON.stringify({ counts }) })).stdout);
    const b = JSON.parse(
      (await runCli(['stats', 'nps'], { stdin: JSON.stringify({ scores: [0, 6, 7, 9, 10] }) })).stdout,
    );
    expect(a.score).toBeCloseTo(0, 10);
    expect(b.score).toBeCloseTo(a.score, 10);
    expect(b.n).toBe(5);
  });

  it('reports malformed JSON with line and column (exit 1)', async () => {
    const r = await runCli(['stats', 'nps'], { stdin: '{\n  "counts": [1, 2,]\n}' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 2, column 19');
    expect(r.stdout).toBe('');
  });

  it('names a missing or invalid field (exit 1)', async () => {
    const a = await runCli(['stats', 'nps-difference'], {
      stdin: '{"a": {"counts": [0,0,0,0,0,0,0,0,0,1,1]}}',
    });
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('field b: is required');
    const b = await runCli(['stats', 'csat'], { stdin: '{"counts": [1, "x", 3, 4, 5]}' });
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('field counts[1]: expected a number, got "x"');
    const c = await runCli(['stats', 'csat'], { stdin: '{"counts": [1, 2, 3]}' });
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('field counts');
    const d = await runCli(['stats', 'csat'], { stdin: '{"cuonts": [1, 2, 3, 4, 5]}' });
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('field cuonts: unknown field');
    const e = await runCli(['stats', 'csat'], { stdin: '' });
    expect(e.code).toBe(1);
  });

  it('unknown method exits 2 with the nearest suggestion', async () => {
    const r = await runCli(['stats', 'nsp'], { stdin: '{}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "nps"');
    const z = await runCli(['stats', 'csta', '--lang', 'zh-CN'], { stdin: '{}' });
    expect(z.code).toBe(2);
    expect(z.stderr).toContain('是否指“csat”');
  });

  it('locates the first JSON error exactly like a truncation of valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (v, k) => {
        const s = JSON.stringify(v, null, 1);
        const cut = s.slice(0, k % (s.length + 1));
        const r = parseJson(cut);
        if (!r.ok) {
          expect(r.error.line).toBeGreaterThanOrEqual(1);
          expect(r.error.line).toBeLessThanOrEqual(cut.split('\n').length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
