import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalyzeReport } from './report.js';
import { runCli } from './run-cli.test-util.js';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const DATA = 'examples/data/airline-passenger-satisfaction-600.csv';
const SERVICE = 'examples/airline.service.yaml';

/** Independent reading of the (unquoted) airline file. */
function airline(): { header: string[]; rows: string[][] } {
  const lines = readFileSync(join(ROOT, DATA), 'utf8').trim().split(/\r?\n/);
  return { header: lines[0]!.split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

const RATINGS = [
  'inflight_wifi_service',
  'departure_arrival_time_convenient',
  'ease_of_online_booking',
  'gate_location',
  'food_and_drink',
  'online_boarding',
  'seat_comfort',
  'inflight_entertainment',
  'onboard_service',
  'leg_room_service',
  'baggage_handling',
  'checkin_service',
  'inflight_service',
  'cleanliness',
];

/** Point-biserial correlation of a rating (0 and NA excluded) with satisfied = 1. */
function pointBiserial(col: string): number {
  const { header, rows } = airline();
  const j = header.indexOf(col);
  const y = header.indexOf('satisfaction');
  const xs: number[] = [];
  const ys: number[] = [];
  for (const r of rows) {
    const v = r[j]!;
    if (v === 'NA' || v === '0' || v === '') continue;
    xs.push(Number(v));
    ys.push(r[y] === 'satisfied' ? 1 : 0);
  }
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

async function analyzeJson(args: string[], cwd = ROOT): Promise<AnalyzeReport> {
  const r = await runCli(['analyze', ...args, '--json'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as AnalyzeReport;
}

describe('frontstage analyze on the airline sample', () => {
  it('excludes zeros as not applicable and NA tokens, counted per column; n per column adds up', async () => {
    const rep = await analyzeJson([DATA, '--outcome', 'satisfaction']);
    const { header, rows } = airline();
    expect(rep.rows.read).toBe(600);
    for (const col of RATINGS) {
      const j = header.indexOf(col);
      const zeros = rows.filter((r) => r[j] === '0').length;
      const nas = rows.filter((r) => r[j] === 'NA').length;
      const c = rep.columns.find((x) => x.column === col)!;
      expect(c.role).toBe('rating');
      expect(c.excluded.not_applicable ?? 0).toBe(zeros);
      expect(c.excluded.na_token ?? 0).toBe(nas);
      const t = rep.touchpoints.find((x) => x.column === col)!;
      expect(t.n).toBe(600 - zeros - nas);
      expect(t.n).toBeGreaterThan(500);
      expect(t.mean).toBeGreaterThan(2.5);
      expect(t.mean).toBeLessThan(4.2);
      expect(t.ci.lo).toBeLessThan(t.mean);
      expect(t.csat).not.toBeNull();
    }
    // Zeros appear in these columns and the rule says so.
    expect(
      rep.rules.some((r) => r.en.startsWith('0 = not applicable') && r.en.includes('inflight_wifi_service')),
    ).toBe(true);
    // NA segments are reported, not dropped.
    const gender = rep.segments.find((s) => s.column === 'Gender')!;
    const gj = header.indexOf('Gender');
    expect(gender.excluded.na_token).toBe(rows.filter((r) => r[gj] === 'NA').length);
    expect(gender.levels.map((l) => l.label).sort()).toEqual(['Female', 'Male']);
    expect(rep.exclusions.length).toBeGreaterThan(5);
  });

  it('ranks the drivers of satisfaction the way the data supports', async () => {
    const rep = await analyzeJson([DATA, '--outcome', 'satisfaction']);
    expect(rep.outcome).toMatchObject({ kind: 'binary', positive: ['satisfied'], n: 600 });
    const d = rep.drivers!;
    expect(d.items).toHaveLength(14);
    expect(d.r2).toBeGreaterThan(0.2);
    const byR = [...RATINGS].sort((a, b) => pointBiserial(b) - pointBiserial(a));
    // online_boarding carries by far the strongest correlation; it must lead.
    expect(byR[0]).toBe('online_boarding');
    expect(d.items[0]!.column).toBe('online_boarding');
    // The top three drivers are all among the five strongest correlations, wifi included.
    const top5 = new Set(byR.slice(0, 5));
    for (const it of d.items.slice(0, 3)) expect(top5.has(it.column)).toBe(true);
    expect(top5.has('inflight_wifi_service')).toBe(true);
    expect(d.items.slice(0, 3).map((x) => x.column)).toContain('inflight_wifi_service');
    // Our r equals the independent point-biserial correlation.
    for (const it of d.items) expect(it.r).toBeCloseTo(pointBiserial(it.column), 10);
    // Weights sum to R²; shares to 1.
    expect(d.items.reduce((a, x) => a + x.weight, 0)).toBeCloseTo(d.r2, 10);
    expect(d.items.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 10);
    // IPA puts the top driver in a high-importance quadrant.
    const ob = rep.ipa!.items.find((x) => x.column === 'online_boarding')!;
    expect(['keep_up', 'concentrate_here']).toContain(ob.quadrant);
    expect(rep.momentsOfTruth.find((m) => m.column === 'online_boarding')?.classes).toContain(
      'high_perception',
    );
  });

  it.skipIf(!existsSync(join(ROOT, SERVICE)))(
    'names touchpoints and orders the journey from the service file',
    async () => {
      const rep = await analyzeJson([DATA, '--service', SERVICE, '--outcome', 'satisfaction']);
      for (const t of rep.touchpoints) expect(t.touchpoint).toBe(t.column);
      expect(rep.peakEnd?.order).toBe('service_journey');
      const classes = rep.momentsOfTruth.flatMap((m) => m.classes);
      expect(classes).toContain('first');
      expect(classes).toContain('end');
    },
  );

  it('compares segments with significance (--by)', async () => {
    const rep = await analyzeJson([DATA, '--by', 'type_of_travel']);
    const c = rep.comparison!;
    expect(c.test).toBe('two_levels');
    expect(c.levels.map((l) => l.label).sort()).toEqual(['Business travel', 'Personal Travel']);
    const ob = c.items.find((i) => i.column === 'online_boarding')!;
    expect(ob.levels[0]!.p).toBeLessThan(0.05);
    expect(ob.levels[0]!.p).toBeGreaterThan(0);
  });

  it('prints an aligned terminal report in English and Chinese', async () => {
    const en = await runCli(['analyze', DATA, '--outcome', 'satisfaction']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Key drivers of satisfaction');
    expect(en.stdout).toContain('not applicable');
    const zh = await runCli(['--lang', 'zh-CN', 'analyze', DATA, '--outcome', 'satisfaction']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('关键驱动因素');
    expect(zh.stdout).toContain('不适用');
  });
});

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'fs-analyze-'));
}

describe('dirty data', () => {
  const dirty =
    '\uFEFFid;Overall Satisfaction;NPS;effort;Segment;comment\r\n' +
    '1;5;10;7; Gold ;"fine; thanks"\r\n' +
    '2;4;9;6;gold;"said ""ok"""\r\n' +
    '3;7;0;1;SILVER;\r\n' +
    '4;abc;11;3;Silver  ;"multi\r\nline"\r\n' +
    '5;3.5;;NA;NA;x\r\n' +
    '6;1;6;2;  silver;y\r\n' +
    '7;2;8;5;Gold;z\r\n';

  it('excludes and counts by reason and column; normalises labels', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'dirty.csv'), dirty);
    // Declare scales in a mapping so out-of-range values are judged against them.
    writeFileSync(
      join(dir, 'map.yaml'),
      'columns:\n  Overall Satisfaction: { role: csat, scale: [1, 5] }\n  NPS: { role: nps }\n  effort: { role: ces }\n  Segment: { role: segment }\n',
    );
    const rep = await analyzeJson(['dirty.csv', '--map', 'map.yaml'], dir);
    expect(rep.file.delimiter).toBe(';');
    expect(rep.rows.read).toBe(7);
    const ex = (col: string) => rep.columns.find((c) => c.column === col)!.excluded;
    expect(ex('Overall Satisfaction')).toEqual({ out_of_range: 1, not_a_number: 1, not_an_integer: 1 });
    expect(ex('NPS')).toEqual({ out_of_range: 1, blank: 1 });
    expect(ex('effort')).toEqual({ na_token: 1 });
    expect(ex('Segment')).toEqual({ na_token: 1 });
    const seg = rep.segments.find((s) => s.column === 'Segment')!;
    expect(seg.levels).toEqual([
      { label: 'Gold', n: 3 },
      { label: 'SILVER', n: 3 },
    ]);
    const nps = rep.touchpoints.find((t) => t.column === 'NPS')!;
    expect(nps.n).toBe(5);
    expect(nps.nps!.nps).toBeCloseTo(((2 - 2) / 5) * 100, 10);
    const csat = rep.touchpoints.find((t) => t.column === 'Overall Satisfaction')!;
    expect(csat.n).toBe(4);
    expect(csat.csat!.value).toBeCloseTo(0.5, 10);
  });

  it('--strict stops at the first bad cell with row, column, value and expected', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'dirty.csv'), dirty);
    writeFileSync(join(dir, 'map.yaml'), 'columns:\n  Overall Satisfaction: { role: csat }\n');
    const r = await runCli(['analyze', 'dirty.csv', '--map', 'map.yaml', '--strict'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('row 4');
    expect(r.stderr).toContain('"Overall Satisfaction"');
    expect(r.stderr).toContain('"7"');
    expect(r.stderr).toContain('1–5');
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('--print-map writes a mapping that --map reads back to the same report', async () => {
    const a = await runCli(['analyze', DATA, '--print-map']);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('role: rating');
    const dir = tmp();
    writeFileSync(join(dir, 'm.yaml'), a.stdout);
    const viaMap = await analyzeJson([join(ROOT, DATA), '--map', join(dir, 'm.yaml')]);
    const suggested = await analyzeJson([DATA]);
    expect(viaMap.touchpoints).toEqual(suggested.touchpoints);
    expect(viaMap.exclusions).toEqual(suggested.exclusions);
  });

  it('names the file, line, field and fix of a bad mapping file (exit 1)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\ncolumns:\n  gate_location: { role: ratin }\n');
    const r = await runCli(['analyze', join(ROOT, DATA), '--map', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /bad\.yaml:3: columns\.gate_location\.role: invalid role "ratin"\. Fix: use one of: nps/,
    );
  });

  it('usage errors exit 2 with the nearest column; unreadable files exit 1', async () => {
    const a = await runCli(['analyze', DATA, '--outcome', 'satisfactoin']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('did you mean "satisfaction"');
    const b = await runCli(['analyze', 'nope.csv']);
    expect(b.code).toBe(1);
    expect(b.stderr).toBe('frontstage: nope.csv: no such file\n');
    const c = await runCli(['analyze']);
    expect(c.code).toBe(2);
    // With --json a script still gets JSON on stdout.
    const d = await runCli(['analyze', 'nope.csv', '--json']);
    expect(d.code).toBe(1);
    expect(JSON.parse(d.stdout)).toEqual({ ok: false, exitCode: 1, error: 'nope.csv: no such file' });
    const e = await runCli(['analyze', DATA, '--outcome', 'satisfactoin', '--json']);
    expect(JSON.parse(e.stdout)).toMatchObject({ ok: false, exitCode: 2 });
  });

  it('handles empty, header-only and corrupt files without a stack trace', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'head.csv'), 'a,b,nps\n');
    writeFileSync(join(dir, 'bad.xlsx'), 'this is not a zip file');
    const a = await runCli(['analyze', 'empty.csv'], { cwd: dir });
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('no header row');
    const b = await runCli(['analyze', 'head.csv', '--json'], { cwd: dir });
    expect(b.code).toBe(0);
    expect((JSON.parse(b.stdout) as AnalyzeReport).rows.read).toBe(0);
    const c = await runCli(['analyze', 'bad.xlsx'], { cwd: dir });
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/^frontstage: bad\.xlsx: /);
    expect(c.stderr.split('\n').length).toBeLessThanOrEqual(2);
    const d = await runCli(['analyze', '.'], { cwd: dir });
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('directory');
  });

  it('shows a progress bar only on a terminal and never with --json', async () => {
    const tty = await runCli(['analyze', DATA], { isTTY: true });
    expect(tty.code).toBe(0);
    const plain = await runCli(['analyze', DATA], { isTTY: false });
    expect(plain.stderr).toBe('');
    const json = await runCli(['analyze', DATA, '--json'], { isTTY: true });
    expect(json.stderr).toBe('');
    expect(tty.stderr === '' || tty.stderr.includes('rows')).toBe(true);
  });

  it('reads XLSX through the streaming reader with the same results as the CSV', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { header, rows } = airline();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('responses');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r.map((v) => (/^\d+$/.test(v) ? Number(v) : v)));
    const dir = tmp();
    await wb.xlsx.writeFile(join(dir, 'airline.xlsx'));
    const x = await analyzeJson(['airline.xlsx', '--outcome', 'satisfaction'], dir);
    const c = await analyzeJson([DATA, '--outcome', 'satisfaction']);
    expect(x.file.format).toBe('xlsx');
    expect(x.touchpoints).toEqual(c.touchpoints);
    expect(x.exclusions).toEqual(c.exclusions);
    expect(x.drivers).toEqual(c.drivers);
  });
});

describe('--html', () => {
  it('writes one self-contained page with every user text escaped', async () => {
    const dir = tmp();
    const evil = '<script>alert(1)</script>';
    const csv = `id,"${evil}",nps,segment\n1,4,10,"a&b"\n2,5,9,"<i>x</i>"\n3,2,3,"a&b"\n4,3,7,"<i>x</i>"\n`;
    writeFileSync(join(dir, 'e.csv'), csv);
    const r = await runCli(
      ['analyze', 'e.csv', '--html', 'out.html', '--outcome', 'nps', '--by', 'segment'],
      { cwd: dir },
    );
    expect(r.stderr).toContain('out.html');
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<i>x</i>');
    expect(html).toContain('&#60;script&#62;');
    // No external assets: the only URL is the SVG namespace.
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\/|<link|src=/);
    // Refuses to overwrite without --force.
    const again = await runCli(['analyze', 'e.csv', '--html', 'out.html'], { cwd: dir });
    expect(again.code).toBe(1);
    const forced = await runCli(['analyze', 'e.csv', '--html', 'out.html', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
  });

  it('draws the charts as inline SVG on the airline sample', async () => {
    const dir = tmp();
    const r = await runCli(
      ['analyze', join(ROOT, DATA), '--outcome', 'satisfaction', '--html', 'a.html', '--json'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(html).toContain('Key drivers of satisfaction');
    expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});
