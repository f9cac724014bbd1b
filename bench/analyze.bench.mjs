// Bench: `frontstage analyze` on a generated 1,000,000-row survey CSV (~50 MB, 20 rating columns: 0–10, 1–5
// and 1–7, with blanks and NA), against DuckDB computing the same per-column counts, means and NPS, and against
// the physical floor: a bare byte loop that only counts digits into histograms. Uses the BUILT CLI
// (`npm run build` first). Data goes to bench/.data/ (gitignored).
// Every contender runs BENCH_RUNS times (default 5), interleaved; medians are compared (best shown too). Also shown,
// to tell what is physically reachable: `node -e ''`, the floor's loop as its own process, and a bare read of the file.
// Usage: node bench/analyze.bench.mjs [rows]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ROWS = Number(process.argv[2] ?? 1_000_000);
const dataDir = join(here, '.data');
const file = join(dataDir, `survey-${ROWS}.csv`);
const cli = process.env.FRONTSTAGE_BENCH_CLI ?? join(here, '..', 'apps', 'cli', 'dist', 'main.js');

/** The 20 rating columns: name and scale. 0–10 columns are NPS-style, the others ratings. */
const COLS = [];
for (let i = 0; i < 20; i++) {
  const kind = i % 3;
  if (kind === 0) COLS.push({ name: `q${String(i + 1).padStart(2, '0')}_recommend`, lo: 0, hi: 10 });
  else if (kind === 1) COLS.push({ name: `q${String(i + 1).padStart(2, '0')}_rating`, lo: 1, hi: 5 });
  else COLS.push({ name: `q${String(i + 1).padStart(2, '0')}_effort`, lo: 1, hi: 7 });
}

function generate() {
  mkdirSync(dataDir, { recursive: true });
  const fd = openSync(file, 'w');
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const segs = ['north', 'south', 'east', 'west'];
  let buf = `id,region,${COLS.map((c) => c.name).join(',')}\n`;
  for (let r = 1; r <= ROWS; r++) {
    let line = `${r},${segs[r & 3]}`;
    for (const c of COLS) {
      const u = rnd();
      if (u < 0.03) line += ',';
      else if (u < 0.04) line += ',NA';
      else line += `,${c.lo + Math.floor(rnd() * (c.hi - c.lo + 1))}`;
    }
    buf += `${line}\n`;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

/**
 * `frontstage analyze --json` as a process. `threads: 2` sets FRONTSTAGE_ANALYZE_THREADS=2 (the two-thread pass, off
 * by default; its report must equal the one-pass report byte for byte).
 */
function runOurs({ threads } = {}) {
  const t0 = performance.now();
  const env = threads === 2 ? { ...process.env, FRONTSTAGE_ANALYZE_THREADS: '2' } : process.env;
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'analyze', file, '--json'], {
    maxBuffer: 64 << 20,
    encoding: 'utf8',
    env,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`frontstage analyze exited ${r.status}`);
  }
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const sys = Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const report = JSON.parse(r.stdout);
  return { ms, cpuMs: (user + sys) * 1000, rssMb: rssKb / 1024, report, text: r.stdout };
}

async function runDuck() {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const aggs = COLS.flatMap((c) => {
    const q = `"${c.name}"`;
    const base = [`count(${q})`, `avg(${q})`];
    if (c.hi === 10) base.push(`(count_if(${q} >= 9) - count_if(${q} <= 6)) * 100.0 / count(${q})`);
    return base;
  });
  const types = `{${COLS.map((c) => `'${c.name}': 'INTEGER'`).join(', ')}, 'id': 'INTEGER', 'region': 'VARCHAR'}`;
  const sql = `SELECT ${aggs.join(', ')} FROM read_csv('${file}', header = true, nullstr = ['', 'NA'], types = ${types})`;
  const t0 = performance.now();
  const reader = await con.runAndReadAll(sql);
  const ms = performance.now() - t0;
  const row = reader.getRows()[0];
  const out = {};
  let k = 0;
  for (const c of COLS) {
    const n = Number(row[k++]);
    const mean = Number(row[k++]);
    const nps = c.hi === 10 ? Number(row[k++]) : null;
    out[c.name] = { n, mean, nps };
  }
  con.closeSync?.();
  return { ms, out };
}

/**
 * The same analysis as a process that imports only the analyze module (dist/analyze/run.js), not the whole CLI:
 * shows what `frontstage analyze` costs when program.ts loads commands lazily.
 */
function runEngine() {
  const run = pathToFileURL(join(dirname(cli), 'analyze', 'run.js')).href;
  const code =
    `const { runAnalyze } = await import(${JSON.stringify(run)});` +
    `process.exitCode = await runAnalyze(${JSON.stringify(file)}, { json: true }, { stdout: process.stdout,` +
    ` stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), isTTY: false }, 'en');`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    maxBuffer: 64 << 20,
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`analyze engine exited ${r.status}: ${r.stderr}`);
  return { ms };
}

/** Start-up cost of the CLI alone (node + every module program.js imports), to show where process time goes. */
function runStartup() {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`frontstage --help exited ${r.status}`);
  return { ms: performance.now() - t0 };
}

/** The floor's byte loop, also run as its own process (node start-up + read + loop) for the like-for-like view. */
const FLOOR_SRC = `(${floorLoop.toString()})(${JSON.stringify(file)})`;

function floorLoop(path) {
  const { openSync, readSync, closeSync } = process.getBuiltinModule?.('node:fs') ?? require('node:fs');
  const fd = openSync(path, 'r');
  const buf = new Uint8Array(1 << 20);
  const hist = new Float64Array(64 * 10);
  let col = 0;
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    for (let i = 0; i < n; i++) {
      const c = buf[i];
      if (c === 44) col++;
      else if (c === 10) col = 0;
      else if (c >= 48 && c <= 57) hist[(col & 63) * 10 + (c - 48)]++;
    }
  }
  closeSync(fd);
  return hist;
}

/** A process: `node <args>` timed from spawn to exit. */
function runProcess(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms: performance.now() - t0 };
}

/** Reading the file alone (1 MiB readSync, no parsing), in this process. */
function runRead() {
  const t0 = performance.now();
  const fd = openSync(file, 'r');
  const buf = new Uint8Array(1 << 20);
  let total = 0;
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    total += n;
  }
  closeSync(fd);
  return { ms: performance.now() - t0, total };
}

/** The floor in this process: the same loop the floor process runs. */
function runFloor() {
  const t0 = performance.now();
  const hist = floorLoop(file);
  return { ms: performance.now() - t0, total: hist.reduce((a, b) => a + b, 0) };
}

if (!existsSync(cli)) {
  console.error(`missing ${cli}: run \`npm run build\` first`);
  process.exit(1);
}
if (!existsSync(file)) {
  const t = performance.now();
  generate();
  console.log(`generated ${file} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const mb = statSync(file).size / 1e6;
console.log(`input: ${ROWS.toLocaleString('en')} rows × ${COLS.length} rating columns, ${mb.toFixed(1)} MB`);

// Warm the page cache so every contender reads from memory; then RUNS rounds, the contenders interleaved in each
// round (the machine is shared: load hits all of them alike), and the median of each (best in brackets).
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (runs) => {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const m = ms.length >> 1;
  return ms.length % 2 === 1 ? ms[m] : (ms[m - 1] + ms[m]) / 2;
};
const best = (runs) => Math.min(...runs.map((r) => r.ms));
runFloor();
const floors = [];
const ducks = [];
const ourRuns = [];
const twoRuns = [];
const startups = [];
const engines = [];
const nodes = [];
const reads = [];
const floorProcs = [];
for (let k = 0; k < RUNS; k++) {
  nodes.push(runProcess(['-e', '']));
  startups.push(runStartup());
  engines.push(runEngine());
  reads.push(runRead());
  floors.push(runFloor());
  floorProcs.push(runProcess(['-e', FLOOR_SRC]));
  ducks.push(await runDuck());
  ourRuns.push(runOurs());
  twoRuns.push(runOurs({ threads: 2 }));
}
const floor = { ms: median(floors), best: best(floors) };
const duck = { ms: median(ducks), best: best(ducks), out: ducks[0].out };
const ours = {
  ms: median(ourRuns),
  best: best(ourRuns),
  cpuMs: median(ourRuns.map((r) => ({ ms: r.cpuMs }))),
  rssMb: Math.max(...ourRuns.map((r) => r.rssMb)),
  report: ourRuns[0].report,
};
const two = {
  ms: median(twoRuns),
  best: best(twoRuns),
  cpuMs: median(twoRuns.map((r) => ({ ms: r.cpuMs }))),
  rssMb: Math.max(...twoRuns.map((r) => r.rssMb)),
};
const sameAsSingle = twoRuns.every((r) => r.text === ourRuns[0].text);
const startup = { ms: median(startups), best: best(startups) };
const engine = { ms: median(engines), best: best(engines) };
const nodeStart = { ms: median(nodes), best: best(nodes) };
const read = { ms: median(reads), best: best(reads) };
const floorProc = { ms: median(floorProcs), best: best(floorProcs) };

// Same answers?
let maxMeanDiff = 0;
let maxNpsDiff = 0;
let countsEqual = true;
for (const c of COLS) {
  const t = ours.report.touchpoints.find((x) => x.column === c.name);
  const d = duck.out[c.name];
  if (!t || t.n !== d.n) countsEqual = false;
  if (t) maxMeanDiff = Math.max(maxMeanDiff, Math.abs(t.mean - d.mean));
  if (t?.nps && d.nps !== null) maxNpsDiff = Math.max(maxNpsDiff, Math.abs(t.nps.nps - d.nps));
}

const row = (name, r, extra = '') =>
  console.log(
    `${name.padEnd(38)} ${r.ms.toFixed(0).padStart(6)} ms (best ${r.best.toFixed(0).padStart(4)})  ${(mb / (r.ms / 1000)).toFixed(0).padStart(5)} MB/s  ${extra}`,
  );
console.log(`median of ${RUNS} interleaved runs each (best in brackets)`);
row(
  'frontstage analyze (process, --json)',
  ours,
  `peak RSS ${ours.rssMb.toFixed(0)} MB, CPU ${ours.cpuMs.toFixed(0)} ms`,
);
row(
  'same, two threads (THREADS=2)',
  two,
  `peak RSS ${two.rssMb.toFixed(0)} MB, CPU ${two.cpuMs.toFixed(0)} ms`,
);
row('analyze module alone (process)', engine);
row('DuckDB read_csv + aggregates', duck);
row('floor: bare byte loop → digit hist', floor, '(in this process: no start-up)');
row('floor as a process (node + loop)', floorProc);
row('bare read of the file (in process)', read);
row("node -e '' (process start-up)", nodeStart);
row('frontstage --help (process)', startup);
console.log(
  `(analysis after CLI start-up ≈ ${(ours.ms - startup.ms).toFixed(0)} ms; start-up beyond bare node ≈ ${(startup.ms - nodeStart.ms).toFixed(0)} ms)`,
);
console.log('');
const rDuck = ours.ms / duck.ms;
const rFloor = ours.ms / floor.ms;
console.log(`ours/duckdb        = ${rDuck.toFixed(2)}  (goal < 1)          ${rDuck < 1 ? 'ok' : 'MISSED'}`);
console.log(
  `ours/floor         = ${rFloor.toFixed(2)}  (goal ≤ 3)          ${rFloor <= 3 ? 'ok' : 'MISSED'}`,
);
console.log(
  `ours/floor process = ${(ours.ms / floorProc.ms).toFixed(2)}  (like for like: both pay node start-up)`,
);
console.log(
  `lower bound        = ${((nodeStart.ms + floor.ms) / floor.ms).toFixed(2)}× floor for any node process doing the floor's work (node -e '' + floor)`,
);
console.log(
  `peak RSS           = ${ours.rssMb.toFixed(0)} MB  (goal ≤ 200 MB)   ${ours.rssMb <= 200 ? 'ok' : 'MISSED'}`,
);
console.log(
  `agreement with DuckDB: counts ${countsEqual ? 'equal' : 'DIFFER'}, max |Δmean| ${maxMeanDiff.toExponential(1)}, max |ΔNPS| ${maxNpsDiff.toExponential(1)}`,
);
console.log(
  `two threads: ${(two.ms / duck.ms).toFixed(2)}× DuckDB, ${(two.ms / floor.ms).toFixed(2)}× floor; report = one-thread report: ${sameAsSingle ? 'yes (byte for byte)' : 'NO'}`,
);
if (!countsEqual || maxMeanDiff > 1e-9 || maxNpsDiff > 1e-9 || !sameAsSingle) process.exitCode = 1;
