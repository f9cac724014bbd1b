import { PassThrough } from 'node:stream';
import { run } from '../program.js';

/** Runs the CLI in-process with captured streams. */
export async function runCli(
  argv: readonly string[],
  options: { cwd?: string; stdin?: string; isTTY?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => {
    o += d.toString('utf8');
  });
  stderr.on('data', (d: Buffer) => {
    e += d.toString('utf8');
  });
  stdin.end(options.stdin ?? '');
  const code = await run(argv, {
    stdout,
    stderr,
    stdin,
    cwd: options.cwd ?? new URL('../../../../', import.meta.url).pathname,
    isTTY: options.isTTY ?? false,
    env: {},
  });
  return { code, stdout: o, stderr: e };
}
