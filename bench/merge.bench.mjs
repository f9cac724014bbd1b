// Bench: merging 10,000 daily score histograms (NPS, 0–10) into one with @frontstage/metrics (BUILT code:
// `npm run build` first), against the physical baseline: summing the same numbers from one flat Float64Array.
// Goal: well under 1 ms per merge of 10,000 histograms.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'packages', 'metrics', 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error(`missing ${dist}: run \`npm run build\` first`);
  process.exit(1);
}
const M = await import(pathToFileURL(dist).href);

const DAYS = 10_000;
const scale = M.NPS_SCALE;
const points = scale.max - scale.min + 1;
let seed = 7;
const rnd = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
};
const flat = new Float64Array(DAYS * points);
const hists = [];
for (let d = 0; d < DAYS; d++) {
  const counts = [];
  for (let p = 0; p < points; p++) {
    const c = Math.floor(rnd() * 40);
    counts.push(c);
    flat[d * points + p] = c;
  }
  hists.push(M.histogramFromCounts(scale, counts));
}

function time(fn, reps) {
  const samples = [];
  let sink = 0;
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    sink += fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1], min: samples[0], sink };
}

const viaBuilder = () => {
  const b = M.histogramBuilder(scale);
  for (let i = 0; i < hists.length; i++) M.mergeInto(b, hists[i]);
  return b.counts[10];
};
const viaMergeAll = () => M.mergeAllHistograms(scale, hists).counts[10];
const baseline = () => {
  const acc = new Float64Array(points);
  for (let d = 0; d < DAYS; d++) {
    const o = d * points;
    for (let p = 0; p < points; p++) acc[p] += flat[o + p];
  }
  return acc[10];
};

// Same answer?
const expect = baseline();
if (viaBuilder() !== expect || viaMergeAll() !== expect) {
  console.error('merge results differ from the baseline');
  process.exit(1);
}
for (let w = 0; w < 50; w++) {
  viaBuilder();
  viaMergeAll();
  baseline();
}
const REPS = 300;
const a = time(viaBuilder, REPS);
const b = time(viaMergeAll, REPS);
const c = time(baseline, REPS);
const us = (ms) => `${(ms * 1000).toFixed(0).padStart(6)} µs`;
console.log(`${DAYS.toLocaleString('en')} histograms × ${points} points, median of ${REPS} runs`);
console.log(`metrics mergeInto (builder)     ${us(a.median)}  (min ${us(a.min).trim()})`);
console.log(`metrics mergeAllHistograms      ${us(b.median)}  (min ${us(b.min).trim()})`);
console.log(`baseline: flat Float64Array sum ${us(c.median)}  (min ${us(c.min).trim()})`);
console.log(
  `builder/baseline = ${(a.median / c.median).toFixed(2)}, mergeAll/baseline = ${(b.median / c.median).toFixed(2)}`,
);
const ok = a.median < 1 && b.median < 1;
console.log(`goal: well under 1 ms per merge of ${DAYS.toLocaleString('en')}  ${ok ? 'ok' : 'MISSED'}`);
if (!ok) process.exitCode = 1;
