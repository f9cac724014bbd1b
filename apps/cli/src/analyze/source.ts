/**
 * Table sources: a CSV file read in fixed-size chunks (constant memory) or an XLSX file through exceljs's
 * streaming reader (first worksheet). Each gives its headers and a sample of rows for the mapping suggestion,
 * then runs one pass into a {@link Collector}.
 */
import { type FileHandle, open, stat } from 'node:fs/promises';
import type { Collector } from './collect.js';
import { CsvParser, type CsvSink, fieldText, sniffDelimiter } from './csv.js';
import {
  findSplit,
  mergePart,
  type ParallelOutcome,
  type PartSummary,
  parallelInternals,
  spawnWorker,
  type WorkerHandle,
  wantsParallel,
} from './parallel.js';
import { CHUNK, readRange } from './range.js';

/**
 * This thread's share of the bytes left when the worker gets its part: over half, as the worker starts
 * with a cold JIT.
 */
const MAIN_SHARE = 0.6;

/**
 * A worker that took longer than this to start (some 45 ms of CPU on an idle core) means the machine is busy: the
 * second thread would mostly take time from the first, so it is not used.
 */
const BUSY_STARTUP_MS = 120;

export interface Progress {
  readonly bytes: number;
  readonly totalBytes: number;
  readonly rows: number;
}

export interface TableSource {
  readonly kind: 'csv' | 'xlsx';
  readonly headers: readonly string[];
  /** The first rows after the header, as text. */
  readonly sample: readonly (readonly string[])[];
  readonly delimiter?: number;
  readonly totalBytes: number;
  run(collector: Collector, onProgress?: (p: Progress) => void): Promise<void>;
  /** Releases what the source holds without running (e.g. a worker started ahead); safe to call twice. */
  close(): void;
}

const SAMPLE_BYTES = 1 << 20;
export const SAMPLE_ROWS = 2000;

/** Opens a CSV or XLSX file (by extension; `.xlsx`/`.xlsm` are workbooks, anything else CSV). */
export async function openTable(path: string): Promise<TableSource> {
  const info = await stat(path);
  if (info.isDirectory()) throw new Error(`${path} is a directory, not a file`);
  if (/\.xls[xm]$/i.test(path)) return openXlsx(path, info.size);
  return openCsv(path, info.size);
}

async function openCsv(path: string, totalBytes: number): Promise<TableSource> {
  // Large file: start the worker first, so its start-up (~50 ms) overlaps the sample and the mapping suggestion.
  let worker: WorkerHandle | null = wantsParallel(totalBytes) ? spawnWorker() : null;
  const fh = await open(path, 'r').catch((err: unknown) => {
    worker?.stop();
    throw err;
  });
  let head: Uint8Array;
  try {
    const buf = new Uint8Array(Math.min(SAMPLE_BYTES, Math.max(totalBytes, 1)));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const delimiter = sniffDelimiter(head);
  const rows: string[][] = [];
  let row: string[] = [];
  const sink: CsvSink = {
    field(col, b, s, e, esc) {
      row[col] = fieldText(b, s, e, esc);
    },
    endRecord() {
      rows.push(row);
      row = [];
      return rows.length <= SAMPLE_ROWS;
    },
  };
  const p = new CsvParser(sink, delimiter);
  p.push(head);
  if (head.length >= totalBytes) p.end();
  const headers = (rows[0] ?? []).map((h) => h.trim());
  return {
    kind: 'csv',
    close() {
      worker?.stop();
      worker = null;
    },
    headers,
    sample: rows.slice(1),
    delimiter,
    totalBytes,
    async run(collector, onProgress) {
      const parser = new CsvParser(collector, delimiter);
      const f = await open(path, 'r');
      const w = worker;
      worker = null;
      try {
        // `--strict` stays one pass: the row number of the first bad cell must be exact.
        if (w === null || collector.options.strict === true) {
          w?.stop();
          parallelInternals.last = 'single';
          const bytes = await readRange(f, parser, 0, Number.POSITIVE_INFINITY, (b) =>
            onProgress?.({ bytes: b, totalBytes, rows: collector.rows }),
          );
          parser.end();
          onProgress?.({ bytes, totalBytes, rows: collector.rows });
          return;
        }
        await runSplit(collector, parser, f, w, onProgress);
      } finally {
        w?.stop();
        await f.close();
      }
    },
  };

  /**
   * Two threads. This thread starts at byte 0 at once; as soon as the worker is ready (between two chunks), the
   * rest of the file is cut in two at a newline and the worker is given the second part. Ready late (a busy
   * machine), it gets a smaller part; never ready before the end is near, it is dropped.
   */
  async function runSplit(
    collector: Collector,
    parser: CsvParser,
    f: FileHandle,
    w: WorkerHandle,
    onProgress: ((p: Progress) => void) | undefined,
  ): Promise<void> {
    let mainBytes = 0;
    let workerBytes = 0;
    let workerRows = 0;
    const report = () =>
      onProgress?.({ bytes: mainBytes + workerBytes, totalBytes, rows: collector.rows + workerRows });
    let split = -1;
    /** No newline after the split search start: nothing for the worker. */
    let noSplit = false;
    let result: Promise<PartSummary | null> | null = null;
    const by = collector.options.by;
    const start = async (from: number) => {
      split = await findSplit(f, from, totalBytes);
      if (split < 0) {
        noSplit = true;
        w.stop();
        return;
      }
      const job = {
        path,
        start: split,
        delimiter,
        mapping: collector.out.mapping,
        ...(by !== undefined ? { by } : {}),
      };
      result = w.run(job, (b, r) => {
        workerBytes = b;
        workerRows = r;
        report();
      });
    };
    const fixed = parallelInternals.splitFrom;
    if (fixed !== null) {
      // Tests: a given split point, decided before this thread reads anything.
      if (await w.whenReady()) await start(fixed(totalBytes));
    }
    mainBytes = await readRange(
      f,
      parser,
      0,
      () => (split < 0 ? Number.POSITIVE_INFINITY : split),
      (pos) => {
        mainBytes = pos;
        report();
        if (fixed !== null || split >= 0 || !w.ready) return;
        if (w.startupMs > BUSY_STARTUP_MS) {
          // The other core is busy (the worker took long to start): two threads would only share one core.
          w.stop();
          return;
        }
        const rest = totalBytes - pos;
        // Past the read in flight (`CHUNK` bytes from `pos`); the worker gets the smaller share.
        return rest > 2 * CHUNK ? start(pos + Math.max(CHUNK, rest * MAIN_SHARE)) : undefined;
      },
    );
    let outcome: ParallelOutcome = 'fallback:worker';
    if (result !== null) {
      outcome = 'fallback:boundary';
      if (parser.atRecordBoundary && parser.records >= 1) {
        const part = await (result as Promise<PartSummary | null>);
        if (part === null) outcome = 'fallback:worker';
        else if (!mergePart(collector.out, collector.nonInteger, part)) outcome = 'fallback:inexact';
        else outcome = 'parallel';
      }
    } else if (noSplit || fixed === null) outcome = 'single';
    w.stop();
    parallelInternals.last = outcome;
    workerRows = 0;
    workerBytes = 0;
    if (outcome !== 'parallel') {
      // The same parser simply goes on from where it stopped: the result is that of one pass.
      if (split >= 0)
        workerBytes = await readRange(f, parser, split, Number.POSITIVE_INFINITY, (b) => {
          workerBytes = b;
          report();
        });
      parser.end();
    } else workerBytes = totalBytes - mainBytes;
    report();
  }
}

type XlsxCell = unknown;

/** Converts an exceljs cell value into text, a number, or null. */
export function xlsxValue(v: XlsxCell): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return xlsxValue(o.result);
    if (typeof o.text === 'string') return o.text;
    if (typeof o.error === 'string') return o.error;
  }
  return String(v);
}

async function* xlsxRows(path: string): AsyncGenerator<(string | number | null)[]> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit',
  });
  for await (const ws of reader) {
    for await (const row of ws) {
      const values = row.values as XlsxCell[];
      const out: (string | number | null)[] = [];
      for (let c = 1; c < values.length; c++) out.push(xlsxValue(values[c]));
      yield out;
    }
    return;
  }
}

async function openXlsx(path: string, totalBytes: number): Promise<TableSource> {
  const rows: (string | number | null)[][] = [];
  for await (const r of xlsxRows(path)) {
    rows.push(r);
    if (rows.length > SAMPLE_ROWS) break;
  }
  const headers = (rows[0] ?? []).map((h) => (h === null ? '' : String(h).trim()));
  return {
    kind: 'xlsx',
    headers,
    sample: rows.slice(1).map((r) => r.map((v) => (v === null ? '' : String(v)))),
    totalBytes,
    async run(collector, onProgress) {
      let first = true;
      for await (const r of xlsxRows(path)) {
        if (first) {
          first = false;
          collector.endRecord(headers.length);
          continue;
        }
        if (r.length === 0) continue;
        const width = Math.max(r.length, headers.length);
        for (let c = 0; c < width; c++) collector.cell(c, r[c] ?? null);
        if (!collector.endRecord(width)) break;
        if ((collector.rows & 1023) === 0) onProgress?.({ bytes: 0, totalBytes, rows: collector.rows });
      }
      onProgress?.({ bytes: totalBytes, totalBytes, rows: collector.rows });
    },
    close() {},
  };
}
