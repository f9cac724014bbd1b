/**
 * The one-pass collector: turns cells into mergeable summaries (histogram counts per scale point, moments,
 * label counts, pairwise co-moments for key drivers, KANO pair counts, SERVQUAL sums) without keeping rows.
 * Every cell that is not used is counted by column and reason; nothing is dropped silently.
 */
import {
  addServqual,
  emptyServqual,
  SERVQUAL_DIMENSIONS,
  SERVQUAL_STANDARD_LAYOUT,
  type ServqualDimension,
  type ServqualSums,
} from '@frontstage/metrics';
import {
  type CsvLanes,
  type CsvSink,
  fieldText,
  indexOfBytes,
  LANE_HIST,
  LANE_LABEL,
  LANE_SKIP,
  type LabelLane,
  SLOTS,
} from './csv.js';
import { type ColumnSpec, displayLabel, labelKey, type Mapping, SCORED_ROLES } from './mapping.js';

export const REASONS = [
  'blank',
  'na_token',
  'not_applicable',
  'out_of_range',
  'not_a_number',
  'not_an_integer',
  'missing_field',
  'too_many_labels',
] as const;
export type Reason = (typeof REASONS)[number];
const R_BLANK = 0;
const R_NA = 1;
const R_NOT_APPLICABLE = 2;
const R_OUT_OF_RANGE = 3;
const R_NOT_A_NUMBER = 4;
const R_NOT_AN_INTEGER = 5;
const R_MISSING_FIELD = 6;
const R_TOO_MANY_LABELS = 7;
/** Raw bytes of text cells seen in one column: what they mean (see `Collector.labelCache`). */
interface ByteCache {
  readonly bytes: Uint8Array[];
  readonly idx: number[];
  readonly slots: number[];
}

/** Labels per column the CSV hot loop can count itself (the first ones met; later ones take the usual path). */
const LABEL_LANE_MAX = 16;

/** Distinct labels kept per text column; later new labels are excluded and counted (memory stays bounded). */
export const MAX_LABELS = 1000;
const NR = REASONS.length;

/** Column kinds in the hot loop. */
const K_SKIP = 0;
const K_SCORED = 1;
const K_NUMBER = 2;
const K_LABEL = 3;

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
    /**
     * Importance-points columns mapped but not used, and why: the split must cover exactly the dimensions the
     * items measure (`missing`: a measured dimension has no points column; `extra`: points for a dimension
     * without items). Empty when the points were used or none were mapped.
     */
    readonly pointsUnused: {
      readonly reason: 'missing' | 'extra';
      readonly dimensions: readonly string[];
    } | null;
  } | null;
  failure: StrictFailure | null;
}

export interface CollectorOptions {
  readonly strict?: boolean;
  /** Column to compare segments by (`--by`). */
  readonly by?: string;
}

function makeCo(m: number): CoMoments {
  const z = () => new Float64Array(m * m);
  return { m, n: z(), sx: z(), sy: z(), sxx: z(), syy: z(), sxy: z() };
}

/** Collects one table; feed it CSV bytes (as a {@link CsvSink}) or decoded cells ({@link Collector.cell}). */
export class Collector implements CsvSink {
  /** The summaries (read through {@link Collector.out}, which first adds what the label lanes counted). */
  private readonly o: Collected;
  private readonly kinds: Uint8Array;
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly naMask: (Set<number> | null)[];
  /** Bit v set: value v (0–31) means not applicable in this column. */
  private readonly naBits: Int32Array;
  /** All histograms in one array; `off[j]` is column j's first cell. */
  private readonly flat: Float64Array;
  private readonly off: Int32Array;
  /** No per-row work (no --by, drivers, KANO or SERVQUAL): cells go straight into the summaries. */
  private readonly direct: boolean;
  /**
   * Per text cell column: raw bytes seen, with their label index (−2 an NA token) and, for a label column in
   * direct mode, the `counts` slot the CSV hot loop adds to (−1: not counted there). A label column's cache is
   * also its lane (`lanes.labels`), so the parser and the collector read one list.
   */
  private readonly labelCache: ByteCache[];
  /** Where the label lanes' counts start in the lanes' `counts`, and each label column's first slot (or −1). */
  private readonly labelAt: number;
  private readonly labelBase: Int32Array;
  /** Columns the CSV parser may deliver through {@link Collector.int}. */
  readonly numeric: Uint8Array;
  /** Per column: 1 when an in-range integer goes straight to `flat[fastBase + v]` (direct mode, after the header). */
  private readonly fastOn: Uint8Array;
  private readonly fastBase: Int32Array;
  /** The CSV parser's hot-loop shortcuts: ignored columns and {@link Collector.fastOn} histograms (after the header). */
  readonly lanes: CsvLanes;
  private readonly specs: readonly ColumnSpec[];
  private readonly naKeys: Set<string>;
  private readonly rowVals: Float64Array;
  private readonly rowLabel: Int32Array;
  /** Per column: 1 when this row's cell held an unusable answer (see {@link Collector.exclude}). */
  private readonly rowBad: Uint8Array;
  private readonly ncols: number;
  private readonly strict: boolean;
  private readonly scoredCols: number[];
  private readonly numberCols: number[];
  private readonly labelCols: number[];
  private readonly positive: Set<string> | null;
  /** The outcome is a number (scored or numeric column), not a label to turn into 1/0. */
  private readonly outcomeScored: boolean;
  private readonly kanoPairs: { feature: string; f: number; d: number }[] = [];
  private readonly sqPairs: { item: number; e: number; p: number }[] = [];
  private sqE: (number | null)[] = [];
  /** Per SERVQUAL dimension present (in the sums' order): its importance-points column, when all are mapped. */
  private sqPointCols: number[] = [];
  private sqPoints: number[] = [];
  private sqP: (number | null)[] = [];
  private readonly vars: Int32Array;
  private readonly varVals: Float64Array;
  private headerDone: boolean;
  private stop = false;
  /**
   * Per number column: 1 once a non-integer value was summed. Sums of integers are exact in any order (below
   * 2^53), so only then can two halves' moments be merged with the same result as one pass (see parallel.ts).
   */
  readonly nonInteger: Uint8Array;

  constructor(
    mapping: Mapping,
    readonly options: CollectorOptions = {},
    skipHeader = true,
  ) {
    const specs = mapping.columns;
    this.specs = specs;
    const n = specs.length;
    this.ncols = n;
    this.strict = options.strict ?? false;
    this.headerDone = !skipHeader;
    this.kinds = new Uint8Array(n);
    this.nonInteger = new Uint8Array(n);
    this.lo = new Int32Array(n);
    this.hi = new Int32Array(n);
    this.naMask = [];
    this.naBits = new Int32Array(n);
    this.off = new Int32Array(n);
    this.numeric = new Uint8Array(n);
    this.fastOn = new Uint8Array(n);
    this.fastBase = new Int32Array(n);
    this.labelCache = specs.map(() => ({ bytes: [], idx: [], slots: [] }));
    this.naKeys = new Set(mapping.naTokens.map(labelKey));
    this.rowVals = new Float64Array(n).fill(Number.NaN);
    this.rowLabel = new Int32Array(n).fill(-1);
    this.rowBad = new Uint8Array(n);
    this.scoredCols = [];
    this.numberCols = [];
    this.labelCols = [];
    const hist: (Float64Array | null)[] = [];
    const moments: (Moments | null)[] = [];
    const labels: (LabelCounts | null)[] = [];
    const outcome = mapping.outcome !== undefined ? specs.findIndex((s) => s.column === mapping.outcome) : -1;
    const by = options.by !== undefined ? specs.findIndex((s) => s.column === options.by) : -1;
    let cells = 0;
    specs.forEach((s, j) => {
      if (SCORED_ROLES.has(s.role) && s.scale && j !== by) cells += s.scale[1] - s.scale[0] + 1;
    });
    // Histograms, exclusion counts and the label lanes' counts share one array, so the CSV parser's lanes can
    // count all of them.
    const isLabel = (s: ColumnSpec, j: number) => s.role === 'segment' || s.role === 'outcome' || j === by;
    const labelColumns = specs.filter(isLabel).length;
    const counts = new Float64Array(cells + n * NR + labelColumns * LABEL_LANE_MAX);
    this.flat = counts.subarray(0, cells);
    const exclusionsAt = cells;
    this.labelAt = cells + n * NR;
    cells = 0;
    specs.forEach((s, j) => {
      this.naMask.push(s.notApplicable && s.notApplicable.length > 0 ? new Set(s.notApplicable) : null);
      for (const v of s.notApplicable ?? [])
        if (Number.isInteger(v) && v >= 0 && v < 31) this.naBits[j]! |= 1 << v;
      if (SCORED_ROLES.has(s.role) && s.scale && j !== by) {
        this.kinds[j] = K_SCORED;
        this.lo[j] = s.scale[0];
        this.hi[j] = s.scale[1];
        const len = s.scale[1] - s.scale[0] + 1;
        this.off[j] = cells;
        hist.push(this.flat.subarray(cells, cells + len));
        cells += len;
        this.scoredCols.push(j);
      } else hist.push(null);
      if ((s.role === 'number' || s.role === 'servqual_points') && j !== by) {
        this.kinds[j] = K_NUMBER;
        moments.push({
          n: 0,
          sum: 0,
          sumSq: 0,
          min: Number.POSITIVE_INFINITY,
          max: Number.NEGATIVE_INFINITY,
        });
        this.numberCols.push(j);
      } else moments.push(null);
      if (isLabel(s, j)) {
        this.kinds[j] = K_LABEL;
        labels.push({ keys: new Map(), display: [], counts: [] });
        this.labelCols.push(j);
      } else labels.push(null);
    });
    const outSpec = outcome >= 0 ? specs[outcome]! : null;
    this.outcomeScored =
      outSpec !== null && (this.kinds[outcome] === K_SCORED || this.kinds[outcome] === K_NUMBER);
    this.positive = outSpec?.positive ? new Set(outSpec.positive.map(labelKey)) : null;
    const drivers =
      outcome >= 0
        ? this.scoredCols.filter(
            (j) => j !== outcome && ['rating', 'csat', 'ces', 'nps'].includes(specs[j]!.role),
          )
        : [];
    const m = drivers.length + 1;
    this.vars = Int32Array.from([...drivers, outcome]);
    this.varVals = new Float64Array(m);
    // KANO and SERVQUAL pairs.
    const kf = new Map<string, { f: number; d: number }>();
    const sq = new Map<number, { e: number; p: number }>();
    specs.forEach((s, j) => {
      if (s.role === 'kano_functional' || s.role === 'kano_dysfunctional') {
        const e = kf.get(s.feature!) ?? { f: -1, d: -1 };
        if (s.role === 'kano_functional') e.f = j;
        else e.d = j;
        kf.set(s.feature!, e);
      }
      if (s.role === 'servqual_expectation' || s.role === 'servqual_perception') {
        const e = sq.get(s.item!) ?? { e: -1, p: -1 };
        if (s.role === 'servqual_expectation') e.e = j;
        else e.p = j;
        sq.set(s.item!, e);
      }
    });
    const kano = new Map<string, Float64Array>();
    for (const [feature, { f, d }] of kf) {
      if (f >= 0 && d >= 0) {
        this.kanoPairs.push({ feature, f, d });
        kano.set(feature, new Float64Array(25));
      }
    }
    for (const [item, { e, p }] of [...sq].sort((a, b) => a[0] - b[0])) {
      if (e >= 0 && p >= 0) this.sqPairs.push({ item, e, p });
    }
    let servqual: Collected['servqual'] = null;
    if (this.sqPairs.length > 0) {
      // Standard dimension of each item (1–4, 5–9, 10–13, 14–17, 18–22), renumbered over the dimensions present.
      const std = this.sqPairs.map(({ item }) => SERVQUAL_STANDARD_LAYOUT[item - 1]!);
      const present = [...new Set(std)].sort((a, b) => a - b);
      const layout = std.map((d) => present.indexOf(d));
      const sc = specs[this.sqPairs[0]!.e]!.scale ?? [1, 7];
      // Importance points count only when the points columns are exactly the dimensions present (a split of 100
      // over them); otherwise the report says which dimension is missing or extra.
      const pointCols = present.map((d) =>
        specs.findIndex(
          (s, j) => s.role === 'servqual_points' && s.dimension === SERVQUAL_DIMENSIONS[d] && j !== by,
        ),
      );
      const mappedDims = new Set(
        specs.filter((s, j) => s.role === 'servqual_points' && j !== by).map((s) => s.dimension!),
      );
      const missing = present.filter((_, k) => pointCols[k]! < 0).map((d) => SERVQUAL_DIMENSIONS[d]!);
      const extra = [...mappedDims].filter((d) => !present.some((x) => SERVQUAL_DIMENSIONS[x] === d));
      if (mappedDims.size > 0 && missing.length === 0 && extra.length === 0) {
        this.sqPointCols = pointCols;
        this.sqPoints = new Array(pointCols.length).fill(0);
      }
      servqual = {
        sums: emptyServqual(layout, { min: sc[0], max: sc[1] }),
        items: this.sqPairs.map((x) => x.item),
        dimensions: present.map((d) => SERVQUAL_DIMENSIONS[d]!),
        pointsUnused:
          mappedDims.size === 0
            ? null
            : missing.length > 0
              ? { reason: 'missing', dimensions: missing }
              : extra.length > 0
                ? { reason: 'extra', dimensions: extra }
                : null,
      };
      this.sqE = new Array(this.sqPairs.length).fill(null);
      this.sqP = new Array(this.sqPairs.length).fill(null);
    }
    this.direct = by < 0 && outcome < 0 && this.kanoPairs.length === 0 && this.sqPairs.length === 0;
    for (let j = 0; j < n; j++)
      this.numeric[j] = this.kinds[j] === K_SCORED || this.kinds[j] === K_NUMBER ? 1 : 0;
    this.o = {
      mapping,
      rows: 0,
      shortRows: 0,
      longRows: 0,
      hist,
      exclusions: counts.subarray(exclusionsAt, exclusionsAt + n * NR),
      moments,
      labels,
      byColumn: by,
      byHist: new Map(),
      outcome,
      drivers,
      co: outcome >= 0 && drivers.length > 0 ? makeCo(m) : null,
      kano,
      servqual,
      failure: null,
    };
    this.lanes = {
      lane: new Uint8Array(n),
      counts,
      slot: new Int32Array(n * SLOTS).fill(-1),
      blank: new Int32Array(n).fill(-1),
      labels: new Array<LabelLane | undefined>(n).fill(undefined),
    };
    this.labelBase = new Int32Array(n).fill(-1);
    if (this.headerDone) this.enableFastPath();
  }

  /** Rows read so far (cheap: progress reports ask for it often). */
  get rows(): number {
    return this.o.rows;
  }

  /** The summaries so far, with what the hot loop counted for known labels added in. */
  get out(): Collected {
    this.flushLabels();
    return this.o;
  }

  /** Adds the label lanes' counts to the label summaries and zeroes them (so reading twice adds nothing twice). */
  private flushLabels(): void {
    const counts = this.lanes.counts;
    for (const j of this.labelCols) {
      const base = this.labelBase[j]!;
      if (base < 0) continue;
      const lc = this.o.labels[j]!;
      const top = Math.min(LABEL_LANE_MAX, lc.counts.length);
      for (let idx = 0; idx < top; idx++) {
        const v = counts[base + idx]!;
        if (v === 0) continue;
        lc.counts[idx]! += v;
        counts[base + idx] = 0;
      }
    }
  }

  private exclude(col: number, reason: number, raw: string): void {
    this.o.exclusions[col * NR + reason]!++;
    // A cell with an answer that could not be used (not a blank or a "no answer"), for this row.
    if (reason !== R_BLANK && reason !== R_NA) this.rowBad[col] = 1;
    if (
      this.strict &&
      this.o.failure === null &&
      (reason === R_OUT_OF_RANGE || reason === R_NOT_A_NUMBER || reason === R_NOT_AN_INTEGER)
    ) {
      this.o.failure = {
        row: this.o.rows + 2,
        column: this.specs[col]!.column,
        value: raw,
        expected: this.expected(col),
      };
      this.stop = true;
    }
  }

  private expected(col: number): string {
    const s = this.specs[col]!;
    if (this.kinds[col] === K_SCORED) {
      const na =
        s.notApplicable && s.notApplicable.length > 0
          ? ` (or ${s.notApplicable.join(', ')} = not applicable)`
          : '';
      return `an integer ${this.lo[col]}–${this.hi[col]}${na}`;
    }
    return 'a number';
  }

  /**
   * Sorts a parsed number into the summaries (or the row, when rows are needed) or the exclusions.
   * Returns −1 when stored or counted as not applicable, else the reason the caller must report with the raw text.
   */
  private scored(col: number, v: number): number {
    if (this.kinds[col] === K_NUMBER) {
      if (v !== Math.floor(v)) this.nonInteger[col] = 1;
      if (this.direct) {
        const m = this.o.moments[col]!;
        m.n++;
        m.sum += v;
        m.sumSq += v * v;
        if (v < m.min) m.min = v;
        if (v > m.max) m.max = v;
      } else this.rowVals[col] = v;
      return -1;
    }
    if (v >= 0 && v < 31 && Number.isInteger(v) ? (this.naBits[col]! >>> v) & 1 : this.naMask[col]?.has(v)) {
      this.o.exclusions[col * NR + R_NOT_APPLICABLE]!++;
      return -1;
    }
    if (v !== Math.floor(v)) return R_NOT_AN_INTEGER;
    if (v < this.lo[col]! || v > this.hi[col]!) return R_OUT_OF_RANGE;
    if (this.direct) this.flat[this.off[col]! + v - this.lo[col]!]!++;
    else this.rowVals[col] = v;
    return -1;
  }

  /** Fast path from the CSV parser: a cell of plain ASCII digits in a number or scored column. */
  int(col: number, v: number): void {
    // Hot path: an in-range value of a scored column in direct mode is one increment.
    if (this.fastOn[col] === 1 && v >= this.lo[col]! && v <= this.hi[col]!) {
      this.flat[this.fastBase[col]! + v]!++;
      return;
    }
    if (col >= this.ncols || !this.headerDone) return;
    const r = this.scored(col, v);
    if (r >= 0) this.exclude(col, r, String(v));
  }

  /** The label index of a text (−1 blank, −2 NA token, −3 over {@link MAX_LABELS}), registering new labels. */
  private labelIndex(col: number, text: string): number {
    const d = displayLabel(text);
    if (d === '') return -1;
    const key = labelKey(d);
    if (this.naKeys.has(key)) return -2;
    const lc = this.o.labels[col]!;
    let idx = lc.keys.get(key);
    if (idx === undefined) {
      if (lc.display.length >= MAX_LABELS) return -3;
      idx = lc.display.length;
      lc.keys.set(key, idx);
      lc.display.push(d);
      lc.counts.push(0);
    }
    return idx;
  }

  private applyLabel(col: number, idx: number): void {
    if (idx === -1) this.o.exclusions[col * NR + R_BLANK]!++;
    else if (idx === -2) this.o.exclusions[col * NR + R_NA]!++;
    else if (idx === -3) this.o.exclusions[col * NR + R_TOO_MANY_LABELS]!++;
    else if (this.direct) this.o.labels[col]!.counts[idx]!++;
    else this.rowLabel[col] = idx;
  }

  private label(col: number, text: string): void {
    this.applyLabel(col, this.labelIndex(col, text));
  }

  /** Label from bytes: recently seen byte strings skip decoding and normalising. */
  private labelBytes(col: number, buf: Uint8Array, start: number, end: number, escaped: boolean): void {
    const len = end - start;
    if (!escaped) {
      const cache = this.labelCache[col]!;
      const e = indexOfBytes(cache.bytes, buf, start, end);
      if (e >= 0) {
        this.applyLabel(col, cache.idx[e]!);
        return;
      }
      const idx = this.labelIndex(col, fieldText(buf, start, end, false));
      if (cache.bytes.length < 64 && len <= 64) {
        // With a lane (direct mode), the hot loop counts these bytes itself from now on.
        const base = this.labelBase[col]!;
        cache.bytes.push(buf.slice(start, end));
        cache.idx.push(idx);
        cache.slots.push(base >= 0 && idx >= 0 && idx < LABEL_LANE_MAX ? base + idx : -1);
      }
      this.applyLabel(col, idx);
      return;
    }
    this.label(col, fieldText(buf, start, end, escaped));
  }

  /** CSV fast path: numbers are parsed from the bytes; only label columns are decoded. */
  field(col: number, buf: Uint8Array, start: number, end: number, escaped: boolean): void {
    if (col >= this.ncols || !this.headerDone) return;
    const kind = this.kinds[col];
    if (kind === K_SKIP) return;
    if (kind === K_LABEL) {
      this.labelBytes(col, buf, start, end, escaped);
      return;
    }
    // Trim spaces and tabs.
    while (start < end && (buf[start] === 0x20 || buf[start] === 0x09)) start++;
    while (end > start && (buf[end - 1] === 0x20 || buf[end - 1] === 0x09)) end--;
    if (start === end) {
      this.o.exclusions[col * NR + R_BLANK]!++;
      return;
    }
    let i = start;
    let neg = false;
    let c = buf[i]!;
    if (c === 0x2d || c === 0x2b) {
      neg = c === 0x2d;
      i++;
    }
    let v = 0;
    let digits = 0;
    while (i < end) {
      c = buf[i]! - 0x30;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
      digits++;
      i++;
    }
    if (i < end && buf[i] === 0x2e) {
      i++;
      let scale = 0.1;
      while (i < end) {
        c = buf[i]! - 0x30;
        if (c < 0 || c > 9) break;
        v += c * scale;
        scale /= 10;
        digits++;
        i++;
      }
    }
    if (i === end && digits > 0) {
      const r = this.scored(col, neg ? -v : v);
      if (r >= 0) this.exclude(col, r, fieldText(buf, start, end, escaped));
      return;
    }
    this.textBytes(col, buf, start, end, escaped);
  }

  /** Text in a number column: NA tokens seen before are recognised from their bytes without decoding. */
  private textBytes(col: number, buf: Uint8Array, start: number, end: number, escaped: boolean): void {
    const len = end - start;
    const cache = this.labelCache[col]!;
    if (!escaped && indexOfBytes(cache.bytes, buf, start, end) >= 0) {
      this.o.exclusions[col * NR + R_NA]!++;
      return;
    }
    const raw = fieldText(buf, start, end, escaped);
    if (!escaped && cache.bytes.length < 16 && len <= 32 && this.naKeys.has(labelKey(displayLabel(raw)))) {
      cache.bytes.push(buf.slice(start, end));
      cache.idx.push(-2);
      cache.slots.push(-1);
    }
    this.text(col, raw);
  }

  /** A cell that is not a plain decimal: NA token, exponent notation, or text in a number column. */
  private text(col: number, raw: string): void {
    const d = displayLabel(raw);
    if (d === '') {
      this.o.exclusions[col * NR + R_BLANK]!++;
      return;
    }
    if (this.naKeys.has(labelKey(d))) {
      this.o.exclusions[col * NR + R_NA]!++;
      return;
    }
    const num = Number(d);
    if (Number.isFinite(num) && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(d)) {
      const r = this.scored(col, num);
      if (r >= 0) this.exclude(col, r, raw);
      return;
    }
    this.exclude(col, R_NOT_A_NUMBER, raw);
  }

  /** Decoded-cell path (XLSX): a string, a number, or null for an empty cell. */
  cell(col: number, value: string | number | null): void {
    if (col >= this.ncols || !this.headerDone) return;
    const kind = this.kinds[col];
    if (kind === K_SKIP) return;
    if (kind === K_LABEL) {
      this.label(col, value === null ? '' : String(value));
      return;
    }
    if (value === null) this.o.exclusions[col * NR + R_BLANK]!++;
    else if (typeof value === 'number') {
      const r = this.scored(col, value);
      if (r >= 0) this.exclude(col, r, String(value));
    } else this.text(col, value);
  }

  endRecord(fields: number): boolean {
    // Hot path, small enough to inline: a complete row in direct mode has nothing left to do.
    if (this.direct && fields === this.ncols && this.headerDone && !this.stop) {
      this.o.rows++;
      return true;
    }
    return this.endRecordSlow(fields);
  }

  private endRecordSlow(fields: number): boolean {
    if (!this.headerDone) {
      this.headerDone = true;
      this.enableFastPath();
      return true;
    }
    const o = this.o;
    if (this.stop) return false;
    const n = this.ncols;
    if (fields < n) {
      o.shortRows++;
      for (let j = fields; j < n; j++)
        if (this.kinds[j] !== K_SKIP) o.exclusions[j * NR + R_MISSING_FIELD]!++;
    } else if (fields > n) o.longRows++;
    if (this.strict && fields !== n) {
      o.failure = {
        row: o.rows + 2,
        column: fields < n ? this.specs[fields]!.column : `(field ${n + 1})`,
        value: `${fields} fields`,
        expected: `${n} fields, as in the header`,
      };
      return false;
    }
    if (this.direct) {
      o.rows++;
      return !this.stop;
    }
    const vals = this.rowVals;
    const lab = this.rowLabel;
    for (const j of this.scoredCols) {
      const v = vals[j]!;
      if (!Number.isNaN(v)) o.hist[j]![v - this.lo[j]!]!++;
    }
    for (const j of this.numberCols) {
      const v = vals[j]!;
      if (!Number.isNaN(v)) {
        const m = o.moments[j]!;
        m.n++;
        m.sum += v;
        m.sumSq += v * v;
        if (v < m.min) m.min = v;
        if (v > m.max) m.max = v;
      }
    }
    for (const j of this.labelCols) {
      const l = lab[j]!;
      if (l >= 0) o.labels[j]!.counts[l]!++;
    }
    if (o.byColumn >= 0) {
      const level = lab[o.byColumn]!;
      if (level >= 0) {
        let hs = o.byHist.get(level);
        if (hs === undefined) {
          hs = o.hist.map((h) => (h === null ? null : new Float64Array(h.length)));
          o.byHist.set(level, hs);
        }
        for (const j of this.scoredCols) {
          const v = vals[j]!;
          if (!Number.isNaN(v)) hs[j]![v - this.lo[j]!]!++;
        }
      }
    }
    if (o.co !== null) this.addCo(o.co);
    for (const { feature, f, d } of this.kanoPairs) {
      const fv = vals[f]!;
      const dv = vals[d]!;
      if (!Number.isNaN(fv) && !Number.isNaN(dv)) o.kano.get(feature)![(fv - 1) * 5 + (dv - 1)]!++;
    }
    if (o.servqual !== null) {
      this.sqPairs.forEach(({ e, p }, k) => {
        const ev = vals[e]!;
        const pv = vals[p]!;
        this.sqE[k] = Number.isNaN(ev) ? null : ev;
        this.sqP[k] = Number.isNaN(pv) ? null : pv;
      });
      // Points: none given → no split; some given → all must be (a missing one makes the split invalid, counted).
      // Many survey tools leave a 0 blank: when the points given add up to 100, a blank one counts as 0.
      let points: number[] | null = null;
      if (this.sqPointCols.length > 0) {
        let given = 0;
        let total = 0;
        let bad = false;
        this.sqPointCols.forEach((j, d) => {
          const v = vals[j]!;
          this.sqPoints[d] = v;
          if (this.rowBad[j]) bad = true;
          if (!Number.isNaN(v)) {
            given++;
            total += v;
          }
        });
        if (given > 0 || bad) {
          if (!bad && given < this.sqPoints.length && total === 100)
            for (let d = 0; d < this.sqPoints.length; d++)
              if (Number.isNaN(this.sqPoints[d]!)) this.sqPoints[d] = 0;
          points = this.sqPoints;
        }
      }
      o.servqual.sums = addServqual(o.servqual.sums, {
        expectations: this.sqE,
        perceptions: this.sqP,
        points,
      });
    }
    o.rows++;
    vals.fill(Number.NaN);
    lab.fill(-1);
    this.rowBad.fill(0);
    return !this.stop;
  }

  private addCo(co: CoMoments): void {
    const m = co.m;
    const vv = this.varVals;
    const vars = this.vars;
    for (let a = 0; a < m; a++) {
      const j = vars[a]!;
      let v: number;
      if (a === m - 1 && !this.outcomeScored) {
        const l = this.rowLabel[j]!;
        const key = l >= 0 ? this.o.labels[j]!.display[l]! : undefined;
        v = key === undefined ? Number.NaN : this.positive?.has(labelKey(key)) ? 1 : 0;
      } else v = this.rowVals[j]!;
      vv[a] = v;
    }
    for (let a = 0; a < m; a++) {
      const x = vv[a]!;
      if (Number.isNaN(x)) continue;
      const row = a * m;
      for (let b = a; b < m; b++) {
        const y = vv[b]!;
        if (Number.isNaN(y)) continue;
        const k = row + b;
        co.n[k]!++;
        co.sx[k]! += x;
        co.sy[k]! += y;
        co.sxx[k]! += x * x;
        co.syy[k]! += y * y;
        co.sxy[k]! += x * y;
      }
    }
  }

  private enableFastPath(): void {
    const lane = this.lanes.lane;
    for (let j = 0; j < this.ncols; j++) if (this.kinds[j] === K_SKIP) lane[j] = LANE_SKIP;
    if (!this.direct) return;
    let base = this.labelAt;
    for (const j of this.labelCols) {
      lane[j] = LANE_LABEL;
      (this.lanes.labels as (LabelLane | undefined)[])[j] = this.labelCache[j];
      this.labelBase[j] = base;
      base += LABEL_LANE_MAX;
    }
    for (let j = 0; j < this.ncols; j++) {
      if (this.kinds[j] !== K_SCORED) continue;
      // Values counted as not applicable must take the slow path even when inside the scale.
      let naInside = false;
      for (let v = this.lo[j]!; v <= this.hi[j]!; v++) if (this.naMask[j]?.has(v)) naInside = true;
      if (naInside) continue;
      this.fastOn[j] = 1;
      this.fastBase[j] = this.off[j]! - this.lo[j]!;
      lane[j] = LANE_HIST;
      this.lanes.blank[j] = this.flat.length + j * NR + R_BLANK;
      for (let v = Math.max(this.lo[j]!, 0); v <= this.hi[j]! && v < SLOTS; v++)
        this.lanes.slot[j * SLOTS + v] = this.fastBase[j]! + v;
    }
  }

  /** Whether the collector asked to stop (strict failure). */
  get stopped(): boolean {
    return this.stop;
  }
}

/** Exclusion counts of one column by reason (only non-zero reasons). */
export function columnExclusions(c: Collected, col: number): Partial<Record<Reason, number>> {
  const out: Partial<Record<Reason, number>> = {};
  for (let r = 0; r < NR; r++) {
    const v = c.exclusions[col * NR + r]!;
    if (v > 0) out[REASONS[r]!] = v;
  }
  return out;
}
