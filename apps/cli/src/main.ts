#!/usr/bin/env node
import { run } from './program.js';

// `frontstage … | head` closes the pipe early: stop quietly instead of printing an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // A getter: opening stdin sets up a stream (a few ms), and most commands never read it.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
});
