import { writeFileSync } from 'node:fs';
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

describe('frontstage inspect', () => {
  it('reports lanes with the three lines, encounters, handoffs, time, cost, fail and wait points', async () => {
    const r = await runCli(['inspect', repair]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Property repair (property-repair)');
    expect(r.stdout).toContain('Blueprint BP-PM-001 A/0, approved');
    const lines = r.stdout.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(at('line of interaction')).toBeGreaterThan(at('  customer'));
    expect(at('line of interaction')).toBeLessThan(at('  frontstage'));
    expect(at('line of visibility')).toBeLessThan(at('  backstage'));
    expect(at('line of internal interaction')).toBeLessThan(at('  support'));
    expect(r.stdout).toContain('F arrive.frontstage  Technician late');
    expect(r.stdout).toContain('W wait.customer  4 h  Waiting for the visit');
    expect(r.stdout).toMatch(/Handoffs between departments: [1-9]/);
    expect(r.stdout).toMatch(/total: \d+(\.\d+)? CNY/);
  });

  it('speaks Chinese and prints JSON', async () => {
    const zh = await runCli(['inspect', repair, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('物业维修服务（property-repair）');
    expect(zh.stdout).toContain('可视分界线');
    const j = await runCli(['inspect', '--json', repair]);
    const facts = JSON.parse(j.stdout);
    expect(facts.counts.steps).toBe(9);
    expect(facts.failPoints.map((f: { action: string }) => f.action)).toContain('repair.frontstage');
    expect(facts.encounters.length).toBeGreaterThan(0);
  });

  it('refuses a file with errors, pointing at validate', async () => {
    writeFileSync(join(dir, 'bad.service.yaml'), 'frontstage: 1\nservice: { id: x }\n');
    const r = await runCli(['inspect', 'bad.service.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('run `frontstage validate bad.service.yaml`');
  });

  it('answers --json with JSON on stdout when it fails: the errors with positions, or what went wrong', async () => {
    writeFileSync(join(dir, 'typo.service.yaml'), 'frontstage: 1\nservice: { id: x, name: X }\nstagez: []\n');
    const bad = await runCli(['inspect', '--json', 'typo.service.yaml'], { cwd: dir });
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout);
    expect(report).toMatchObject({ ok: false, exitCode: 1 });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: 'typo.service.yaml',
        line: 3,
        column: 1,
        code: 'FS101',
        hint: 'Did you mean `stages`?',
      }),
    ]);
    const missing = await runCli(['inspect', '--json', '--lang', 'zh-CN', 'nope.service.yaml'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({
      ok: false,
      exitCode: 1,
      error: expect.stringContaining('nope.service.yaml'),
    });
    const human = await runCli(['inspect', 'typo.service.yaml'], { cwd: dir });
    expect(human.stdout).toBe('');
  });
});
