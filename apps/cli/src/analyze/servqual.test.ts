import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addServqual, emptyServqual, SERVQUAL_DIMENSIONS, servqual } from '@frontstage/metrics';
import { describe, expect, it } from 'vitest';
import type { AnalyzeReport } from './report.js';
import { runCli } from './run-cli.test-util.js';

type Cell = number | string | null;

/**
 * A seeded survey: 22 expectation and 22 perception items (1–7, some blank) and a 100-point importance split over
 * the five dimensions (columns `sq_w_<dimension>`). `dims` picks the points columns; `edit` changes rows.
 */
function survey(
  rows: number,
  options: { items?: number; dims?: readonly string[]; edit?: (r: number, row: Cell[]) => void } = {},
) {
  const items = options.items ?? 22;
  const dims = options.dims ?? SERVQUAL_DIMENSIONS;
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const header = [
    'respondent_id',
    ...Array.from({ length: items }, (_, i) => `sq_e${i + 1}`),
    ...Array.from({ length: items }, (_, i) => `sq_p${i + 1}`),
    ...dims.map((d) => `sq_w_${d}`),
  ];
  const data: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const score = () => (rnd() < 0.04 ? null : 1 + Math.floor(rnd() * 7));
    const e = Array.from({ length: items }, score);
    const p = Array.from({ length: items }, score);
    const cuts = [
      0,
      ...Array.from({ length: dims.length - 1 }, () => Math.floor(rnd() * 101)).sort((a, b) => a - b),
      100,
    ];
    const row: Cell[] = [r + 1, ...e, ...p, ...cuts.slice(1).map((c, i) => c - cuts[i]!)];
    options.edit?.(r, row);
    data.push(row);
  }
  const csv = [
    header.join(','),
    ...data.map((row) => row.map((v) => (v === null ? '' : String(v))).join(',')),
  ];
  return { csv: `${csv.join('\n')}\n`, data };
}

async function analyze(csv: string, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'fs-servqual-'));
  const file = join(dir, 'servqual.csv');
  writeFileSync(file, csv);
  const json = await runCli(['analyze', file, '--json', ...args]);
  expect(json.code, json.stderr).toBe(0);
  const text = await runCli(['analyze', file, ...args]);
  return { report: JSON.parse(json.stdout) as AnalyzeReport, text: text.stdout, dir, file };
}

describe('frontstage analyze: SERVQUAL with importance points', () => {
  it('maps the columns and reports what the metrics library computes from the same answers', async () => {
    const { csv, data } = survey(80, {
      edit: (r, row) => {
        if (r === 3) row.splice(45, 5, null, null, null, null, null); // no split given
        if (r === 5) row.splice(45, 5, 20, 20, 20, 20, 10); // adds up to 90: invalid
        if (r === 7) row.splice(45, 5, 60, 40, null, null, null); // blanks are 0: a valid split
      },
    });
    const { report, text } = await analyze(csv);
    const roles = new Map(report.columns.map((c) => [c.column, c.role]));
    expect(roles.get('sq_e1')).toBe('servqual_expectation');
    expect(roles.get('sq_p22')).toBe('servqual_perception');
    expect(roles.get('sq_w_empathy')).toBe('servqual_points');

    // The same answers straight through the library (independent of the mapping and the collector).
    let sums = emptyServqual();
    for (const row of data) {
      const points = row.slice(45, 50) as (number | null)[];
      const given = points.filter((v) => v !== null) as number[];
      sums = addServqual(sums, {
        expectations: row.slice(1, 23) as (number | null)[],
        perceptions: row.slice(23, 45) as (number | null)[],
        points:
          given.length === 0
            ? null
            : points.map((v) => v ?? (given.reduce((a, b) => a + b, 0) === 100 ? 0 : Number.NaN)),
      });
    }
    const expected = servqual(sums);
    const sq = report.servqual!;
    expect(sq.respondents).toBe(expected.respondents);
    expect(sq.items.map((i) => i.gap)).toEqual(expected.items.map((i) => i.gap.mean));
    expect(sq.unweighted).toBeCloseTo(expected.unweighted.score, 12);
    expect(sq.dimensions.map((d) => d.id)).toEqual([...SERVQUAL_DIMENSIONS]);
    expect(sq.dimensions.map((d) => d.importance)).toEqual(expected.dimensions.map((d) => d.importance));
    expect(sq.weighted?.score).toBeCloseTo(expected.weighted.score, 12);
    expect(sq.weighted?.n).toBe(expected.weighted.n);
    expect(sq.invalidPoints).toBe(1);
    expect(sq.pointsUnused).toBeNull();
    const total = sq.dimensions.reduce((a, d) => a + (d.importance ?? 0), 0);
    expect(total).toBeCloseTo(100, 9);
    expect(text).toContain('weighted score');
    expect(text).toContain('1 respondent(s) gave importance points that do not add up to 100');
  });

  it('says why points are not used when the items measure fewer dimensions than the points cover', async () => {
    // Items 1–9: tangibles and reliability only; points for all five.
    const { report, text } = await analyze(survey(30, { items: 9 }).csv);
    expect(report.servqual!.weighted).toBeNull();
    expect(report.servqual!.pointsUnused).toEqual({
      reason: 'extra',
      dimensions: ['responsiveness', 'assurance', 'empathy'],
    });
    expect(text).toContain('importance points not used');
  });

  it('says which dimension lacks a points column', async () => {
    const { report, text } = await analyze(
      survey(30, { dims: SERVQUAL_DIMENSIONS.slice(0, 4) }).csv,
      '--lang',
      'zh-CN',
    );
    expect(report.servqual!.pointsUnused).toEqual({ reason: 'missing', dimensions: ['empathy'] });
    expect(text).toContain('未使用重要性分配：移情性没有分配列');
  });

  it('keeps a points column whose sample holds a bad value, and counts that split as invalid', async () => {
    const { report } = await analyze(
      survey(40, {
        edit: (r, row) => {
          if (r === 2) row.splice(45, 5, 10, 10, 10, 150, -80);
          if (r === 4) row.splice(45, 5, 20, 20, 20, 'x', 40);
        },
      }).csv,
    );
    const roles = new Map(report.columns.map((c) => [c.column, c.role]));
    expect(roles.get('sq_w_assurance')).toBe('servqual_points');
    expect(roles.get('sq_w_empathy')).toBe('servqual_points');
    expect(report.servqual!.invalidPoints).toBe(2);
    expect(report.servqual!.weighted?.n).toBeGreaterThan(0);
  });

  it('names an invalid or missing dimension of a points column in a mapping file', async () => {
    const { dir, file } = await analyze(survey(5).csv);
    for (const [line, message] of [
      ['    role: servqual_points\n', 'needs its dimension'],
      ['    role: servqual_points\n    dimension: 6\n', 'invalid dimension "6"'],
    ] as const) {
      const map = join(dir, 'map.yaml');
      writeFileSync(map, `version: 1\ncolumns:\n  sq_w_tangibles:\n${line}`);
      const res = await runCli(['analyze', file, '--map', map]);
      expect(res.code).toBe(1);
      expect(res.stderr).toContain('columns.sq_w_tangibles.dimension');
      expect(res.stderr).toContain(message);
      expect(res.stderr).toContain('tangibles | reliability');
    }
  });
});
