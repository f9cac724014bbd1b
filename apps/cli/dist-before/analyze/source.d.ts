import type { Collector } from './collect.js';
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
export declare const SAMPLE_ROWS = 2000;
/** Opens a CSV or XLSX file (by extension; `.xlsx`/`.xlsm` are workbooks, anything else CSV). */
export declare function openTable(path: string): Promise<TableSource>;
type XlsxCell = unknown;
/** Converts an exceljs cell value into text, a number, or null. */
export declare function xlsxValue(v: XlsxCell): string | number | null;
export {};
//# sourceMappingURL=source.d.ts.map