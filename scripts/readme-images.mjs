// Regenerates the README's images with our own pipeline (the built CLI): `npm run build && node scripts/readme-images.mjs`.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { run } = await import(pathToFileURL(join(root, 'apps/cli/dist/program.js')).href);

const images = [
  {
    argv: ['render', 'examples/property-repair.service.yaml', '--view', 'blueprint', '--lang', 'zh-CN'],
    out: 'docs/images/property-repair-blueprint.png',
  },
];

let failed = 0;
for (const { argv, out } of images) {
  const code = await run([...argv, '--scale', '1.5', '-o', out], {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: root,
    isTTY: false,
    env: {},
  });
  if (code !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
