/**
 * Worker entry of the two-thread CSV pass (see parallel.ts): parses bytes `[start, EOF)` of the file, which start
 * at a record boundary, into a fresh {@link Collector} with the main thread's mapping and options, and posts its
 * summaries back. Runs from the built code (dist/analyze/parse-worker.js).
 */
import { open } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { Collector } from './collect.js';
import { CsvParser } from './csv.js';
import type { ParseJob, WorkerMessage } from './parallel.js';
import { readRange } from './range.js';

async function main(job: ParseJob): Promise<void> {
  const port = parentPort!;
  // No header in this half: the collector counts from the first record on.
  const collector = new Collector(job.mapping, job.by !== undefined ? { by: job.by } : {}, false);
  const parser = new CsvParser(collector, job.delimiter).midStream();
  const f = await open(job.path, 'r');
  try {
    await readRange(f, parser, job.start, Number.POSITIVE_INFINITY, (bytes) => {
      port.postMessage({ type: 'progress', bytes, rows: collector.rows } satisfies WorkerMessage);
    });
    parser.end();
  } finally {
    await f.close();
  }
  const { mapping: _mapping, ...part } = collector.out;
  port.postMessage({
    type: 'done',
    part: { ...part, nonInteger: collector.nonInteger },
  } satisfies WorkerMessage);
}

// Spawned ahead of its job: it says when it is ready (modules loaded); the job is the first message.
parentPort?.postMessage({
  type: 'ready',
  at: performance.timeOrigin + performance.now(),
} satisfies WorkerMessage);
parentPort?.once('message', (job: ParseJob) => {
  main(job).catch((err: unknown) => {
    parentPort?.postMessage({
      type: 'error',
      message: err instanceof Error ? err.message : String(err),
    } satisfies WorkerMessage);
  });
});
