import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addServqual, emptyServqual, SERVQUAL_DIMENSIONS, servqual } from '@frontstage/metrics';
import { describe, expect, it } from 'vitest';
import type { AnalyzeReport } from './report.js';
import { runCli } from './run-cli.test-util.js';

/** A seeded survey: 22 expectation and 22 perception items (1–7, some blank) and a 100-point importance split. */
function survey(rows: number) {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const header = [
    'respondent_id',
    ...Array.from({ length: 22 }, (_, i) => `sq_e${i + 1}`),
    ...Array.from({ length: 22 }, (_, i) => `sq_p${i + 1}`),
    ...SERVQUAL_DIMENSIONS.map((d) => `sq_w_${d}`),
  ];
  const data: (number | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const score = () => (rnd() < 0.04 ? null : 1 + Math.floor(rnd() * 7));
    const e = Array.from({ length: 22 }, score);
    const p = Array.from({ length: 22 }, score);
    let points: (number | null)[];
    if (r === 3)
      points = [null, null, null, null, null]; // no split given
    else if (r === 5)
      points = [20, 20, 20, 20, 10]; // adds up to 90: invalid
    else {
      const cuts = [
        0,
        ...Array.from({ length: 4 }, () => Math.floor(rnd() * 101)).sort((a, b) => a - b),
        100,
      ];
      points = cuts.slice(1).map((c, i) => c - cuts[i]!);
    }
    data.push([r + 1, ...e, ...p, ...points]);
  }
  const csv = [
    header.join(','),
    ...data.map((row) => row.map((v) => (v === null ? '' : String(v))).join(',')),
  ];
  return { csv: `${csv.join('\n')}\n`, data };
}

describe('frontstage analyze: SERVQUAL with importance points', () => {
  it('maps the columns and reports what the metrics library computes from the same answers', async () => {
    const { csv, data } = survey(80);
    const dir = mkdtempSync(join(tmpdir(), 'fs-servqual-'));
    const file = join(dir, 'servqual.csv');
    writeFileSync(file, csv);
    const res = await runCli(['analyze', file, '--json']);
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout) as AnalyzeReport;
    const roles = new Map(report.columns.map((c) => [c.column, c.role]));
    expect(roles.get('sq_e1')).toBe('servqual_expectation');
    expect(roles.get('sq_p22')).toBe('servqual_perception');
    expect(roles.get('sq_w_empathy')).toBe('servqual_points');

    // The same answers straight through the library (independent of the mapping and the collector).
    let sums = emptyServqual();
    for (const row of data) {
      const points = row.slice(45, 50);
      sums = addServqual(sums, {
        expectations: row.slice(1, 23),
        perceptions: row.slice(23, 45),
        points: points.every((v) => v === null) ? null : points.map((v) => v ?? Number.NaN),
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
    // The points of the respondents who gave a valid split add up to 100 on average, dimension by dimension.
    const total = sq.dimensions.reduce((a, d) => a + (d.importance ?? 0), 0);
    expect(total).toBeCloseTo(100, 9);
  });

  it('names the missing dimension of a points column in a mapping file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fs-servqual-'));
    const file = join(dir, 'servqual.csv');
    writeFileSync(file, survey(5).csv);
    const map = join(dir, 'map.yaml');
    writeFileSync(map, 'version: 1\ncolumns:\n  sq_w_tangibles:\n    role: servqual_points\n');
    const res = await runCli(['analyze', file, '--map', map]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('columns.sq_w_tangibles.dimension');
    expect(res.stderr).toContain('tangibles | reliability');
  });
});
