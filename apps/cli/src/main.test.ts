import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, REPO } from './run.test-util.js';
import { tempDir } from './temp.test-util.js';

/** End-to-end runs of the built binary (`npm run build` first; `npm test` does). */
const BIN = join(REPO, 'apps/cli/dist/main.js');

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

function frontstage(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    input: '',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built frontstage binary', () => {
  it('exits 0 for valid examples, 1 for invalid input, 2 for usage errors', () => {
    const ok = frontstage(['validate', join(EXAMPLES, 'property-repair.service.yaml')]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const missing = frontstage(['validate', 'nope.service.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.service.yaml: no such file');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(frontstage(['nope']).code).toBe(2);
    expect(frontstage(['render']).code).toBe(2);
  });

  it('follows LANG for the default language', () => {
    const zh = frontstage(['validate', 'nope.service.yaml'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toContain('nope.service.yaml：文件不存在');
    const en = frontstage(['validate', 'nope.service.yaml'], { LANG: 'en_GB.UTF-8' });
    expect(en.stderr).toContain('no such file');
  });

  it('renders a PNG and refuses a directory target', () => {
    const r = frontstage([
      'render',
      join(EXAMPLES, 'airline.service.yaml'),
      '--view',
      'journey',
      '-o',
      'airline.png',
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'airline.png')).subarray(1, 4).toString()).toBe('PNG');
    mkdirSync(join(dir, 'out'));
    const d = frontstage(['render', join(EXAMPLES, 'airline.service.yaml'), '-o', 'out']);
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('out: is a directory');
  });

  it('init --yes writes a file that validate accepts', () => {
    expect(frontstage(['init', '--yes', '--id', 'e2e-service']).code).toBe(0);
    expect(frontstage(['validate', 'e2e-service.service.yaml']).code).toBe(0);
  });
});
