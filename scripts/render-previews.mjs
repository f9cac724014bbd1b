// Writes preview drawings (every chart, a generated blueprint, every example's blueprint and journeys) as SVG
// and PNG into a folder, for looking at what users see. Usage: npm run build && node scripts/render-previews.mjs [dir]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svgToPng } from '../packages/export/dist/index.js';
import { generateServiceModel, parseServiceFile } from '../packages/model/dist/index.js';
import {
  renderBarChart,
  renderBlueprint,
  renderDriverChart,
  renderIpaChart,
  renderJourney,
  renderKanoChart,
  renderPeakEndChart,
  toSvg,
} from '../packages/render/dist/index.js';

const dir = resolve(process.argv[2] ?? 'out/previews');
mkdirSync(dir, { recursive: true });
for (const locale of ['zh-CN', 'en']) {
  const tp = [
    { 'zh-CN': '报修热线', en: 'Repair hotline' },
    { 'zh-CN': 'App 预约', en: 'App booking' },
    { 'zh-CN': '上门服务', en: 'Home visit' },
    { 'zh-CN': '支付', en: 'Payment' },
    { 'zh-CN': '回访', en: 'Follow-up call' },
  ];
  const charts = {
    bar: renderBarChart(
      {
        title: { 'zh-CN': '各触点 CSAT', en: 'CSAT by touchpoint' },
        metric: 'CSAT (%)',
        items: tp.map((label, i) => ({
          label,
          value: [72, 65, 88, 54, 80][i],
          low: [66, 58, 84, 47, 74][i],
          high: [78, 72, 92, 61, 86][i],
          n: [210, 160, 190, 120, 90][i],
        })),
        domain: [0, 100],
        reference: { value: 70, label: { 'zh-CN': '目标 70', en: 'Target 70' } },
      },
      { locale },
    ),
    nps: renderBarChart(
      {
        title: 'NPS',
        items: tp.map((label, i) => ({
          label,
          value: [12, -8, 35, -22, 5][i],
          low: [4, -18, 27, -33, -6][i],
          high: [20, 2, 43, -11, 16][i],
        })),
        domain: [-100, 100],
      },
      { locale },
    ),
    ipa: renderIpaChart(
      {
        items: tp.map((label, i) => ({
          label,
          importance: [4.5, 3.6, 4.2, 4.7, 3.1][i],
          performance: [3.2, 3.9, 4.4, 2.9, 4.1][i],
        })),
      },
      { locale },
    ),
    kano: renderKanoChart(
      {
        items: tp.map((label, i) => ({
          label,
          better: [0.3, 0.72, 0.81, 0.25, 0.6][i],
          worse: [-0.78, -0.2, -0.66, -0.55, -0.15][i],
        })),
      },
      { locale },
    ),
    peakend: renderPeakEndChart(
      { points: tp.map((label, i) => ({ label, value: [-2, -1, 3, -4, 2][i] })) },
      { locale },
    ),
    drivers: renderDriverChart(
      { items: tp.map((label, i) => ({ label, weight: [0.08, 0.05, 0.16, 0.12, 0.03][i] })) },
      { locale },
    ),
  };
  for (const [name, scene] of Object.entries(charts))
    writeFileSync(join(dir, `chart-${name}-${locale}.svg`), toSvg(scene));
  const generated = generateServiceModel({ steps: 24, seed: 3 });
  writeFileSync(join(dir, `generated-24-${locale}.svg`), toSvg(renderBlueprint(generated, { locale })));
  // The example service files, through the real parser.
  const examples = new URL('../examples/', import.meta.url);
  for (const f of readdirSync(examples).filter((n) => n.endsWith('.service.yaml'))) {
    const parsed = parseServiceFile(readFileSync(new URL(f, examples), 'utf8'), { file: f });
    if (!parsed.ok) continue;
    const name = f.replace('.service.yaml', '');
    writeFileSync(
      join(dir, `example-${name}-blueprint-${locale}.svg`),
      toSvg(renderBlueprint(parsed.model, { locale })),
    );
    for (const j of parsed.model.journeys) {
      const scene = renderJourney(parsed.model, { locale, journey: j.id });
      writeFileSync(join(dir, `example-${name}-journey-${j.id}-${locale}.svg`), toSvg(scene));
    }
  }
}

const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));
for (const f of svgs) {
  const png = await svgToPng(readFileSync(join(dir, f), 'utf8'));
  writeFileSync(join(dir, f.replace(/\.svg$/, '.png')), png);
}
console.log(`${svgs.length} previews (SVG + PNG) in ${dir}`);
