// `npm start` (after `npm run build`): validates every example, renders each one's blueprint and journey map
// to SVG, PNG and PDF under out/, writes out/index.html to browse them, and prints a short summary.
// It drives the built CLI in-process (apps/cli/dist), so what you see is exactly what `frontstage` produces.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out');
const examplesDir = join(root, 'examples');

let run;
try {
  ({ run } = await import(pathToFileURL(join(root, 'apps/cli/dist/program.js')).href));
} catch (err) {
  console.error(
    `The CLI is not built (${err instanceof Error ? err.message : err}). Run \`npm run build\` first.`,
  );
  process.exit(1);
}

/** Runs one CLI command in-process and returns its exit code and output. */
async function cli(argv) {
  let stdout = '';
  let stderr = '';
  const sink = (append) =>
    new Writable({
      write(chunk, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await run(argv, {
    stdout: sink((s) => {
      stdout += s;
    }),
    stderr: sink((s) => {
      stderr += s;
    }),
    stdin: process.stdin,
    cwd: root,
    isTTY: false,
    env: { LANG: 'en' },
  });
  return { code, stdout, stderr };
}

const started = performance.now();
mkdirSync(outDir, { recursive: true });
const files = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.service.yaml'))
  .sort();

const VIEWS = ['blueprint', 'journey'];
const FORMATS = ['svg', 'png', 'pdf'];
const results = [];
let failures = 0;

for (const file of files) {
  const path = join('examples', file);
  const name = basename(file, '.service.yaml');
  const checked = await cli(['validate', '--json', path]);
  let errors = 0;
  let warnings = 0;
  try {
    const report = JSON.parse(checked.stdout);
    errors = report.errors;
    warnings = report.warnings;
  } catch {
    errors = checked.code === 0 ? 0 : 1;
    process.stderr.write(checked.stderr);
  }
  const outputs = [];
  const problems = [];
  const jobs = VIEWS.flatMap((view) =>
    FORMATS.map(async (format) => {
      const target = join(outDir, `${name}-${view}.${format}`);
      const r = await cli(['render', path, '--view', view, '--format', format, '-o', target]);
      if (r.code === 0) outputs.push({ view, format, target });
      else problems.push(`${view} ${format}: ${r.stderr.trim()}`);
    }),
  );
  await Promise.all(jobs);
  if (errors > 0 || problems.length > 0) failures++;
  results.push({ file: path, name, errors, warnings, outputs, problems });
}

// out/index.html: one section per example, the SVGs embedded, PNG and PDF linked.
const esc = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const link = (target) => encodeURI(relative(outDir, target));
const sections = results
  .map((r) => {
    const views = VIEWS.map((view) => {
      const mine = r.outputs.filter((o) => o.view === view);
      const svg = mine.find((o) => o.format === 'svg');
      const links = FORMATS.map((f) => mine.find((o) => o.format === f))
        .filter(Boolean)
        .map((o) => `<a href="${link(o.target)}">${o.format.toUpperCase()}</a>`)
        .join(' · ');
      return `<figure><figcaption>${esc(view)} — ${links}</figcaption>${
        svg
          ? `<a href="${link(svg.target)}"><img src="${link(svg.target)}" alt="${esc(`${r.name} ${view}`)}"></a>`
          : ''
      }</figure>`;
    }).join('\n');
    return `<section><h2>${esc(r.file)}</h2><p>${r.errors} error(s), ${r.warnings} warning(s)</p>${views}</section>`;
  })
  .join('\n');
writeFileSync(
  join(outDir, 'index.html'),
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Frontstage examples</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2rem;color:#1f2937}
section{margin-bottom:3rem}figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.5rem}
img{max-width:100%;border:1px solid #e5e7eb;background:#fff}
</style></head><body>
<h1>Frontstage examples / 示例</h1>
<p>Rendered by <code>npm start</code> from <code>examples/*.service.yaml</code>.</p>
${sections}
</body></html>
`,
);

// Summary.
const width = Math.max(...results.map((r) => r.file.length));
console.log('\nFrontstage — examples validated and rendered\n');
for (const r of results) {
  const status = r.errors === 0 && r.problems.length === 0 ? 'ok  ' : 'FAIL';
  console.log(
    `  ${status} ${r.file.padEnd(width)}  ${r.errors} error(s), ${r.warnings} warning(s), ${r.outputs.length} file(s) rendered`,
  );
  for (const p of r.problems) console.log(`       ${p}`);
}
console.log(`\nOutput folder: ${outDir}`);
console.log(`Open in a browser: ${join(outDir, 'index.html')}`);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
process.exitCode = failures > 0 ? 1 : 0;
