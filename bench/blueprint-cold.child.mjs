// One cold run, in a fresh process, as a CLI user meets it: `ours` times parse + validate + lay out + SVG bytes of a
// generated blueprint; `elk` builds the same graph (from our layout, untimed) and times elkjs laying it out once.
// Prints the milliseconds. Used by blueprint.bench.mjs; run: node bench/blueprint-cold.child.mjs ours|elk <steps>
import { performance } from 'node:perf_hooks';

const [side, stepsArg] = process.argv.slice(2);
const steps = Number(stepsArg);
const model = await import('@frontstage/model');
const render = await import('@frontstage/render');
const yaml = model.generateServiceFile({ steps, seed: 1 });
const writeSvg = render.toSvgBytes ?? render.toSvg;
if (side === 'ours') {
  const t = performance.now();
  const parsed = model.validateServiceFile(yaml);
  const layout = render.layoutBlueprint(parsed.model, { locale: 'zh-CN' });
  writeSvg(render.blueprintScene(layout, layout.header.title));
  console.log(performance.now() - t);
} else {
  const { elkGraph } = await import('./elk-graph.mjs');
  const layout = render.layoutBlueprint(model.validateServiceFile(yaml).model, { locale: 'zh-CN' });
  const graph = elkGraph(layout);
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  const elk = new ELK();
  const t = performance.now();
  await elk.layout(graph);
  console.log(performance.now() - t);
}
