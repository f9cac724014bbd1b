import { dirname, join, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ExitCode } from './io.js';
import { run } from './program.js';

/** The repository root, for examples/ and the built binary. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES = join(REPO, 'examples');

export interface RunResult {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/**
 * Runs the CLI in-process with captured output. The environment is empty unless given, so the default
 * language is English whatever the machine's LANG is.
 */
export async function runCli(
  argv: readonly string[],
  options: {
    cwd?: string;
    input?: string;
    isTTY?: boolean;
    env?: Record<string, string | undefined>;
  } = {},
): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = new PassThrough();
  stdin.end(options.input ?? '');
  const code = await run(argv, {
    stdout,
    stderr,
    stdin,
    cwd: options.cwd ?? REPO,
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
