import { parseDocument, LineCounter } from 'yaml';
import { parseServiceFile } from './dist/index.js';
for (const n of [5000, 20000, 80000]) {
  const src = 'frontstage: 1\n' + Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n');
  let t = performance.now();
  parseDocument(src, { lineCounter: new LineCounter(), uniqueKeys: false });
  const t1 = performance.now();
  parseServiceFile(src);
  const t2 = performance.now();
  console.log(n, 'yaml', (t1 - t).toFixed(0), 'ours', (t2 - t1).toFixed(0));
}
