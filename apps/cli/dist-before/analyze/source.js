/**
 * Table sources: a CSV file read in fixed-size chunks (constant memory) or an XLSX file through exceljs's
 * streaming reader (first worksheet). Each gives its headers and a sample of rows for the mapping suggestion,
 * then runs one pass into a {@link Collector}.
 */
import { open, stat } from 'node:fs/promises';
import { CsvParser, fieldText, sniffDelimiter } from './csv.js';
const CHUNK = 1 << 20;
const SAMPLE_BYTES = 1 << 20;
export const SAMPLE_ROWS = 2000;
/** Opens a CSV or XLSX file (by extension; `.xlsx`/`.xlsm` are workbooks, anything else CSV). */
export async function openTable(path) {
    const info = await stat(path);
    if (info.isDirectory())
        throw new Error(`${path} is a directory, not a file`);
    if (/\.xls[xm]$/i.test(path))
        return openXlsx(path, info.size);
    return openCsv(path, info.size);
}
async function openCsv(path, totalBytes) {
    const fh = await open(path, 'r');
    let head;
    try {
        const buf = new Uint8Array(Math.min(SAMPLE_BYTES, Math.max(totalBytes, 1)));
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        head = buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
    const delimiter = sniffDelimiter(head);
    const rows = [];
    let row = [];
    const sink = {
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
    if (head.length >= totalBytes)
        p.end();
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
            try {
                const buf = new Uint8Array(CHUNK);
                let bytes = 0;
                for (;;) {
                    const { bytesRead } = await f.read(buf, 0, CHUNK, null);
                    if (bytesRead === 0)
                        break;
                    bytes += bytesRead;
                    if (!parser.push(buf.subarray(0, bytesRead)))
                        break;
                    onProgress?.({ bytes, totalBytes, rows: collector.out.rows });
                }
                parser.end();
                onProgress?.({ bytes, totalBytes, rows: collector.out.rows });
            }
            finally {
                await f.close();
            }
        },
    };
}
/** Converts an exceljs cell value into text, a number, or null. */
export function xlsxValue(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'TRUE' : 'FALSE';
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object') {
        const o = v;
        if (Array.isArray(o.richText))
            return o.richText.map((r) => r.text).join('');
        if ('result' in o)
            return xlsxValue(o.result);
        if (typeof o.text === 'string')
            return o.text;
        if (typeof o.error === 'string')
            return o.error;
    }
    return String(v);
}
async function* xlsxRows(path) {
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
            const values = row.values;
            const out = [];
            for (let c = 1; c < values.length; c++)
                out.push(xlsxValue(values[c]));
            yield out;
        }
        return;
    }
}
async function openXlsx(path, totalBytes) {
    const rows = [];
    for await (const r of xlsxRows(path)) {
        rows.push(r);
        if (rows.length > SAMPLE_ROWS)
            break;
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
                if (r.length === 0)
                    continue;
                const width = Math.max(r.length, headers.length);
                for (let c = 0; c < width; c++)
                    collector.cell(c, r[c] ?? null);
                if (!collector.endRecord(width))
                    break;
                if ((collector.out.rows & 1023) === 0)
                    onProgress?.({ bytes: 0, totalBytes, rows: collector.out.rows });
            }
            onProgress?.({ bytes: totalBytes, totalBytes, rows: collector.out.rows });
        },
    };
}
//# sourceMappingURL=source.js.map