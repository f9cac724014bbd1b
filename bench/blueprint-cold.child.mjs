// One cold run, in a fresh process, as a CLI user meets it. `ours` reads a service file and times parse + validate
// + lay out + SVG bytes; `elk` reads the same blueprint's graph (JSON, built by the parent from our layout) and times
// elkjs laying it out once. Each process loads only its own side's code and does nothing else before the timed
// run, so no other work (such as generating the file) is still being compiled in the background while it runs.
// Prints the milliseconds. Used by blueprint.bench.mjs; run: node bench/blueprint-cold.child.mjs ours|elk <file>
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [side, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
if (side === 'ours') {
  const model = await import('@frontstage/model');
  const render = await import('@frontstage/render');
  const writeSvg = render.toSvgBytes ?? render.toSvg;
  const t = performance.now();
  const parsed = model.validateServiceFile(text);
  const layout = render.layoutBlueprint(parsed.model, { locale: 'zh-CN' });
  writeSvg(render.blueprintScene(layout, layout.header.title));
  console.log(performance.now() - t);
} else {
  const graph = JSON.parse(text);
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  const elk = new ELK();
  const t = performance.now();
  await elk.layout(graph);
  console.log(performance.now() - t);
}
