import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../run.test-util.js';
import { tempDir } from '../temp.test-util.js';

let dir = '';
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const examples = ['property-repair', 'bank-account-opening', 'airline'].map((n) =>
  join(EXAMPLES, `${n}.service.yaml`),
);

describe('frontstage validate', () => {
  it('passes every example with no errors and no warnings', async () => {
    const r = await runCli(['validate', '--json', ...examples]);
    const report = JSON.parse(r.stdout);
    expect(report.files.flatMap((f: { diagnostics: unknown[] }) => f.diagnostics)).toEqual([]);
    expect(report.errors).toBe(0);
    expect(r.code).toBe(0);
  });

  it('prints file:line:column, severity, code, message and hint for a broken file, and exits 1', async () => {
    const text = readFileSync(examples[0]!, 'utf8').replace(
      '      - id: contact\n',
      '      - id: contact\n        custmer: oops\n',
    );
    writeFileSync(join(dir, 'broken.service.yaml'), text);
    const r = await runCli(['validate', 'broken.service.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('custmer')) + 1;
    expect(r.stdout).toMatch(new RegExp(`^broken\\.service\\.yaml:${line}:9 error FS\\d+ .*custmer`, 'm'));
    expect(r.stdout).toMatch(/^ {2}hint: .*customer/m);
    expect(r.stdout).toMatch(/1 file\(s\) checked: [1-9]\d* error\(s\)/);
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    writeFileSync(join(dir, 'bad.service.yaml'), 'frontstage: 1\nservice:\n  id: Bad Id\n  name: x\n');
    const r = await runCli(['validate', '--lang', 'zh-CN', 'bad.service.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.service\.yaml:3:\d+ 错误 FS105 /m);
    expect(r.stdout).toContain('共检查 1 个文件');
  });

  it('exits 0 with warnings only', async () => {
    const text = readFileSync(examples[0]!, 'utf8');
    const withWarning = text.replace(
      '  - id: callback\n',
      '  - id: unused-touchpoint\n    name: Unused\n  - id: callback\n',
    );
    writeFileSync(join(dir, 'warn.service.yaml'), withWarning);
    const r = await runCli(['validate', 'warn.service.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/ warning TP301 /);
    expect(r.code).toBe(0);
  });

  it('names the file for a missing file, a directory and binary garbage, and still checks the rest', async () => {
    writeFileSync(join(dir, 'garbage.service.yaml'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a]));
    const r = await runCli(['validate', 'missing.service.yaml', '.', 'garbage.service.yaml', examples[2]!], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.service.yaml: no such file');
    expect(r.stderr).toContain('.: is a directory, not a file');
    expect(r.stderr).toContain('garbage.service.yaml: not a text file');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('4 file(s) checked: 3 error(s)');
  });

  it('reports YAML syntax errors with a position instead of crashing', async () => {
    writeFileSync(join(dir, 'syntax.service.yaml'), 'frontstage: 1\nservice: { id: x, name: [unclosed\n');
    const r = await runCli(['validate', 'syntax.service.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^syntax\.service\.yaml:\d+:\d+ error FS001 /m);
  });
});
