/**
 * The one-pass collector: turns cells into mergeable summaries (histogram counts per scale point, moments,
 * label counts, pairwise co-moments for key drivers, KANO pair counts, SERVQUAL sums) without keeping rows.
 * Every cell that is not used is counted by column and reason; nothing is dropped silently.
 */
import { type ServqualDimension, type ServqualSums } from '@frontstage/metrics';
import type { CsvSink } from './csv.js';
import { type Mapping } from './mapping.js';
export declare const REASONS: readonly ["blank", "na_token", "not_applicable", "out_of_range", "not_a_number", "not_an_integer", "missing_field", "too_many_labels"];
export type Reason = (typeof REASONS)[number];
/** Distinct labels kept per text column; later new labels are excluded and counted (memory stays bounded). */
export declare const MAX_LABELS = 1000;
/** The first bad cell under `--strict`. */
export interface StrictFailure {
    /** 1-based row number in the file, the header being row 1. */
    readonly row: number;
    readonly column: string;
    readonly value: string;
    readonly expected: string;
}
export interface Moments {
    n: number;
    sum: number;
    sumSq: number;
    min: number;
    max: number;
}
export interface LabelCounts {
    readonly keys: Map<string, number>;
    readonly display: string[];
    readonly counts: number[];
}
/** Pairwise-complete co-moments over variables (predictors…, outcome last). Flat m×m arrays. */
export interface CoMoments {
    readonly m: number;
    readonly n: Float64Array;
    readonly sx: Float64Array;
    readonly sy: Float64Array;
    readonly sxx: Float64Array;
    readonly syy: Float64Array;
    readonly sxy: Float64Array;
}
export interface Collected {
    readonly mapping: Mapping;
    rows: number;
    shortRows: number;
    longRows: number;
    /** Per column: histogram over the scale (index = value − scale min), or null. */
    readonly hist: (Float64Array | null)[];
    /** Per column × reason exclusion counts. */
    readonly exclusions: Float64Array;
    readonly moments: (Moments | null)[];
    readonly labels: (LabelCounts | null)[];
    /** Segment comparison: per level index of the `by` column, histograms per column. */
    readonly byColumn: number;
    readonly byHist: Map<number, (Float64Array | null)[]>;
    /** Outcome column index (−1 if none); drivers are the predictor column indices. */
    readonly outcome: number;
    readonly drivers: readonly number[];
    readonly co: CoMoments | null;
    /** KANO: feature → 25 counts, index (functional−1)·5 + (dysfunctional−1). */
    readonly kano: Map<string, Float64Array>;
    /** SERVQUAL sums (metrics `ServqualSums`) over the paired items, in item order, or null. */
    servqual: {
        sums: ServqualSums;
        readonly items: readonly number[];
        readonly dimensions: readonly ServqualDimension[];
    } | null;
    failure: StrictFailure | null;
}
export interface CollectorOptions {
    readonly strict?: boolean;
    /** Column to compare segments by (`--by`). */
    readonly by?: string;
}
/** Collects one table; feed it CSV bytes (as a {@link CsvSink}) or decoded cells ({@link Collector.cell}). */
export declare class Collector implements CsvSink {
    readonly out: Collected;
    private readonly kinds;
    private readonly lo;
    private readonly hi;
    private readonly naMask;
    /** Bit v set: value v (0–31) means not applicable in this column. */
    private readonly naBits;
    /** All histograms in one array; `off[j]` is column j's first cell. */
    private readonly flat;
    private readonly off;
    /** No per-row work (no --by, drivers, KANO or SERVQUAL): cells go straight into the summaries. */
    private readonly direct;
    /** Per label column: recently seen raw bytes → label index (−1 blank, −2 NA token). */
    private readonly labelCache;
    /** Columns the CSV parser may deliver through {@link Collector.int}. */
    readonly numeric: Uint8Array;
    /** Per column: 1 when an in-range integer goes straight to `flat[fastBase + v]` (direct mode, after the header). */
    private readonly fastOn;
    private readonly fastBase;
    private readonly specs;
    private readonly naKeys;
    private readonly rowVals;
    private readonly rowLabel;
    private readonly ncols;
    private readonly strict;
    private readonly scoredCols;
    private readonly numberCols;
    private readonly labelCols;
    private readonly positive;
    /** The outcome is a number (scored or numeric column), not a label to turn into 1/0. */
    private readonly outcomeScored;
    private readonly kanoPairs;
    private readonly sqPairs;
    private sqE;
    private sqP;
    private readonly vars;
    private readonly varVals;
    private headerDone;
    private stop;
    constructor(mapping: Mapping, options?: CollectorOptions, skipHeader?: boolean);
    private exclude;
    private expected;
    /**
     * Sorts a parsed number into the summaries (or the row, when rows are needed) or the exclusions.
     * Returns −1 when stored or counted as not applicable, else the reason the caller must report with the raw text.
     */
    private scored;
    /** Fast path from the CSV parser: a cell of plain ASCII digits in a number or scored column. */
    int(col: number, v: number): void;
    /** The label index of a text (−1 blank, −2 NA token, −3 over {@link MAX_LABELS}), registering new labels. */
    private labelIndex;
    private applyLabel;
    private label;
    /** Label from bytes: recently seen byte strings skip decoding and normalising. */
    private labelBytes;
    /** CSV fast path: numbers are parsed from the bytes; only label columns are decoded. */
    field(col: number, buf: Uint8Array, start: number, end: number, escaped: boolean): void;
    /** Text in a number column: NA tokens seen before are recognised from their bytes without decoding. */
    private textBytes;
    /** A cell that is not a plain decimal: NA token, exponent notation, or text in a number column. */
    private text;
    /** Decoded-cell path (XLSX): a string, a number, or null for an empty cell. */
    cell(col: number, value: string | number | null): void;
    endRecord(fields: number): boolean;
    private addCo;
    private enableFastPath;
    /** Whether the collector asked to stop (strict failure). */
    get stopped(): boolean;
}
/** Exclusion counts of one column by reason (only non-zero reasons). */
export declare function columnExclusions(c: Collected, col: number): Partial<Record<Reason, number>>;
//# sourceMappingURL=collect.d.ts.map