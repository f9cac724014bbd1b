/**
 * The two-thread CSV pass (parallel.ts) must give exactly the report of one pass. These tests run the worker from
 * the BUILT code (apps/cli/dist/analyze/parse-worker.js, which parallel.ts picks when it runs from the sources):
 * `npm test` builds first; when running Vitest directly, run `npm run build` after changing the analyze sources.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ParallelOutcome, parallelInternals } from './parallel.js';
import { runCli } from './run-cli.test-util.js';

const dir = mkdtempSync(join(tmpdir(), 'frontstage-parallel-'));
const mapFile = join(dir, 'map.yaml');
const HEADER = ['id', 'nps', 'rating', 'ces', 'amount', 'region', 'sat'];
const defaults = { ...parallelInternals };

beforeAll(() => {
  const built = new URL('../../dist/analyze/parse-worker.js', import.meta.url);
  if (!existsSync(built)) throw new Error('apps/cli/dist is not built: run `npm run build` first');
  writeFileSync(
    mapFile,
    [
      'version: 1',
      'naTokens: [NA]',
      'columns:',
      '  id: ignore',
      '  nps: nps',
      '  rating: { role: rating, scale: [1, 5] }',
      '  ces: { role: ces, scale: [1, 7], notApplicable: [0] }',
      '  amount: number',
      '  region: segment',
      '  sat: { role: outcome, positive: [yes] }',
      '',
    ].join('\n'),
  );
});

afterEach(() => {
  Object.assign(parallelInternals, defaults);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function analyzeJson(file: string, flags: readonly string[]): Promise<string> {
  const r = await runCli(['analyze', file, '--json', '--map', mapFile, ...flags]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The report of one pass and the report with the worker forced on (split search from `splitFrom`). */
async function bothWays(
  file: string,
  flags: readonly string[],
  splitFrom: number,
): Promise<{ single: string; split: string; outcome: ParallelOutcome }> {
  parallelInternals.minBytes = Number.POSITIVE_INFINITY;
  const single = await analyzeJson(file, flags);
  expect(parallelInternals.last).toBe('single');
  parallelInternals.minBytes = 0;
  parallelInternals.splitFrom = () => splitFrom;
  const split = await analyzeJson(file, flags);
  return { single, split, outcome: parallelInternals.last };
}

function rowsText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.join(',')).join('\n');
}

describe('analyze on two threads', () => {
  it('gives exactly the one-pass report for any CSV and any split point', async () => {
    const number = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 12 }).map(String) },
      fc.constantFrom(
        '',
        'NA',
        'n/a',
        ' 3',
        '4 ',
        '-1',
        '2.5',
        '"5"',
        '007',
        '1e1',
        'x',
        '"a\nb"',
        '"x\r\ny"',
      ),
    );
    const label = fc.constantFrom(
      'North',
      ' north ',
      'NORTH',
      'So  uth',
      'south',
      '"We,st"',
      '"we,ST"',
      '',
      'NA',
      '"multi\nline"',
      '"MULTI \n line"',
      '"say ""hi"""',
      'é',
      'É',
    );
    const yesNo = fc.constantFrom('yes', 'no', 'YES', ' no', '', 'NA', '"y\nes"');
    const fullRow = fc.tuple(
      fc.integer({ min: 1, max: 999 }).map(String),
      number,
      number,
      number,
      fc.oneof(fc.integer({ min: -50, max: 500 }).map(String), number),
      label,
      yesNo,
    );
    // Ragged rows: cut short or extended.
    const row = fc.oneof(
      { weight: 8, arbitrary: fullRow.map((r) => [...r]) },
      fc.tuple(fullRow, fc.integer({ min: 1, max: 6 })).map(([r, k]) => r.slice(0, k)),
      fc.tuple(fullRow, label).map(([r, x]) => [...r, x]),
    );
    const seen = new Map<ParallelOutcome, number>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(
          [],
          ['--by', 'region'],
          ['--outcome', 'sat'],
          ['--outcome', 'rating'],
          ['--outcome', 'amount'],
          ['--by', 'region', '--outcome', 'sat'],
        ),
        fc.integer({ min: 0, max: 1 << 30 }),
        fc.boolean(),
        async (rows, eol, bom, finalEol, flags, at, atNewline) => {
          const body = rowsText(rows).replaceAll('\n', eol);
          const text = `${bom ? '\uFEFF' : ''}${HEADER.join(',')}${eol}${body}${finalEol ? eol : ''}`;
          const file = join(dir, `p${n++}.csv`);
          writeFileSync(file, text);
          const bytes = Buffer.from(text);
          // Half of the runs search from a newline of the text (often one inside quotes), the others from anywhere.
          const newlines = [...bytes.keys()].filter((i) => bytes[i] === 0x0a);
          const from = atNewline ? (newlines[at % newlines.length] ?? 0) : at % (bytes.length + 1);
          const r = await bothWays(file, flags, from);
          seen.set(r.outcome, (seen.get(r.outcome) ?? 0) + 1);
          expect(r.split).toBe(r.single);
        },
      ),
      { numRuns: 60 },
    );
    // The property exercised the real split and the fallbacks, not only one of them.
    expect(seen.get('parallel')).toBeGreaterThan(0);
    expect((seen.get('fallback:boundary') ?? 0) + (seen.get('fallback:inexact') ?? 0)).toBeGreaterThan(0);
  });

  it('falls back when the newline at the split sits inside a quoted field, with the same report', async () => {
    const head = `${HEADER.join(',')}\n1,9,4,5,10,North,yes\n2,3,2,1,20,South,no\n`;
    const quoted = '3,10,5,7,30,"Multi\nLine",yes\n';
    const tail = '4,0,1,2,40,north,no\n5,7,3,0,50,multi line,yes\n6,8,,NA,60,"South",no\n';
    const file = join(dir, 'quoted.csv');
    writeFileSync(file, head + quoted + tail);
    // The first newline at or after this offset is the one inside "Multi\nLine".
    const at = Buffer.byteLength(head) + quoted.indexOf('\n');
    for (const flags of [[], ['--by', 'region', '--outcome', 'sat']]) {
      const r = await bothWays(file, flags, at);
      expect(r.outcome).toBe('fallback:boundary');
      expect(r.split).toBe(r.single);
      // A split at a real record boundary (the end of that row) is taken, with the same report.
      const ok = await bothWays(file, flags, Buffer.byteLength(head) + quoted.length - 1);
      expect(ok.outcome).toBe('parallel');
      expect(ok.split).toBe(r.single);
    }
  });

  it('falls back to one thread when the worker cannot start or fails', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `${i},${i % 11},${(i % 5) + 1},${i % 8},${i},r${i % 3},yes`,
    );
    const file = join(dir, 'fail.csv');
    writeFileSync(file, `${HEADER.join(',')}\n${rows.join('\n')}\n`);
    const throwing = join(dir, 'throwing-worker.mjs');
    writeFileSync(throwing, "throw new Error('worker failed on purpose');\n");
    const failing = join(dir, 'failing-worker.mjs');
    writeFileSync(
      failing,
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.postMessage({ type: 'ready' });\n" +
        "parentPort.once('message', () => { throw new Error('failed while parsing'); });\n",
    );
    const exiting = join(dir, 'exiting-worker.mjs');
    writeFileSync(
      exiting,
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.postMessage({ type: 'ready' });\n" +
        "parentPort.once('message', () => process.exit(3));\n",
    );
    for (const url of [
      pathToFileURL(throwing),
      pathToFileURL(failing),
      pathToFileURL(exiting),
      pathToFileURL(join(dir, 'no-such-worker.js')),
    ]) {
      parallelInternals.workerUrl = url;
      const r = await bothWays(file, ['--by', 'region'], 100);
      expect(r.outcome).toBe('fallback:worker');
      expect(r.split).toBe(r.single);
    }
  });

  it('falls back when the merged label set would pass the cap, with the same report', async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => `${i},5,3,4,1,label ${i},yes`);
    const file = join(dir, 'labels.csv');
    writeFileSync(file, `${HEADER.join(',')}\n${rows.join('\n')}\n`);
    const r = await bothWays(file, ['--by', 'region'], 20_000);
    expect(r.outcome).toBe('fallback:inexact');
    expect(r.split).toBe(r.single);
  });

  it('splits a large file where this thread is when the worker is ready, with the same report', async () => {
    // ~30 MB: the split is decided between 4 MiB chunks, once the worker is ready (no fixed split point here).
    const segs = ['North', ' north', 'SOUTH', 'south ', '"We,st"', 'NA', ''];
    const lines: string[] = [HEADER.join(',')];
    for (let i = 0; i < 600_000; i++) {
      lines.push(
        `${i},${i % 11},${(i % 7) - 1},${i % 8},${i % 100},${segs[(i * 7) % 7]},${i % 3 ? 'yes' : 'no'}`,
      );
    }
    lines.push('600000,"9\n",3,"4",5,"late\nlabel",yes');
    const file = join(dir, 'large.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    parallelInternals.minBytes = Number.POSITIVE_INFINITY;
    const single = await analyzeJson(file, ['--by', 'region', '--outcome', 'sat']);
    parallelInternals.minBytes = 0;
    const split = await analyzeJson(file, ['--by', 'region', '--outcome', 'sat']);
    // 'single' only when the worker was not ready before the end was near (a very busy machine).
    expect(['parallel', 'single']).toContain(parallelInternals.last);
    expect(split).toBe(single);
  });

  it('keeps --strict on one pass', async () => {
    const file = join(dir, 'strict.csv');
    writeFileSync(
      file,
      `${HEADER.join(',')}\n1,9,4,5,10,North,yes\n2,3,2,1,20,South,no\n3,11,2,1,20,South,no\n`,
    );
    parallelInternals.minBytes = 0;
    const r = await runCli(['analyze', file, '--json', '--map', mapFile, '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 4');
    expect(parallelInternals.last).toBe('single');
  });
});
