/**
 * The two-thread CSV pass. For a large CSV file (not `--strict`: the row number of the first bad cell must stay
 * exact) a worker thread is spawned when the file is opened; this thread parses from byte 0 at once, and when the
 * worker is ready (checked between chunks) the bytes left are cut at a newline: the worker parses `[split, EOF)`
 * into its own {@link Collector} (same mapping and options) while this thread parses up to `split`; the worker's
 * summaries are then merged in exactly. The split is only taken when this thread's parser, having consumed
 * `[0, split)`, sits at a record boundary outside quotes (a newline may sit inside a quoted field), and the merge
 * only when it gives the same result as one pass (integer sums below 2^53, label sets within the cap); otherwise,
 * and whenever the worker cannot start or fails, the worker is dropped and this thread parses the rest itself:
 * the result is the same. The orchestration is in source.ts (`runSplit`), the worker in parse-worker.ts.
 */
import { existsSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { mergeServqual } from '@frontstage/metrics';
import { type Collected, MAX_LABELS, REASONS } from './collect.js';
import type { Mapping } from './mapping.js';

/** What the worker is asked to do. Plain data (structured clone). */
export interface ParseJob {
  readonly path: string;
  /** First byte of the worker's half: just after a newline. */
  readonly start: number;
  readonly delimiter: number;
  readonly mapping: Mapping;
  readonly by?: string;
}

/** The worker's summaries: {@link Collected} without the mapping, plus its non-integer flags. */
export type PartSummary = Omit<Collected, 'mapping'> & { readonly nonInteger: Uint8Array };

export type WorkerMessage =
  /** `at`: the worker's clock (`performance.timeOrigin + performance.now()`), to tell its start-up time. */
  | { readonly type: 'ready'; readonly at: number }
  | { readonly type: 'progress'; readonly bytes: number; readonly rows: number }
  | { readonly type: 'done'; readonly part: PartSummary }
  | { readonly type: 'error'; readonly message: string };

/** How the last CSV pass ran (for tests and diagnostics). */
export type ParallelOutcome =
  | 'single'
  | 'parallel'
  | 'fallback:boundary'
  | 'fallback:worker'
  | 'fallback:inexact';

/** Files from this size on may use the worker (when it is on). */
export const PARALLEL_MIN_BYTES = 8 << 20;

/**
 * Off by default for now: on the shared 2-core bench machine the measured gain was small (≈ 5 %) when the second
 * core was idle and a loss when it was busy. `FRONTSTAGE_ANALYZE_THREADS=2` turns it on (files ≥
 * `FRONTSTAGE_ANALYZE_PARALLEL_MIN_BYTES`, default {@link PARALLEL_MIN_BYTES}); `=1` forces it off. To make it
 * the default, set `minBytes` below to {@link PARALLEL_MIN_BYTES}.
 */
export const parallelInternals: {
  /** Files smaller than this are parsed on one thread (Infinity: never two threads unless the env asks). */
  minBytes: number;
  /** The worker's entry (default: parse-worker.js next to this module, or in dist/ when run from the sources). */
  workerUrl: URL | null;
  /**
   * Tests: where the search for the split newline starts, decided before this thread reads anything (default:
   * null, decided when the worker is ready).
   */
  splitFrom: ((totalBytes: number) => number) | null;
  /** How the last CSV pass ran. */
  last: ParallelOutcome;
} = {
  minBytes: Number.POSITIVE_INFINITY,
  workerUrl: null,
  splitFrom: null,
  last: 'single',
};

function minBytes(): number {
  const env = process.env;
  if (env.FRONTSTAGE_ANALYZE_THREADS === '1') return Number.POSITIVE_INFINITY;
  if (env.FRONTSTAGE_ANALYZE_THREADS === '2') {
    const v = env.FRONTSTAGE_ANALYZE_PARALLEL_MIN_BYTES;
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : PARALLEL_MIN_BYTES;
  }
  return parallelInternals.minBytes;
}

/**
 * Whether a CSV file of `totalBytes` is large enough for the worker (`--strict` is checked at the pass). Never on a
 * single core: both threads would share it and the worker's start-up would only add time.
 */
export function wantsParallel(totalBytes: number): boolean {
  const min = minBytes();
  if (min > 0 && process.getBuiltinModule('node:os').availableParallelism() < 2) return false;
  return totalBytes > 0 && totalBytes >= min;
}

/**
 * The worker's entry. From the built code it sits next to this module; under Vitest this module is the TS source
 * (src/analyze/parallel.ts) and no .js exists there, so the built dist/analyze/parse-worker.js is used
 * (`npm test` builds first).
 */
function workerUrl(): URL {
  if (parallelInternals.workerUrl !== null) return parallelInternals.workerUrl;
  const here = new URL('./parse-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/analyze/parse-worker.js', import.meta.url);
}

/**
 * The split: just after the first LF at or after byte `from`, or −1 when there is none before the end of the file.
 */
export async function findSplit(f: FileHandle, from: number, totalBytes: number): Promise<number> {
  let pos = Math.max(1, Math.floor(from));
  const buf = new Uint8Array(64 << 10);
  while (pos < totalBytes) {
    const { bytesRead } = await f.read(buf, 0, Math.min(buf.length, totalBytes - pos), pos);
    if (bytesRead === 0) return -1;
    const k = buf.subarray(0, bytesRead).indexOf(0x0a);
    if (k >= 0) return pos + k + 1 < totalBytes ? pos + k + 1 : -1;
    pos += bytesRead;
  }
  return -1;
}

export interface WorkerHandle {
  /** True once the worker has loaded its modules and waits for its job. */
  readonly ready: boolean;
  /** Milliseconds from spawning to ready (Infinity until ready). */
  readonly startupMs: number;
  /** Resolves to true when the worker is ready, false when it failed or was stopped first. */
  whenReady(): Promise<boolean>;
  /**
   * Hands the job to the worker; resolves to its summaries, or null when it could not start, failed or was
   * stopped. Never rejects. Progress reports (bytes and rows of its half) go to `onProgress`.
   */
  run(job: ParseJob, onProgress: (bytes: number, rows: number) => void): Promise<PartSummary | null>;
  stop(): void;
}

/**
 * Starts a worker that waits for its job: spawned when the file is opened, so that its start-up (a new isolate and
 * the collector's modules, some 50 ms) overlaps the mapping suggestion. It does not keep the process alive until it
 * has a job.
 */
export function spawnWorker(): WorkerHandle {
  let worker: Worker;
  try {
    // Loaded here, not at the top: most runs never start a worker, and loading the module costs start-up time.
    worker = new (process.getBuiltinModule('node:worker_threads').Worker)(workerUrl());
  } catch {
    return {
      ready: false,
      startupMs: Number.POSITIVE_INFINITY,
      whenReady: async () => false,
      run: async () => null,
      stop() {},
    };
  }
  worker.unref();
  const spawnedAt = performance.timeOrigin + performance.now();
  let startupMs = Number.POSITIVE_INFINITY;
  let settled = false;
  let ready = false;
  let onReady: (ok: boolean) => void = () => {};
  const readyP = new Promise<boolean>((r) => {
    onReady = r;
  });
  let progress: ((bytes: number, rows: number) => void) | null = null;
  let resolve!: (part: PartSummary | null) => void;
  const result = new Promise<PartSummary | null>((r) => {
    resolve = r;
  });
  const finish = (part: PartSummary | null) => {
    if (settled) return;
    settled = true;
    resolve(part);
    onReady(false);
    void worker.terminate().catch(() => undefined);
  };
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'ready') {
      ready = true;
      startupMs = m.at - spawnedAt;
      onReady(true);
    } else if (m.type === 'progress') progress?.(m.bytes, m.rows);
    else finish(m.type === 'done' ? m.part : null);
  });
  worker.on('error', () => finish(null));
  worker.on('messageerror', () => finish(null));
  worker.on('exit', () => finish(null));
  return {
    get ready() {
      return ready && !settled;
    },
    get startupMs() {
      return startupMs;
    },
    whenReady: () => readyP,
    run(job, onProgress) {
      if (settled) return result;
      progress = onProgress;
      try {
        worker.ref();
        worker.postMessage(job);
      } catch {
        finish(null);
      }
      return result;
    },
    stop() {
      progress = null;
      finish(null);
    },
  };
}

const NR = REASONS.length;
const R_TOO_MANY_LABELS = REASONS.indexOf('too_many_labels');
const EXACT = 2 ** 53;

/**
 * Merges the worker's summaries (of the rows after this thread's) into `out`, exactly as one pass would have
 * counted them: labels new to this thread are appended in the worker's first-seen order with the worker's first
 * spelling. Returns false, leaving `out` untouched, when that cannot be guaranteed: a non-integer value in a number
 * column (floating-point sums depend on the order), sums that could reach 2^53, or a label column over the cap.
 */
export function mergePart(out: Collected, mainNonInteger: Uint8Array, part: PartSummary): boolean {
  const n = out.mapping.columns.length;
  if (part.hist.length !== n || part.exclusions.length !== out.exclusions.length) return false;
  // Checks first: nothing is changed unless everything can be merged.
  let bound = 1;
  for (const s of out.mapping.columns) {
    if (s.scale) bound = Math.max(bound, Math.abs(s.scale[0]), Math.abs(s.scale[1]));
  }
  for (let j = 0; j < n; j++) {
    const m = out.moments[j];
    const p = part.moments[j];
    if (m && p) {
      if (mainNonInteger[j] === 1 || part.nonInteger[j] === 1) return false;
      if (m.n > 0) bound = Math.max(bound, Math.abs(m.min), Math.abs(m.max));
      if (p.n > 0) bound = Math.max(bound, Math.abs(p.min), Math.abs(p.max));
    }
    const ml = out.labels[j];
    const pl = part.labels[j];
    if (ml && pl) {
      if (part.exclusions[j * NR + R_TOO_MANY_LABELS]! > 0) return false;
      let added = 0;
      for (const key of pl.keys.keys()) if (!ml.keys.has(key)) added++;
      if (ml.display.length + added > MAX_LABELS) return false;
    }
  }
  // Every partial sum of v, v² and x·y is then an integer below 2^53: exact in any order.
  if ((out.rows + part.rows + 1) * bound * bound >= EXACT) return false;

  out.rows += part.rows;
  out.shortRows += part.shortRows;
  out.longRows += part.longRows;
  addInto(out.exclusions, part.exclusions);
  for (let j = 0; j < n; j++) {
    const h = out.hist[j];
    const ph = part.hist[j];
    if (h && ph) addInto(h, ph);
    const m = out.moments[j];
    const p = part.moments[j];
    if (m && p) {
      m.n += p.n;
      m.sum += p.sum;
      m.sumSq += p.sumSq;
      if (p.min < m.min) m.min = p.min;
      if (p.max > m.max) m.max = p.max;
    }
  }
  let byRemap: Int32Array | null = null;
  for (let j = 0; j < n; j++) {
    const ml = out.labels[j];
    const pl = part.labels[j];
    if (!ml || !pl) continue;
    const remap = new Int32Array(pl.display.length);
    // Map order is first-seen order (index order) in the worker.
    for (const [key, w] of pl.keys) {
      let idx = ml.keys.get(key);
      if (idx === undefined) {
        idx = ml.display.length;
        ml.keys.set(key, idx);
        ml.display.push(pl.display[w]!);
        ml.counts.push(0);
      }
      ml.counts[idx]! += pl.counts[w]!;
      remap[w] = idx;
    }
    if (j === out.byColumn) byRemap = remap;
  }
  if (byRemap !== null) {
    for (const [level, hs] of part.byHist) {
      const target = byRemap[level]!;
      const mine = out.byHist.get(target);
      if (mine === undefined) out.byHist.set(target, hs);
      else
        hs.forEach((h, j) => {
          if (h) addInto(mine[j]!, h);
        });
    }
  }
  if (out.co && part.co) {
    addInto(out.co.n, part.co.n);
    addInto(out.co.sx, part.co.sx);
    addInto(out.co.sy, part.co.sy);
    addInto(out.co.sxx, part.co.sxx);
    addInto(out.co.syy, part.co.syy);
    addInto(out.co.sxy, part.co.sxy);
  }
  for (const [feature, counts] of part.kano) {
    const mine = out.kano.get(feature);
    if (mine) addInto(mine, counts);
  }
  if (out.servqual && part.servqual) out.servqual.sums = mergeServqual(out.servqual.sums, part.servqual.sums);
  return true;
}

function addInto(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
}
