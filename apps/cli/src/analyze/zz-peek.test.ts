import { it } from 'vitest';
import { runCli } from '/work/main/apps/cli/src/analyze/run-cli.test-util.js';
it('peek', async () => {
  const args = (process.env.ARGS ?? '').split(' ').filter(Boolean);
  const r = await runCli(args);
  console.log(r.stdout.slice(0, 20000));
  console.log('STDERR', r.stderr, 'CODE', r.code);
});
