/**
 * A CSV reader that works on bytes, for speed: RFC 4180 quoting (`"a,b"`, `"say ""hi"""`, embedded newlines),
 * CRLF or LF, an optional UTF-8 BOM, and `,` `;` or tab delimiters. It never builds row objects: it hands each
 * field to a sink as a byte range, so numeric columns can be parsed straight into histograms and ignored
 * columns cost nothing. Chunks may split anywhere (inside a quote, a multi-byte character or a CRLF);
 * an incomplete field is carried to the next chunk.
 */
export declare const COMMA = 44;
export declare const SEMICOLON = 59;
export declare const TAB = 9;
/** Receives fields and record ends. Quoted fields arrive without their quotes. */
export interface CsvSink {
    /**
     * One complete field: bytes `[start, end)` of `buf` (valid only during the call).
     * `escaped` means the field contains doubled quotes (`""`) that the reader of the text must collapse.
     */
    field(col: number, buf: Uint8Array, start: number, end: number, escaped: boolean): void;
    /** End of a record that had `fields` fields. Return `false` to stop reading. Blank lines are skipped. */
    endRecord(fields: number): boolean | undefined;
    /**
     * Optional fast path: columns flagged 1 here that hold only ASCII digits (no sign, spaces, quotes or point)
     * are parsed while scanning and delivered through `int` instead of `field`.
     */
    readonly numeric?: Uint8Array;
    int?(col: number, value: number): void;
}
/** Push-based CSV parser: `push(chunk)` as bytes arrive, then `end()`. */
export declare class CsvParser {
    private readonly sink;
    private readonly delimiter;
    private carry;
    /** Reused buffer for carry + next chunk (a chunk is only read during `push`). */
    private joinBuf;
    private col;
    private skipLF;
    private atStart;
    private stopped;
    /** Records handed to the sink so far. */
    records: number;
    constructor(sink: CsvSink, delimiter?: number);
    /** True once the sink returned `false` from `endRecord`. */
    get isStopped(): boolean;
    /** Parses a chunk; returns false once the sink asked to stop. The chunk may be reused by the caller afterwards. */
    push(chunk: Uint8Array): boolean;
    /**
     * A quoted field starting at `i`: hands it to the sink and returns the index of its terminator, or −1 when the
     * field is not complete in `buf` (the caller carries it to the next chunk). Kept apart from `push` so the hot
     * loop stays small.
     */
    private quoted;
    /** Flushes the last record when the input does not end with a newline. */
    end(): void;
}
/** Decodes a field's bytes as UTF-8 text, collapsing doubled quotes. */
export declare function fieldText(buf: Uint8Array, start: number, end: number, escaped: boolean): string;
/**
 * Picks the delimiter from the header line: the most frequent of `,` `;` and tab outside quotes
 * (ties and none → comma).
 */
export declare function sniffDelimiter(head: Uint8Array): number;
/** Reads a whole input given as chunks into rows of strings (for headers, samples and tests). */
export declare function readCsvRecords(chunks: Iterable<Uint8Array>, delimiter?: number): string[][];
/** Human name of a delimiter byte, for reports. */
export declare function delimiterName(d: number): string;
//# sourceMappingURL=csv.d.ts.map