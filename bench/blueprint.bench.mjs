// Blueprint pipeline vs elkjs. For generated blueprints of 50…1,000 steps, times our whole pipeline (parse YAML →
// validate → lay out → SVG) and, in the same run, elkjs's layered algorithm with orthogonal edge routing laying out
// the same graph (nodes = action and evidence boxes at the sizes our layout measured, edges = flows with their
// labels, one partition per step so ELK keeps time order in columns as our layout does). Both sides start each
// timed run after a forced full GC (with --expose-gc, as `npm run bench` runs it). ELK gets layout only — no parsing, no SVG — so the ratio
// understates our lead. ELK runs in a worker so a run can be cut off; a cut-off run reports "> N s".
// Run: npm run bench -- blueprint   (after npm run build; imports packages/*/dist)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { elkGraph } from './elk-graph.mjs';

const SIZES = [50, 100, 200, 1000];
/** Rounds per size; each round times our pipeline OURS_PER_ROUND times, then ELK once (interleaved, so a load
 * swing on a shared machine hits both sides alike). */
const ROUNDS = { 50: 5, 100: 5, 200: 3, 1000: 3 };
const OURS_PER_ROUND = 7;
const ELK_TIMEOUT_S = Number(process.env.FRONTSTAGE_BENCH_ELK_TIMEOUT_S ?? 120);

const model = await import('@frontstage/model');
const render = await import('@frontstage/render');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

// ---- our pipeline ------------------------------------------------------------------------------------------
/** parse + validate: the model's validateServiceFile (parse + lint) if exported, else parseServiceFile (+ lint). */
const validateServiceFile =
  model.validateServiceFile ??
  ((yaml) => {
    const parsed = model.parseServiceFile(yaml);
    if (!parsed.ok || typeof model.lintServiceModel !== 'function') return parsed;
    return { ...parsed, diagnostics: [...parsed.diagnostics, ...model.lintServiceModel(parsed.model)] };
  });
const { blueprintScene, layoutBlueprint } = render;
/** The SVG file's bytes (what `frontstage render` writes), or the SVG string from an older build. */
const writeSvg = render.toSvgBytes ?? render.toSvg;
const svgBytes = (svg) => (typeof svg === 'string' ? Buffer.byteLength(svg) : svg.byteLength);

/**
 * A service file with `steps` steps in stages of 10: evidence, customer, frontstage and backstage actions in every
 * step, support in every other one, a decision every 7th step (its `else` loops back), fail and wait points. Used
 * only when @frontstage/model has no generateServiceFile (yet).
 */
function localServiceFile(steps) {
  const out = [
    'frontstage: 1',
    'service:',
    '  id: bench',
    '  name: { zh-CN: 基准服务, en: Bench service }',
    'stages:',
  ];
  for (let s = 0; s < steps; s++) {
    if (s % 10 === 0)
      out.push(
        `  - id: stage-${s / 10}`,
        `    name: { zh-CN: 阶段${s / 10}, en: Stage ${s / 10} }`,
        '    steps:',
      );
    out.push(
      `      - id: s${s}`,
      `        evidence: [{ zh-CN: 票据${s}, en: Receipt ${s} }]`,
      `        customer: { text: { zh-CN: 顾客提交第${s}项服务请求, en: Customer submits request ${s} }, touchpoint: tp${s % 13} }`,
      `        frontstage: { text: { zh-CN: 前台受理并登记${s}, en: Front desk records it }, duration: 5m${s % 5 === 0 ? ', fail: true' : ''} }`,
      `        backstage: { text: { zh-CN: 后台核对资料, en: Back office checks the file }${s % 4 === 0 ? ', wait: 10m' : ''} }`,
    );
    if (s % 2 === 0) out.push(`        support: { zh-CN: 系统生成工单${s}, en: System raises ticket ${s} }`);
    if (s % 7 === 6 && s + 1 < steps) {
      out.push(
        `        decide: { ask: { zh-CN: 资料齐全？, en: Complete? }, then: s${s + 1}, else: s${s - 3} }`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

const generate =
  typeof model.generateServiceFile === 'function'
    ? (steps) => model.generateServiceFile({ steps, seed: 1 })
    : localServiceFile;

/** parse + validate (shape, references, lint) → lay out → scene → SVG, timing each stage. */
function pipeline(yaml, keep = false) {
  const t0 = performance.now();
  const parsed = validateServiceFile(yaml);
  if (!parsed.ok)
    throw new Error(`generated file did not parse: ${JSON.stringify(parsed.diagnostics.slice(0, 3))}`);
  const t1 = performance.now();
  const layout = layoutBlueprint(parsed.model, { locale: 'zh-CN' });
  const t2 = performance.now();
  const svg = writeSvg(blueprintScene(layout, `${layout.header.title} — ${layout.header.subtitle}`));
  const t3 = performance.now();
  const times = { parse: t1 - t0, layoutMs: t2 - t1, draw: t3 - t2, total: t3 - t0 };
  // Timed runs keep only their times: holding every run's layout and SVG would grow the heap the next runs work in.
  return keep ? { layout, svg, ...times } : times;
}

function summarise(runs) {
  return {
    ms: median(runs.map((r) => r.total)),
    parse: median(runs.map((r) => r.parse)),
    layout: median(runs.map((r) => r.layoutMs)),
    draw: median(runs.map((r) => r.draw)),
  };
}

// ---- the same graph for ELK --------------------------------------------------------------------------------
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const ELK = require('elkjs/lib/elk.bundled.js');
const elk = new ELK();
parentPort.on('message', async ({ graph, gc }) => {
  try {
    const g = structuredClone(graph);
    // The same start as our side: a forced full collection just before the timed run, or none.
    if (gc) globalThis.gc?.();
    const t = performance.now();
    await elk.layout(g);
    parentPort.postMessage({ ms: performance.now() - t });
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.stack) || e) });
  }
});
`;

/** One ELK process (worker) per blueprint size; `once` lays the graph out and resolves its ms, or `timeout`. */
function elkRunner(graph) {
  const worker = new Worker(WORKER, { eval: true });
  let failure;
  worker.on('error', (e) => {
    failure = e;
  });
  return {
    once: (gc = true) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const timer = setTimeout(() => {
          worker.removeAllListeners('message');
          worker.terminate();
          resolve({ timeout: true });
        }, ELK_TIMEOUT_S * 1000);
        worker.once('message', (m) => {
          clearTimeout(timer);
          if (m.error) reject(new Error(m.error));
          else resolve({ ms: m.ms });
        });
        worker.postMessage({ graph, gc });
      }),
    close: () => worker.terminate(),
  };
}

// ---- run -----------------------------------------------------------------------------------------------------
console.log(
  `generator: ${generate === localServiceFile ? 'bench-local (model has no generateServiceFile yet)' : 'model.generateServiceFile'}`,
);
const rows = [];
for (const steps of SIZES) {
  const yaml = generate(steps);
  for (let i = 0; i < 2; i++) pipeline(yaml); // warm-up: JIT and caches
  const first = pipeline(yaml, true);
  const graph = elkGraph(first.layout);
  const elk = elkRunner(graph);
  const ours = [];
  const elkTimes = [];
  let capped = false;
  // ELK warm-up, unless a single layout already hits the cap.
  if ((await elk.once()).timeout) capped = true;
  for (let round = 0; round < (ROUNDS[steps] ?? 3) && !capped; round++) {
    for (let i = 0; i < OURS_PER_ROUND; i++) {
      globalThis.gc?.();
      ours.push(pipeline(yaml));
    }
    globalThis.gc?.();
    const e = await elk.once();
    if (e.timeout) capped = true;
    else elkTimes.push(e.ms);
  }
  // Steady state: the same interleaved rounds with no forced collection on either side (a long-running server).
  const steadyOurs = [];
  const steadyElk = [];
  for (let round = 0; round < (ROUNDS[steps] ?? 3) && !capped; round++) {
    for (let i = 0; i < OURS_PER_ROUND; i++) steadyOurs.push(pipeline(yaml).total);
    const e = await elk.once(false);
    if (e.timeout) capped = true;
    else steadyElk.push(e.ms);
  }
  await elk.close();
  while (ours.length < OURS_PER_ROUND) ours.push(pipeline(yaml));
  rows.push({
    steps,
    nodes: graph.children.length,
    edges: graph.edges.length,
    svgKb: svgBytes(first.svg) / 1024,
    ...summarise(ours),
    ours: summarise(ours).ms,
    elk: elkTimes.length ? { ms: median(elkTimes), capped } : { timeout: ELK_TIMEOUT_S },
    runs: { ours: ours.length, elk: elkTimes.length },
    steady: steadyElk.length ? { ours: median(steadyOurs), elk: median(steadyElk) } : undefined,
  });
  console.log(
    `  ${steps} steps done (ours ${ours.length} runs, elkjs ${elkTimes.length} runs after 1 warm-up)`,
  );
}

const elkCell = (e) => (e.timeout ? `> ${e.timeout} s` : `${fmt(e.ms)}${e.capped ? '*' : ''}`);
const ratio = (e, ms) =>
  e.timeout ? `> ${((e.timeout * 1000) / ms).toFixed(0)}×` : `${(e.ms / ms).toFixed(1)}×`;
const table = [
  [
    'steps',
    'boxes',
    'flows',
    'SVG KB',
    'parse+validate',
    'layout',
    'scene+SVG',
    'ours total ms',
    'elkjs layout ms',
    'elk/ours',
    'elk/our layout',
  ],
  ...rows.map((r) => [
    r.steps,
    r.nodes,
    r.edges,
    r.svgKb.toFixed(0),
    fmt(r.parse),
    fmt(r.layout),
    fmt(r.draw),
    fmt(r.ours),
    elkCell(r.elk),
    ratio(r.elk, r.ours),
    ratio(r.elk, r.layout),
  ]),
].map((row) => row.map(String));
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
console.log('');
table.forEach((row, i) => {
  console.log(`| ${row.map((cell, c) => cell.padStart(widths[c])).join(' | ')} |`);
  if (i === 0) console.log(`| ${widths.map((w) => `${'-'.repeat(w - 1)}:`).join(' | ')} |`);
});
const t100 = rows.find((r) => r.steps === 100).ours;
const t1000 = rows.find((r) => r.steps === 1000).ours;
const scaling = t1000 / t100;
console.log(
  `\nscaling: ours time(1000)/time(100) = ${scaling.toFixed(1)} (linear = 10; must be ≤ 15): ${scaling <= 15 ? 'OK' : 'FAIL'}`,
);
for (const steps of [200, 1000]) {
  const r = rows.find((x) => x.steps === steps);
  const x = r.elk.timeout ? Number.POSITIVE_INFINITY : r.elk.ms / r.ours;
  console.log(
    `goal: ours ≥ 20× faster than elkjs's layout at ${steps} steps: ${x >= 20 ? 'met' : 'NOT met'} (${ratio(r.elk, r.ours)})`,
  );
}
console.log('\nsteady state (same rounds, no forced GC on either side):');
console.log('| steps | ours ms | elkjs ms | elk/ours |');
console.log('| ----: | ------: | -------: | -------: |');
for (const r of rows) {
  if (!r.steady) continue;
  console.log(
    `| ${r.steps} | ${fmt(r.steady.ours)} | ${fmt(r.steady.elk)} | ${(r.steady.elk / r.steady.ours).toFixed(1)}× |`,
  );
}
console.log(
  `medians of interleaved rounds (${OURS_PER_ROUND} runs of ours, then 1 of elkjs, per round; warm-ups first);` +
    ` * = a later elkjs run hit the ${ELK_TIMEOUT_S} s cap. Informational: exit code 0 unless a run crashed.`,
);

// ---- cold: one run per fresh process, as a CLI user meets it ------------------------------------------------
const COLD_RUNS = Number(process.env.FRONTSTAGE_BENCH_COLD_RUNS ?? 5);
const child = new URL('./blueprint-cold.child.mjs', import.meta.url).pathname;
const coldDir = mkdtempSync(join(tmpdir(), 'frontstage-bench-'));
const coldOnce = (side, file) => {
  const r = spawnSync(process.execPath, [child, side, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold ${side} ${file}: ${r.stderr}`);
  return Number(r.stdout.trim());
};
console.log(`\ncold (first run in a fresh process; medians of ${COLD_RUNS}, interleaved):`);
console.log('| steps | ours cold ms | elkjs cold ms | elk/ours |');
console.log('| ----: | -----------: | ------------: | -------: |');
for (const steps of [200, 1000]) {
  // The inputs are written here, so each cold process only reads its file and runs its side.
  const yaml = generate(steps);
  const yamlFile = join(coldDir, `bench-${steps}.service.yaml`);
  writeFileSync(yamlFile, yaml);
  const layout = layoutBlueprint(validateServiceFile(yaml).model, { locale: 'zh-CN' });
  const graphFile = join(coldDir, `bench-${steps}.elk.json`);
  writeFileSync(graphFile, JSON.stringify(elkGraph(layout)));
  const ours = [];
  const elk = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    ours.push(coldOnce('ours', yamlFile));
    elk.push(coldOnce('elk', graphFile));
  }
  const o = median(ours);
  const e = median(elk);
  console.log(`| ${steps} | ${fmt(o)} | ${fmt(e)} | ${(e / o).toFixed(1)}× |`);
}
rmSync(coldDir, { recursive: true, force: true });
