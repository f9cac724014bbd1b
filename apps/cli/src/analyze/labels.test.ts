import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AnalyzeReport } from './report.js';
import { runCli } from './run-cli.test-util.js';
import { nameIn, touchpointCell } from './text.js';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const DATA = join(ROOT, 'examples/data/airline-passenger-satisfaction-600.csv');
const SERVICE = join(ROOT, 'examples/airline.service.yaml');

type Name = { 'zh-CN': string; en: string };
/** The touchpoint names as the service file writes them (read independently of the code under test). */
const NAMES: ReadonlyMap<string, Name> = new Map(
  (parse(readFileSync(SERVICE, 'utf8')) as { touchpoints: { id: string; name: Name }[] }).touchpoints.map(
    (t) => [t.id, t.name],
  ),
);
const HEADER = readFileSync(DATA, 'utf8').split(/\r?\n/, 1)[0]!.split(',');
/** Touchpoints of the service file that are columns of the CSV file. */
const BOUND = [...NAMES.keys()].filter((id) => HEADER.includes(id));

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The labels of a chart: each `<text>`, its wrapped lines joined, spaces removed. */
function chartLabels(svg: string): string[] {
  return (svg.match(/<text[^>]*>(?:(?!<\/text>)[\s\S])*<\/text>/g) ?? []).map((t) =>
    t.replace(/<[^>]+>/g, '').replace(/\s+/g, ''),
  );
}
/** True when a chart label shows `name` (in full, or cut with an ellipsis when `cut` is allowed). */
function shows(labels: readonly string[], name: string, cut = false): boolean {
  const n = xml(name).replace(/\s+/g, '');
  return labels.some(
    (l) => l === n || (cut && l.endsWith('…') && l.length > 2 && n.startsWith(l.slice(0, -1))),
  );
}
/** The SVG charts of a page, each as its text. */
function svgs(html: string): string[] {
  return html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
}

async function analyze(args: readonly string[]): Promise<string> {
  const r = await runCli(['analyze', DATA, '--outcome', 'satisfaction', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

async function html(args: readonly string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'fs-labels-'));
  const r = await runCli(['analyze', DATA, '--outcome', 'satisfaction', '--html', 'a.html', ...args], {
    cwd: dir,
  });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(join(dir, 'a.html'), 'utf8');
}

describe('touchpoint names from the service file', () => {
  it('the example binds most of its touchpoints to columns (the test has something to check)', () => {
    expect(BOUND.length).toBeGreaterThanOrEqual(10);
  });

  it('JSON: every item bound to a touchpoint carries the name as the service file writes it', async () => {
    const rep = JSON.parse(
      await analyze(['--service', SERVICE, '--by', 'customer_class', '--json']),
    ) as AnalyzeReport;
    const expectLabel = (x: { column: string; label?: unknown }) => {
      const name = NAMES.get(x.column);
      if (name) expect(x.label, x.column).toEqual(name);
      else expect(x.label, x.column).toBeUndefined();
    };
    // Existing fields stay.
    for (const t of rep.touchpoints) {
      expect(t.touchpoint).toBe(NAMES.has(t.column) ? t.column : null);
      expectLabel(t);
    }
    for (const c of rep.columns) expectLabel(c);
    expect(rep.drivers!.items.length).toBe(BOUND.length);
    for (const d of rep.drivers!.items) expectLabel(d);
    for (const i of rep.ipa!.items) expectLabel(i);
    expect(rep.momentsOfTruth.length).toBeGreaterThan(0);
    for (const m of rep.momentsOfTruth) expectLabel(m);
    for (const p of [...rep.peakEnd!.sequence, rep.peakEnd!.peak, rep.peakEnd!.end]) expectLabel(p);
    for (const it of rep.comparison!.items) expectLabel(it);
    expect(rep.touchpoints.filter((t) => t.label !== undefined).map((t) => t.column)).toEqual(
      expect.arrayContaining(BOUND),
    );
  });

  it('JSON without --service has no label field anywhere', async () => {
    const out = await analyze(['--by', 'customer_class', '--json']);
    expect(out).not.toContain('"label": {');
    const rep = JSON.parse(out) as AnalyzeReport;
    expect(rep.touchpoints.every((t) => !('label' in t))).toBe(true);
    expect(rep.drivers!.items.every((d) => !('label' in d))).toBe(true);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`terminal (${lang}): shows each name in ${lang} beside its column id`, async () => {
      const out = await analyze(['--service', SERVICE, '--lang', lang]);
      const other = lang === 'en' ? 'zh-CN' : 'en';
      const drivers = out.slice(out.indexOf(lang === 'en' ? 'Key drivers' : '关键驱动因素'));
      for (const id of BOUND) {
        const name = NAMES.get(id)!;
        // Name and id on the same table row.
        expect(drivers).toMatch(new RegExp(`${escapeRe(name[lang])}\\s+${id}\\s`));
        if (name[other] !== name[lang]) expect(out).not.toContain(name[other]);
      }
    });

    it(`HTML (${lang}): the charts use the names, the tables show name and id`, async () => {
      const page = await html(['--service', SERVICE, '--lang', lang]);
      const charts = svgs(page);
      expect(charts.length).toBeGreaterThanOrEqual(4);
      const [bar, driver, ipaChart, peak] = charts;
      for (const id of BOUND) {
        const name = NAMES.get(id)![lang];
        for (const chart of [bar!, driver!, ipaChart!]) {
          expect(shows(chartLabels(chart), name), `${name} in ${chart.slice(0, 200)}`).toBe(true);
          expect(chartLabels(chart)).not.toContain(id);
        }
        // The peak-end chart writes names under narrow points: it may cut a long one with an ellipsis.
        expect(shows(chartLabels(peak!), name, true), name).toBe(true);
        expect(chartLabels(peak!)).not.toContain(id);
        // Table cell: the name over the id.
        expect(page).toContain(`${xml(name)}<br><span class="id">${id}</span>`);
      }
    });
  }

  it('without --service the ids remain (terminal and charts)', async () => {
    const out = await analyze(['--lang', 'en']);
    for (const id of BOUND) expect(out).not.toContain(NAMES.get(id)!.en);
    const page = await html(['--lang', 'en']);
    const [bar, driver, ipaChart] = svgs(page);
    for (const id of BOUND) {
      for (const chart of [bar!, driver!, ipaChart!]) expect(shows(chartLabels(chart), id), id).toBe(true);
      expect(page).not.toContain(NAMES.get(id)!.en);
    }
    expect(page).not.toContain('class="id"');
  });

  it('escapes names in the page and falls back to the other language, then the id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fs-labels-'));
    writeFileSync(join(dir, 's.csv'), 'a,b,sat\n1,2,yes\n2,3,no\n3,4,yes\n4,5,no\n5,5,yes\n2,1,no\n');
    writeFileSync(
      join(dir, 's.yaml'),
      'frontstage: 1\ntouchpoints:\n  - { id: a, name: { en: "<b>A&B</b>" } }\n  - { id: b, name: { zh-CN: 乙 } }\n',
    );
    const r = await runCli(
      ['analyze', 's.csv', '--service', 's.yaml', '--outcome', 'sat', '--html', 'o.html', '--lang', 'zh-CN'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(join(dir, 'o.html'), 'utf8');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&#60;b&#62;A&#38;B&#60;/b&#62;'); // table cell, en name as the fallback
    expect(shows(chartLabels(svgs(page)[0]!), '<b>A&B</b>')).toBe(true);
    expect(shows(chartLabels(svgs(page)[0]!), '乙')).toBe(true);
    expect(nameIn({ column: 'c' }, 'en')).toBe('c');
    expect(nameIn({ column: 'c', label: { en: ' ' } }, 'zh-CN')).toBe('c');
    expect(nameIn({ column: 'c', label: 'Plain' }, 'zh-CN')).toBe('Plain');
    expect(touchpointCell({ column: 'c', touchpoint: 't', label: { en: 'T' } }, 'zh-CN')).toBe('T (t)');
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
