import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run.test-util.js';

describe('frontstage program', () => {
  it('prints the package version for --version and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'apps/cli/package.json'), 'utf8')) as {
      version: string;
    };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('exits 2 for an unknown command, an unknown option and a missing argument', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect((await runCli(['validate', '--frob', 'x.yaml'])).code).toBe(2);
    const missing = await runCli(['validate']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing required argument');
  });

  it('exits 2 for an unknown language', async () => {
    const r = await runCli(['--lang', 'fr', 'validate', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown language 'fr'");
  });

  it('prints help in the chosen language and exits 0', async () => {
    const en = await runCli(['--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('validate');
    expect(en.stdout).toContain('Service blueprints');
    const zh = await runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toContain('服务蓝图');
    const sub = await runCli(['render', '--help', '--lang', 'zh-CN']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('绘制内容');
    expect(sub.stdout).toContain('用法：');
    expect(sub.stdout).toContain('选项：');
    expect(sub.stdout).toContain('显示命令帮助');
  });

  it('puts commander parse errors into Chinese', async () => {
    const r = await runCli(['validate', '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误：缺少必需的参数 “files”');
    const u = await runCli(['--lang', 'zh-CN', 'valdate', 'x']);
    expect(u.stderr).toContain('错误：未知命令 “valdate”');
    expect(u.stderr).toContain('是不是想写 validate');
  });
});
