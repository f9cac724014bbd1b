import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../run.test-util.js';
import { tempDir } from '../temp.test-util.js';

let dir = '';
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

describe('frontstage init', () => {
  it('--yes writes a commented file that validates', async () => {
    const r = await runCli(['init', '--yes'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'my-service.service.yaml'), 'utf8');
    expect(text).toContain('frontstage: 1');
    for (let n = 1; n <= 7; n++) expect(text).toContain(`# Step ${n}:`);
    const v = await runCli(['validate', 'my-service.service.yaml'], { cwd: dir });
    expect(v.stdout).toContain('my-service.service.yaml: no problems');
    expect(v.code).toBe(0);
  });

  it('takes flags and refuses to overwrite without --force', async () => {
    const args = [
      'init',
      'hotel.service.yaml',
      '--yes',
      '--id',
      'hotel-checkin',
      '--name',
      '酒店入住',
      '--steps',
      'Arrives at the hotel; Checks in; Goes to the room',
      '--lane',
      'PMS',
    ];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, 'hotel.service.yaml'), 'utf8');
    expect(text).toContain('id: hotel-checkin');
    expect(text).toContain('- id: checks-in');
    expect(text).toContain('zone: support');
    const again = await runCli(args, { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('hotel.service.yaml: already exists; add --force');
    expect((await runCli([...args, '--force'], { cwd: dir })).code).toBe(0);
    const v = await runCli(['validate', 'hotel.service.yaml'], { cwd: dir });
    expect(v.code).toBe(0);
  });

  it('reads an answers file', async () => {
    writeFileSync(
      join(dir, 'answers.json'),
      JSON.stringify({
        id: 'clinic',
        name: { 'zh-CN': '门诊', en: 'Clinic' },
        steps: [{ customer: 'Books', frontstage: 'Confirms', evidence: 'SMS' }, 'Visits'],
      }),
    );
    const r = await runCli(['init', '--yes', '--answers', 'answers.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'clinic.service.yaml'), 'utf8');
    expect(text).toContain('name: { zh-CN: "门诊", en: "Clinic" }');
    expect(text).toContain('evidence: ["SMS"]');
    writeFileSync(join(dir, 'bad.json'), '{"id": 3, "colour": 1}');
    const bad = await runCli(['init', '--yes', '--answers', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: not valid answers JSON');
  });

  it('rejects a bad id as a usage error and needs --yes without a terminal', async () => {
    expect((await runCli(['init', '--yes', '--id', 'Bad Id'], { cwd: dir })).code).toBe(2);
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(existsSync(join(dir, 'my-service.service.yaml'))).toBe(false);
  });

  it('interviews in Chinese, one section per blueprinting step', async () => {
    const answers = [
      'repair', // id
      '家电维修', // name
      '家庭用户', // customers
      '准时；一次修好', // expectations
      'BP-HA-001', // number
      '', // custom lane
      '预约；等待上门；验收付款', // customer steps
      '客服中心', // frontstage owner
      '', // backstage owner
      '客服确认', // frontstage ×3
      '',
      '维修',
      '', // backstage ×3
      '派工',
      '',
      '', // support ×3
      '备件库',
      '',
      '预约短信', // evidence ×3
      '工牌',
      '发票',
    ].join('\n');
    const r = await runCli(['init', '--lang', 'zh-CN'], { cwd: dir, isTTY: true, input: `${answers}\n` });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第 1 步（共 7 步）：确定服务及其顾客');
    expect(r.stdout).toContain('第 7 步（共 7 步）：加入有形展示');
    const text = readFileSync(join(dir, 'repair.service.yaml'), 'utf8');
    expect(text).toContain('customer: "等待上门"');
    expect(text).toContain('support: "备件库"');
    expect(text).toContain('department: "客服中心"');
    expect(text).toContain('# 第 4 步：描绘顾客行为流程');
    expect((await runCli(['validate', 'repair.service.yaml'], { cwd: dir })).code).toBe(0);
  });
  it('stops without writing when the input ends mid-interview (Ctrl-D), and names the owner in per-step questions', async () => {
    const early = await runCli(['init', 'early.service.yaml'], {
      cwd: dir,
      isTTY: true,
      input: 'hotel\nHotel\n',
    });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Ctrl-D');
    expect(existsSync(join(dir, 'early.service.yaml'))).toBe(false);

    const answers = [
      'hotel',
      'Hotel stay',
      'Guests',
      '',
      '',
      '',
      'Arrive; Check in',
      'Reception',
      'Housekeeping',
    ];
    const blanks = Array.from({ length: 8 }, () => '');
    const r = await runCli(['init', 'hotel.service.yaml'], {
      cwd: dir,
      isTTY: true,
      input: `${[...answers, ...blanks].join('\n')}\n`,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Arrive": what does Reception do, in sight of the customer?');
    expect(r.stdout).toContain('"Check in": what does Housekeeping do backstage, out of sight?');
    const text = readFileSync(join(dir, 'hotel.service.yaml'), 'utf8');
    expect(text).toContain('department: "Reception"');
    expect(text).toContain('department: "Housekeeping"');
    expect((await runCli(['validate', 'hotel.service.yaml'], { cwd: dir })).code).toBe(0);
  });
});
