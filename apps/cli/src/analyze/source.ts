/**
 * Table sources: a CSV file read in fixed-size chunks (constant memory) or an XLSX file through exceljs's
 * streaming reader (first worksheet). Each gives its headers and a sample of rows for the mapping suggestion,
 * then runs one pass into a {@link Collector}.
 */
import { open, stat } from 'node:fs/promises';
import type { Collector } from './collect.js';
import { CsvParser, type CsvSink, fieldText, sniffDelimiter } from './csv.js';

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
}

/** CSV read size; two buffers alternate so the next read runs while the current chunk is parsed. */
const CHUNK = 4 << 20;
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
  const fh = await open(path, 'r');
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
    headers,
    sample: rows.slice(1),
    delimiter,
    totalBytes,
    async run(collector, onProgress) {
      const parser = new CsvParser(collector, delimiter);
      const f = await open(path, 'r');
      // Double buffering: while one chunk is parsed (on this thread), the next is read (on libuv's pool).
      const bufs = [new Uint8Array(CHUNK), new Uint8Array(CHUNK)];
      let pending: Promise<{ bytesRead: number }> | null = null;
      try {
        let bytes = 0;
        let k = 0;
        pending = f.read(bufs[0]!, 0, CHUNK, 0);
        while (pending !== null) {
          const { bytesRead } = await pending;
          pending = null;
          if (bytesRead === 0) break;
          const buf = bufs[k]!;
          bytes += bytesRead;
          k ^= 1;
          if (bytes < totalBytes || bytesRead === CHUNK) pending = f.read(bufs[k]!, 0, CHUNK, bytes);
          if (!parser.push(buf.subarray(0, bytesRead))) break;
          onProgress?.({ bytes, totalBytes, rows: collector.out.rows });
        }
        parser.end();
        onProgress?.({ bytes, totalBytes, rows: collector.out.rows });
      } finally {
        // Never close the file under a read still in flight.
        if (pending !== null) await pending.catch(() => undefined);
        await f.close();
      }
    },
  };
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
        if ((collector.out.rows & 1023) === 0)
          onProgress?.({ bytes: 0, totalBytes, rows: collector.out.rows });
      }
      onProgress?.({ bytes: totalBytes, totalBytes, rows: collector.out.rows });
    },
  };
}
