import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../run.test-util.js';
import { tempDir } from '../temp.test-util.js';

let dir = '';
let cleanup = () => {};
const repair = join(EXAMPLES, 'property-repair.service.yaml');

/** Revision A/1 of the property-repair blueprint: a new SMS step, a reworded action, a touchpoint removed. */
function revise(text: string): string {
  return text
    .replace('  version: A/0', '  version: A/1')
    .replace(
      'text: { zh-CN: 派工, en: Dispatches a technician }',
      'text: { zh-CN: 智能派工, en: Dispatches by skill and distance }',
    )
    .replace(
      '      - id: confirm-time\n',
      [
        '      - id: sms-notice',
        '        customer: { text: { zh-CN: 收到派工短信, en: Gets the dispatch SMS }, touchpoint: job-sms }',
        '      - id: confirm-time',
        '',
      ].join('\n'),
    );
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'a1.service.yaml'), revise(readFileSync(repair, 'utf8')));
});
afterAll(() => cleanup());

describe('frontstage diff', () => {
  it('lists the changes from A/0 to A/1', async () => {
    const r = await runCli(['diff', repair, join(dir, 'a1.service.yaml')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A/0');
    expect(r.stdout).toContain('A/1');
    expect(r.stdout).toContain('sms-notice');
    expect(r.stdout).toContain('contact.frontstage');
    expect(r.stdout).toMatch(/\d+ added, \d+ removed, \d+ changed/);
  });

  it('prints JSON and says when nothing changed', async () => {
    const j = await runCli(['diff', '--json', repair, join(dir, 'a1.service.yaml')]);
    expect(j.code).toBe(0);
    const changes = JSON.parse(j.stdout);
    expect(JSON.stringify(changes)).toContain('sms-notice');
    const same = await runCli(['diff', repair, repair, '--lang', 'zh-CN']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('没有变更');
  });

  it('shows the other language, tagged, when a text changed only there', async () => {
    const source = readFileSync(repair, 'utf8');
    const edited = source.replace('name: { zh-CN: 付款, en: Payment }', 'name: { zh-CN: 付款, en: Paying }');
    expect(edited).not.toBe(source);
    writeFileSync(join(dir, 'en-only.service.yaml'), edited);
    const r = await runCli(['diff', repair, 'en-only.service.yaml', '--lang', 'zh-CN'], { cwd: dir });
    expect(r.stdout).toContain('~ payment: 名称（name） "Payment" → "Paying" (en)');
  });

  it('shows durations as durations, and field names in Chinese too under zh-CN', async () => {
    const source = readFileSync(repair, 'utf8');
    const edited = source.replace(
      'en: Waiting for the visit }, duration: 4h }',
      'en: Waiting for the visit }, duration: 2h }',
    );
    expect(edited).not.toBe(source);
    writeFileSync(join(dir, 'shorter-wait.service.yaml'), edited);
    const en = await runCli(['diff', repair, 'shorter-wait.service.yaml'], { cwd: dir });
    expect(en.stdout).toContain(
      '~ wait.customer: wait 4 h · "Waiting for the visit" → 2 h · "Waiting for the visit"',
    );
    const zh = await runCli(['diff', repair, 'shorter-wait.service.yaml', '--lang', 'zh-CN'], { cwd: dir });
    expect(zh.stdout).toContain('~ wait.customer: 等待点（wait） 4 小时 · "等待上门" → 2 小时 · "等待上门"');
  });

  it('exits 1 when a side does not parse, naming it', async () => {
    writeFileSync(join(dir, 'broken.service.yaml'), 'frontstage: 1\nservice: [\n');
    const r = await runCli(['diff', repair, 'broken.service.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.service\.yaml:\d+:\d+ error FS001 /m);
  });
});
