// Blueprint pipeline vs elkjs. For generated blueprints of 50…1,000 steps, times our whole pipeline (parse YAML →
// validate → lay out → SVG) and, in the same run, elkjs's layered algorithm with orthogonal edge routing laying out
// the same graph (nodes = actions at the sizes our layout measured, edges = flows, one partition per step so ELK
// keeps time order in columns as our layout does). ELK gets layout only — no parsing, no SVG — so the ratio
// understates our lead. ELK runs in a worker so a run can be cut off; a cut-off run reports "> N s".
// Run: npm run bench -- blueprint   (after npm run build; imports packages/*/dist)
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

const SIZES = [50, 100, 200, 1000];
const OURS_RUNS = 7;
const ELK_RUNS = { 50: 5, 100: 3, 200: 3, 1000: 1 };
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
const { layoutBlueprint, renderBlueprint, toSvg } = render;

/**
 * A service file with `steps` steps in stages of 10: evidence, customer, frontstage and backstage actions in every
 * step, support in every other one, a decision every 7th step (its `else` loops back), fail and wait points. Used
 * only when @frontstage/model has no generateServiceFile (yet).
 */
function localServiceFile(steps) {
  const out = ['frontstage: 1', 'service:', '  id: bench', '  name: { zh-CN: 基准服务, en: Bench service }', 'stages:'];
  for (let s = 0; s < steps; s++) {
    if (s % 10 === 0) out.push(`  - id: stage-${s / 10}`, `    name: { zh-CN: 阶段${s / 10}, en: Stage ${s / 10} }`, '    steps:');
    out.push(
      `      - id: s${s}`,
      `        evidence: [{ zh-CN: 票据${s}, en: Receipt ${s} }]`,
      `        customer: { text: { zh-CN: 顾客提交第${s}项服务请求, en: Customer submits request ${s} }, touchpoint: tp${s % 13} }`,
      `        frontstage: { text: { zh-CN: 前台受理并登记${s}, en: Front desk records it }, duration: 5m${s % 5 === 0 ? ', fail: true' : ''} }`,
      `        backstage: { text: { zh-CN: 后台核对资料, en: Back office checks the file }${s % 4 === 0 ? ', wait: 10m' : ''} }`,
    );
    if (s % 2 === 0) out.push(`        support: { zh-CN: 系统生成工单${s}, en: System raises ticket ${s} }`);
    if (s % 7 === 6 && s + 1 < steps) {
      out.push(`        decide: { ask: { zh-CN: 资料齐全？, en: Complete? }, then: s${s + 1}, else: s${s - 3} }`);
    }
  }
  return `${out.join('\n')}\n`;
}

const generate =
  typeof model.generateServiceFile === 'function'
    ? (steps) => model.generateServiceFile({ steps, seed: 1 })
    : localServiceFile;

/** parse + validate (shape, references, lint) → lay out → scene → SVG. */
function pipeline(yaml) {
  const parsed = validateServiceFile(yaml);
  if (!parsed.ok) throw new Error(`generated file did not parse: ${JSON.stringify(parsed.diagnostics.slice(0, 3))}`);
  return toSvg(renderBlueprint(parsed.model, { locale: 'zh-CN' }));
}

function timeOurs(yaml) {
  for (let i = 0; i < 2; i++) pipeline(yaml); // warm-up: JIT and caches
  const times = [];
  let svg = '';
  for (let i = 0; i < OURS_RUNS; i++) {
    globalThis.gc?.();
    const t = performance.now();
    svg = pipeline(yaml);
    times.push(performance.now() - t);
  }
  return { ms: median(times), svg };
}

// ---- the same graph for ELK --------------------------------------------------------------------------------
/** Nodes: every action box at the size our layout measured; edges: every flow; partition: the action's column. */
function elkGraph(layout) {
  const boxes = layout.boxes.filter((b) => b.kind === 'action');
  const ids = new Set(boxes.map((b) => b.id));
  const children = boxes.map((b) => ({
    id: b.id,
    width: b.width,
    height: b.height,
    layoutOptions: { 'elk.partitioning.partition': String(b.col) },
  }));
  const edges = layout.flows
    .filter((f) => ids.has(f.from) && ids.has(f.to))
    .map((f, i) => ({ id: `e${i}`, sources: [f.from], targets: [f.to] }));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '16',
      'elk.layered.spacing.nodeNodeBetweenLayers': '32',
    },
    children,
    edges,
  };
}

const WORKER = `
const { parentPort } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const ELK = require('elkjs/lib/elk.bundled.js');
const elk = new ELK();
parentPort.on('message', async ({ graph, runs }) => {
  try {
    await elk.layout(structuredClone(graph)); // warm-up
    const times = [];
    for (let i = 0; i < runs; i++) {
      const g = structuredClone(graph);
      const t = performance.now();
      await elk.layout(g);
      times.push(performance.now() - t);
      parentPort.postMessage({ partial: times.slice() });
    }
    parentPort.postMessage({ times });
  } catch (e) {
    parentPort.postMessage({ error: String(e && e.stack || e) });
  }
});
`;

/** Median ms of ELK laying out `graph`, or `{ timeout }` if the warm-up plus the runs exceed the cap. */
function timeElk(graph, runs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true });
    let partial = [];
    const timer = setTimeout(() => {
      worker.terminate();
      resolve(
        partial.length
          ? { ms: median(partial), runs: partial.length, capped: true }
          : { timeout: ELK_TIMEOUT_S },
      );
    }, ELK_TIMEOUT_S * 1000);
    worker.on('message', (m) => {
      if (m.partial) partial = m.partial;
      if (m.error || m.times) {
        clearTimeout(timer);
        worker.terminate();
        if (m.error) reject(new Error(m.error));
        else resolve({ ms: median(m.times), runs: m.times.length });
      }
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    worker.postMessage({ graph, runs });
  });
}

// ---- run -----------------------------------------------------------------------------------------------------
console.log(`generator: ${generate === localServiceFile ? 'bench-local (model has no generateServiceFile yet)' : 'model.generateServiceFile'}`);
const rows = [];
for (const steps of SIZES) {
  const yaml = generateServiceFile({ steps, seed: 1 });
  const ours = timeOurs(yaml);
  const graph = elkGraph(ours.out.layout);
  const elk = await timeElk(graph, ELK_RUNS[steps] ?? 1);
  rows.push({
    steps,
    nodes: graph.children.length,
    edges: graph.edges.length,
    svgKb: ours.out.svg.length / 1024,
    ours: ours.ms,
    elk,
  });
  console.log(`  ${steps} steps done`);
}

const elkCell = (e) => (e.timeout ? `> ${e.timeout} s` : `${fmt(e.ms)}${e.capped ? '*' : ''}`);
const ratioCell = (r) =>
  r.elk.timeout ? `> ${((r.elk.timeout * 1000) / r.ours).toFixed(0)}×` : `${(r.elk.ms / r.ours).toFixed(1)}×`;
console.log(
  '\nsteps | actions | flows | SVG KB | ours: parse+validate+layout+SVG ms | elkjs layered+orthogonal layout ms | elk/ours',
);
console.log(
  '----: | ------: | ----: | -----: | ---------------------------------: | ---------------------------------: | -------:',
);
for (const r of rows) {
  console.log(
    `${String(r.steps).padStart(5)} | ${String(r.nodes).padStart(7)} | ${String(r.edges).padStart(5)} | ${r.svgKb.toFixed(0).padStart(6)} | ${fmt(r.ours).padStart(35)} | ${elkCell(r.elk).padStart(35)} | ${ratioCell(r).padStart(8)}`,
  );
}
const t100 = rows.find((r) => r.steps === 100).ours;
const t1000 = rows.find((r) => r.steps === 1000).ours;
const scaling = t1000 / t100;
console.log(
  `\nscaling: ours time(1000)/time(100) = ${scaling.toFixed(1)} (linear = 10, must be ≤ 15) ${scaling <= 15 ? 'OK' : 'FAIL'}`,
);
for (const steps of [200, 1000]) {
  const r = rows.find((x) => x.steps === steps);
  const ratio = r.elk.timeout ? Number.POSITIVE_INFINITY : r.elk.ms / r.ours;
  console.log(
    `goal: ≥ 20× faster than elkjs at ${steps} steps: ${ratio >= 20 ? 'met' : 'NOT met'} (${ratioCell(r)})`,
  );
}
console.log(
  `(* = cut off by the ${ELK_TIMEOUT_S} s cap after the runs shown; medians of ${OURS_RUNS} runs for ours after 2 warm-ups)`,
);
