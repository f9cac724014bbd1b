import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addSampleValue,
  DEFAULT_NA_TOKENS,
  emptySample,
  labelKey,
  type Mapping,
  parseMapping,
  suggestMapping,
} from './mapping.js';
import type { AnalyzeReport } from './report.js';
import { runCli } from './run-cli.test-util.js';

function suggest(headers: string[], rows: string[][], outcome?: string): Mapping {
  const na = new Set(DEFAULT_NA_TOKENS.map(labelKey));
  const samples = headers.map(() => emptySample());
  for (const r of rows) {
    for (let j = 0; j < headers.length; j++) addSampleValue(samples[j]!, r[j] ?? '', na);
  }
  return suggestMapping(headers, samples, rows.length, outcome ? { outcome } : {});
}

describe('suggestMapping', () => {
  it('reads NPS, CSAT and CES from English and Chinese names, scales from values', () => {
    const headers = [
      'Likelihood to recommend',
      '推荐意愿',
      'CSAT',
      '满意度',
      'Customer Effort',
      '办理容易程度',
      'wait_rating',
      'q7',
      'region',
      'age',
      'respondent_id',
    ];
    const rows = [
      ['9', '10', '4', '5', '6', '7', '0', '7', 'North', '34', '1001'],
      ['3', '0', '2', '1', '2', '1', '3', '1', 'south', '56', '1002'],
      ['7', '8', '5', '3', '7', '5', '5', '6', 'NA', '23', '1003'],
    ];
    const m = suggest(headers, rows);
    const role = (h: string) => m.columns.find((c) => c.column === h)!;
    expect(role('Likelihood to recommend')).toMatchObject({ role: 'nps', scale: [0, 10] });
    expect(role('推荐意愿')).toMatchObject({ role: 'nps', scale: [0, 10] });
    expect(role('CSAT')).toMatchObject({ role: 'csat', scale: [1, 5] });
    expect(role('满意度')).toMatchObject({ role: 'csat', scale: [1, 5] });
    expect(role('Customer Effort')).toMatchObject({ role: 'ces', scale: [1, 7] });
    expect(role('办理容易程度')).toMatchObject({ role: 'ces', scale: [1, 7] });
    // 0 on a 1–5 rating → not applicable, the rule is explicit in the mapping.
    expect(role('wait_rating')).toMatchObject({ role: 'rating', scale: [1, 5], notApplicable: [0] });
    expect(role('q7')).toMatchObject({ role: 'rating', scale: [1, 7], notApplicable: [] });
    expect(role('region').role).toBe('segment');
    expect(role('age').role).toBe('number');
    expect(role('respondent_id').role).toBe('ignore');
  });

  it('turns a two-label satisfaction column into the outcome with the non-negated label positive', () => {
    const m = suggest(
      ['overall satisfaction', 'x'],
      [
        ['satisfied', '1'],
        ['neutral or dissatisfied', '2'],
      ],
    );
    expect(m.outcome).toBe('overall satisfaction');
    expect(m.columns[0]).toMatchObject({ role: 'outcome', positive: ['satisfied'] });
  });

  it('pairs KANO and SERVQUAL columns by name', () => {
    const m = suggest(
      ['kano_wifi_functional', 'kano_wifi_dysfunctional', 'sq_e1', 'sq_p1'],
      [
        ['1', '5', '7', '5'],
        ['2', '4', '6', '6'],
      ],
    );
    expect(m.columns.map((c) => [c.role, c.feature ?? c.item])).toEqual([
      ['kano_functional', 'wifi'],
      ['kano_dysfunctional', 'wifi'],
      ['servqual_expectation', 1],
      ['servqual_perception', 1],
    ]);
  });
});

describe('parseMapping', () => {
  const headers = ['a', 'b', 'Seg'];
  it('accepts a valid file and ignores unlisted columns', async () => {
    const r = await parseMapping(
      'outcome: b\ncolumns:\n  a: { role: rating, scale: [1, 5], notApplicable: [0] }\n  b: nps\n',
      'm.yaml',
      headers,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.mapping.outcome).toBe('b');
    expect(r.mapping.columns.map((c) => c.role)).toEqual(['rating', 'nps', 'ignore']);
    expect(r.mapping.columns[1]!.scale).toEqual([0, 10]);
  });

  it.each([
    ['columns:\n  a: { role: rating, scale: [5, 1] }\n', 2, 'columns.a.scale'],
    ['columns:\n  zz: { role: rating }\n', 2, 'columns.zz'],
    ['version: 1\nfoo: 2\n', 2, 'foo'],
    ['columns:\n  a: { role: kano_functional }\n', 2, 'columns.a.feature'],
    ['columns: [\n', 2, '(yaml)'],
    ['outcome: nope\ncolumns:\n  a: rating\n', 1, 'outcome'],
  ])('names the line and field of %j', async (text, line, field) => {
    const r = await parseMapping(text, 'm.yaml', headers);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.field).toBe(field);
    expect(r.error.line).toBe(line);
    expect(r.error.fix.length).toBeGreaterThan(5);
  });
});

describe('KANO and SERVQUAL sections', () => {
  it('appear when such columns are mapped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fs-kano-'));
    const lines = ['id,kano_wifi_functional,kano_wifi_dysfunctional,sq_e1,sq_p1,sq_e5,sq_p5'];
    // Like/dislike (O) ×6, like/neutral (A) ×3, neutral/dislike (M) ×1.
    const pairs = [...Array(6).fill([1, 5]), ...Array(3).fill([1, 3]), [3, 5]];
    pairs.forEach(([f, d], i) => {
      lines.push(`${i},${f},${d},7,${5 + (i % 3)},6,${4 + (i % 2)}`);
    });
    writeFileSync(join(dir, 'k.csv'), `${lines.join('\n')}\n`);
    const r = await runCli(['analyze', 'k.csv', '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const rep = JSON.parse(r.stdout) as AnalyzeReport;
    expect(rep.kano).toHaveLength(1);
    expect(rep.kano[0]).toMatchObject({ feature: 'wifi', n: 10, categoryByMode: 'O' });
    expect(rep.kano[0]!.counts).toMatchObject({ O: 6, A: 3, M: 1 });
    expect(rep.kano[0]!.better).toBeCloseTo(0.9, 10);
    const sq = rep.servqual!;
    expect(sq.items.map((i) => [i.item, i.dimension, i.n])).toEqual([
      [1, 'tangibles', 10],
      [5, 'reliability', 10],
    ]);
    expect(sq.items[0]!.gap).toBeCloseTo((5 + 6 + 7 + 5 + 6 + 7 + 5 + 6 + 7 + 5) / 10 - 7, 10);
    const text = await runCli(['analyze', 'k.csv'], { cwd: dir });
    expect(text.stdout).toContain('KANO');
    expect(text.stdout).toContain('SERVQUAL');
  });
});

describe('numeric outcome', () => {
  it('uses a plain number column as the outcome of key drivers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fs-num-'));
    const lines = ['a,b,spend'];
    for (let i = 0; i < 60; i++) {
      const a = 1 + (i % 5);
      const b = 1 + ((i * 7) % 5);
      lines.push(`${a},${b},${a * 40 + b * 3 + (i % 3) * 0.5}`);
    }
    writeFileSync(join(dir, 'n.csv'), `${lines.join('\n')}\n`);
    const r = await runCli(['analyze', 'n.csv', '--outcome', 'spend', '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const rep = JSON.parse(r.stdout) as AnalyzeReport;
    expect(rep.outcome).toMatchObject({ column: 'spend', kind: 'score', n: 60 });
    expect(rep.drivers!.items[0]!.column).toBe('a');
  });
});
