/**
 * A CSV reader that works on bytes, for speed: RFC 4180 quoting (`"a,b"`, `"say ""hi"""`, embedded newlines),
 * CRLF or LF, an optional UTF-8 BOM, and `,` `;` or tab delimiters. It never builds row objects: it hands each
 * field to a sink as a byte range, so numeric columns can be parsed straight into histograms and ignored
 * columns cost nothing. Chunks may split anywhere (inside a quote, a multi-byte character or a CRLF);
 * an incomplete field is carried to the next chunk.
 */

export const COMMA = 0x2c;
export const SEMICOLON = 0x3b;
export const TAB = 0x09;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

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
  /**
   * Optional fastest path, tried before everything else (see {@link CsvLanes}): ignored columns are stepped over
   * without a call, and plain-digit cells within a column's range are counted straight into a histogram.
   */
  readonly lanes?: CsvLanes;
}

/** Lane of a column in {@link CsvLanes}: no shortcut (the field goes to `int` or `field`). */
export const LANE_NONE = 0;
/** Lane: the column is ignored; its unquoted fields are stepped over and never handed to the sink. */
export const LANE_SKIP = 1;
/**
 * Lane: a plain ASCII-digit cell `v` < {@link SLOTS} with `slot[col · SLOTS + v]` ≥ 0 does `counts[slot…]++`;
 * other cells as usual.
 */
export const LANE_HIST = 2;
/** Values 0…SLOTS−1 can be counted by a {@link LANE_HIST} lane. */
export const SLOTS = 16;
/**
 * Lane: an unquoted, non-empty cell whose bytes equal one of the column's {@link LabelLane} entries does
 * `counts[slot]++`; other cells as usual (the sink may add entries as it meets labels).
 */
export const LANE_LABEL = 3;

/** Byte strings of a label column met so far, each with its index into `counts` (−1: the ordinary path takes it). */
export interface LabelLane {
  readonly bytes: readonly Uint8Array[];
  readonly slots: readonly number[];
}

/**
 * Per-column shortcuts for the hot loop, as typed arrays so the loop stays monomorphic and call-free. The parser
 * reads the arrays at each `push`, so their contents may change between pushes (e.g. once the header is read).
 * Quoted, blank, signed, decimal, out-of-range or CR-terminated cells always take the ordinary path.
 */
export interface CsvLanes {
  readonly lane: Uint8Array;
  readonly counts: Float64Array;
  /** Per column × value (`col · SLOTS + v`): the index into `counts`, or −1 for "take the ordinary path". */
  readonly slot: Int32Array;
  /** Per column of a {@link LANE_HIST} lane: the index into `counts` an empty unquoted field increments, or −1. */
  readonly blank: Int32Array;
  /** Per column of a {@link LANE_LABEL} lane: its known byte strings. */
  readonly labels: readonly (LabelLane | undefined)[];
}

const NO_LANES: CsvLanes = {
  lane: new Uint8Array(0),
  counts: new Float64Array(0),
  slot: new Int32Array(0),
  blank: new Int32Array(0),
  labels: [],
};

/** Push-based CSV parser: `push(chunk)` as bytes arrive, then `end()`. */
export class CsvParser {
  /** The incomplete last field of the previous chunk (empty: none; never null, so the field keeps one type). */
  private carry: Uint8Array = EMPTY;
  /** Reused buffer for carry + next chunk (a chunk is only read during `push`). */
  private joinBuf = new Uint8Array(0);
  private col = 0;
  private skipLF = false;
  private atStart = true;
  private stopped = false;
  /** Records handed to the sink so far. */
  records = 0;

  constructor(
    private readonly sink: CsvSink,
    private readonly delimiter: number = COMMA,
  ) {}

  /**
   * True when everything pushed so far ends exactly at a record boundary outside quotes: no field is carried, no
   * record is open and no CR awaits its LF. Only then may the rest of the input be parsed by another parser.
   */
  get atRecordBoundary(): boolean {
    return !this.stopped && !this.atStart && this.carry.length === 0 && this.col === 0 && !this.skipLF;
  }

  /** Marks the input as starting mid-file (at a record boundary): a leading BOM is then text, not a mark. */
  midStream(): this {
    this.atStart = false;
    return this;
  }

  /** True once the sink returned `false` from `endRecord`. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Parses a chunk; returns false once the sink asked to stop. The chunk may be reused by the caller afterwards. */
  push(chunk: Uint8Array): boolean {
    if (this.stopped) return false;
    if (this.carry.length === 0) return this.parse(chunk);
    // The carried field is joined with the chunk's first line only: copying the whole chunk (megabytes) behind it
    // would cost a copy of the file.
    const lf = chunk.indexOf(LF);
    if (lf < 0 || lf + 1 >= chunk.length) return this.parseJoined(chunk);
    if (!this.parseJoined(chunk.subarray(0, lf + 1))) return false;
    const rest = chunk.subarray(lf + 1);
    // Still carrying (a quoted field spans that line): join it with the rest.
    return this.carry.length === 0 ? this.parse(rest) : this.parseJoined(rest);
  }

  /** Parses the carried bytes followed by `chunk`. */
  private parseJoined(chunk: Uint8Array): boolean {
    const len = this.carry.length + chunk.length;
    if (this.joinBuf.length < len) this.joinBuf = new Uint8Array(Math.max(len, this.joinBuf.length * 2));
    const joined = this.joinBuf.subarray(0, len);
    joined.set(this.carry, 0);
    joined.set(chunk, this.carry.length);
    this.carry = EMPTY;
    return this.parse(joined);
  }

  /** Parses `buf`, which continues the input after the carried bytes were consumed (the carry is empty). */
  private parse(buf: Uint8Array): boolean {
    let i = 0;
    if (this.atStart) {
      if (buf.length < 3 && isBomPrefix(buf)) {
        this.carry = copyFrom(buf, 0);
        return true;
      }
      this.atStart = false;
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
    }
    if (this.skipLF) {
      this.skipLF = false;
      if (i < buf.length && buf[i] === LF) i++;
    }
    const n = buf.length;
    const delim = this.delimiter;
    const sink = this.sink;
    const numeric = sink.numeric !== undefined && sink.int !== undefined ? sink.numeric : null;
    const lanes = sink.lanes ?? NO_LANES;
    const lane = lanes.lane;
    const nl = lane.length;
    const counts = lanes.counts;
    const slot = lanes.slot;
    const blank = lanes.blank;
    // Module constants as locals: the loop reads them without a module-variable load each time.
    const laneHist = LANE_HIST;
    const laneSkip = LANE_SKIP;
    const laneLabel = LANE_LABEL;
    const labelLanes = lanes.labels;
    const slots = SLOTS;
    const quote = QUOTE;
    const lf = LF;
    const cr = CR;
    let records = this.records;
    let col = this.col;
    let stopped = false;
    /** Where a field cut by the chunk's end starts (carried to the next chunk), or −1. */
    let carryFrom = -1;
    // Two one-digit cells at once: one 32-bit load tests "d,d," (digit, delimiter, digit, delimiter); on the bench
    // file the whole pass takes about a fifth less time than a cell at a time. Delimiters are ASCII, so the int32
    // compare below has no sign issue.
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const pairDelims = (delim << 8) | (delim << 24);
    const pairEnd = n - 4;
    const pairCols = nl - 1;
    while (i < n) {
      if (i <= pairEnd && col < pairCols) {
        const w = view.getInt32(i, true);
        // Bytes 0 and 2 are 0x30…0x39: high nibble 3 and low nibble + 6 without a carry into bit 4.
        if (
          (w & 0xff00ff00) === pairDelims &&
          (w & 0x00f000f0) === 0x00300030 &&
          (((w & 0x000f000f) + 0x00060006) & 0x00100010) === 0
        ) {
          const base = col * slots;
          const k0 = slot[base + (w & 15)]!;
          const k1 = slot[base + slots + ((w >>> 16) & 15)]!;
          if ((k0 | k1) >= 0) {
            counts[k0]!++;
            counts[k1]!++;
            i += 4;
            col += 2;
            continue;
          }
        }
      }
      // Hot loop: plain-digit cells counted straight into histograms, ignored columns stepped over. Anything
      // else (and any cell that reaches the end of the chunk) falls through to the general path below.
      if (col < nl) {
        const ln = lane[col]!;
        if (ln === laneHist) {
          const c0 = buf[i]!;
          let v = c0 - 0x30;
          if (v >= 0 && v <= 9) {
            let j = i + 1;
            let d = 0;
            while (j < n) {
              d = buf[j]!;
              if (d < 0x30 || d > 0x39) break;
              v = v * 10 + (d - 0x30);
              j++;
            }
            if (j === n) {
              // Cut by the chunk's end: carried (without touching the general path's rarely used code).
              carryFrom = i;
              break;
            }
            const k = v < slots ? slot[col * slots + v]! : -1;
            if (k >= 0 && (d === delim || d === lf)) {
              counts[k]!++;
              i = j + 1;
              if (d === delim) {
                col++;
                continue;
              }
              records++;
              const more = sink.endRecord(col + 1);
              col = 0;
              if (more === false) {
                stopped = true;
                break;
              }
              continue;
            }
          } else if ((c0 === delim || (c0 === lf && col > 0)) && blank[col]! >= 0) {
            // An empty field (not a blank line): counted as blank.
            counts[blank[col]!]!++;
            i++;
            if (c0 === delim) {
              col++;
              continue;
            }
            records++;
            const more = sink.endRecord(col + 1);
            col = 0;
            if (more === false) {
              stopped = true;
              break;
            }
            continue;
          }
        } else if (ln === laneSkip || ln === laneLabel) {
          // The unquoted field is scanned to its end: an ignored column steps over it; a label column counts it
          // here when its bytes are one of the column's known labels (else the ordinary path takes it).
          let d = buf[i]!;
          if (d !== quote && d !== delim && d !== lf && d !== cr) {
            let j = i + 1;
            while (j < n) {
              d = buf[j]!;
              if (d === delim || d === lf || d === cr) break;
              j++;
            }
            if (j === n) {
              carryFrom = i;
              break;
            }
            // (One call per cell: the lookup is not inlined into this large loop.)
            const known = ln === laneLabel && d !== cr ? labelLanes[col]! : undefined;
            const e = known === undefined ? -1 : indexOfBytes(known.bytes, buf, i, j);
            const k = e < 0 ? -1 : known!.slots[e]!;
            if (d !== cr && (ln === laneSkip || k >= 0)) {
              if (k >= 0) counts[k]!++;
              i = j + 1;
              if (d === delim) {
                col++;
                continue;
              }
              records++;
              const more = sink.endRecord(col + 1);
              col = 0;
              if (more === false) {
                stopped = true;
                break;
              }
              continue;
            }
          }
        }
      }
      const start = i;
      let c = buf[i]!;
      if (c === quote) {
        const k = this.quoted(buf, i, n, col);
        if (k < 0) {
          carryFrom = start;
          break;
        }
        i = k;
      } else {
        let v = c - 0x30;
        if (v >= 0 && v <= 9 && numeric !== null && numeric[col] === 1) {
          // Fast path: a run of ASCII digits ended by a delimiter or a line end.
          let j = i + 1;
          while (j < n) {
            const d = buf[j]! - 0x30;
            if (d < 0 || d > 9) break;
            v = v * 10 + d;
            j++;
          }
          if (j < n) {
            c = buf[j]!;
            if (c === delim) {
              sink.int!(col, v);
              col++;
              i = j + 1;
              continue;
            }
            if (c === lf || c === cr) {
              sink.int!(col, v);
              i = j + 1;
              if (c === cr) {
                if (i < n) {
                  if (buf[i] === lf) i++;
                } else this.skipLF = true;
              }
              records++;
              const more = sink.endRecord(col + 1);
              col = 0;
              if (more === false) {
                stopped = true;
                break;
              }
              continue;
            }
          }
        }
        let j = i;
        while (j < n) {
          c = buf[j]!;
          if (c === delim || c === lf || c === cr) break;
          j++;
        }
        if (j === n) {
          carryFrom = start;
          break;
        }
        if (j === i && col === 0 && c !== delim) {
          // Blank line: skip it.
          i = j + 1;
          if (c === cr) {
            if (i < n) {
              if (buf[i] === lf) i++;
            } else this.skipLF = true;
          }
          continue;
        }
        sink.field(col, buf, i, j, false);
        i = j;
      }
      // buf[i] is the terminator.
      c = buf[i]!;
      i++;
      if (c === delim) {
        col++;
        continue;
      }
      if (c === cr) {
        if (i < n) {
          if (buf[i] === lf) i++;
        } else this.skipLF = true;
      }
      records++;
      const more = sink.endRecord(col + 1);
      col = 0;
      if (more === false) {
        stopped = true;
        break;
      }
    }
    // One exit for every outcome, so that its property stores have type feedback from the first call on (code
    // reached only at a chunk's end would otherwise cost a deoptimisation of the hot loop at every chunk).
    this.records = records;
    this.col = stopped ? 0 : col;
    this.stopped = stopped;
    // (copyFrom is called on every exit, also with nothing to carry, so the call site always has feedback.)
    this.carry = copyFrom(buf, carryFrom >= 0 ? carryFrom : buf.length);
    return !stopped;
  }

  /**
   * A quoted field starting at `i`: hands it to the sink and returns the index of its terminator, or −1 when the
   * field is not complete in `buf` (the caller carries it to the next chunk). Kept apart from `push` so the hot
   * loop stays small.
   */
  private quoted(buf: Uint8Array, i: number, n: number, col: number): number {
    const delim = this.delimiter;
    let j = i + 1;
    let escaped = false;
    let closed = -1;
    for (;;) {
      j = buf.indexOf(QUOTE, j);
      if (j === -1 || j + 1 >= n) break;
      if (buf[j + 1] === QUOTE) {
        escaped = true;
        j += 2;
        continue;
      }
      closed = j;
      break;
    }
    if (closed === -1) return -1;
    let k = closed + 1;
    let c = buf[k]!;
    if (c === delim || c === LF || c === CR) {
      this.sink.field(col, buf, i + 1, closed, escaped);
      return k;
    }
    // Lenient: text after a closing quote; the whole raw field is the value.
    while (k < n) {
      c = buf[k]!;
      if (c === delim || c === LF || c === CR) break;
      k++;
    }
    if (k === n) return -1;
    this.sink.field(col, buf, i, k, false);
    return k;
  }

  /** Flushes the last record when the input does not end with a newline. */
  end(): void {
    if (this.stopped) return;
    const carry = this.carry;
    this.carry = EMPTY;
    if (carry.length > 0 && !(this.atStart && isBomPrefix(carry))) {
      // Terminate the pending field with a newline and parse it once more.
      const withNl = new Uint8Array(carry.length + 1);
      withNl.set(carry, 0);
      withNl[carry.length] = LF;
      const pendingCol = this.col;
      if (carry[0] === QUOTE && !closesQuote(carry)) {
        // Unterminated quote: the rest of the input is the field's text.
        this.sink.field(pendingCol, carry, 1, carry.length, hasDoubledQuote(carry));
        this.records++;
        this.sink.endRecord(pendingCol + 1);
        this.col = 0;
        return;
      }
      this.atStart = false;
      this.push(withNl);
      return;
    }
    if (this.col > 0) {
      // The input ended right after a delimiter: one empty trailing field.
      this.sink.field(this.col, EMPTY, 0, 0, false);
      this.records++;
      this.sink.endRecord(this.col + 1);
      this.col = 0;
    }
  }
}

const EMPTY = new Uint8Array(0);

/**
 * A copy of `buf[from…]` as a plain Uint8Array (`slice` would dispatch on Buffer vs Uint8Array); {@link EMPTY}
 * when nothing is left.
 */
function copyFrom(buf: Uint8Array, from: number): Uint8Array {
  if (from >= buf.length) return EMPTY;
  const out = new Uint8Array(buf.length - from);
  out.set(buf.subarray(from), 0);
  return out;
}

function isBomPrefix(b: Uint8Array): boolean {
  const bom = [0xef, 0xbb, 0xbf];
  for (let i = 0; i < b.length && i < 3; i++) if (b[i] !== bom[i]) return false;
  return true;
}

function closesQuote(b: Uint8Array): boolean {
  let j = 1;
  while (j < b.length) {
    if (b[j] === QUOTE) {
      if (b[j + 1] === QUOTE) {
        j += 2;
        continue;
      }
      return true;
    }
    j++;
  }
  return false;
}

function hasDoubledQuote(b: Uint8Array): boolean {
  for (let j = 1; j + 1 < b.length; j++) if (b[j] === QUOTE && b[j + 1] === QUOTE) return true;
  return false;
}

const decoder = new TextDecoder('utf-8');

/** Decodes a field's bytes as UTF-8 text, collapsing doubled quotes. */
export function fieldText(buf: Uint8Array, start: number, end: number, escaped: boolean): string {
  if (end - start <= 16) {
    // Short ASCII (most cells): cheaper than a TextDecoder call.
    let s = '';
    let k = start;
    while (k < end) {
      const b = buf[k]!;
      if (b >= 0x80) break;
      s += String.fromCharCode(b);
      k++;
    }
    if (k === end) return escaped ? s.replaceAll('""', '"') : s;
  }
  const s = decoder.decode(buf.subarray(start, end));
  return escaped ? s.replaceAll('""', '"') : s;
}

/**
 * Picks the delimiter from the header line: the most frequent of `,` `;` and tab outside quotes
 * (ties and none → comma).
 */
export function sniffDelimiter(head: Uint8Array): number {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let inQuote = false;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  for (; i < head.length; i++) {
    const c = head[i];
    if (c === QUOTE) inQuote = !inQuote;
    else if (!inQuote) {
      if (c === LF || c === CR) break;
      if (c === COMMA) comma++;
      else if (c === SEMICOLON) semi++;
      else if (c === TAB) tab++;
    }
  }
  if (tab > comma && tab >= semi) return TAB;
  if (semi > comma && semi > tab) return SEMICOLON;
  return COMMA;
}

/** Reads a whole input given as chunks into rows of strings (for headers, samples and tests). */
export function readCsvRecords(chunks: Iterable<Uint8Array>, delimiter?: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const sink: CsvSink = {
    field(col, buf, start, end, escaped) {
      row[col] = fieldText(buf, start, end, escaped);
    },
    endRecord() {
      rows.push(row);
      row = [];
      return true;
    },
  };
  let parser: CsvParser | null = null;
  for (const chunk of chunks) {
    parser ??= new CsvParser(sink, delimiter ?? sniffDelimiter(chunk));
    parser.push(chunk);
  }
  parser?.end();
  return rows;
}

/** Human name of a delimiter byte, for reports. */
export function delimiterName(d: number): string {
  return d === TAB ? 'tab' : d === SEMICOLON ? ';' : ',';
}

/** The index in `list` of the byte string equal to `buf[start, end)`, or −1. */
export function indexOfBytes(
  list: readonly Uint8Array[],
  buf: Uint8Array,
  start: number,
  end: number,
): number {
  const len = end - start;
  for (let e = 0; e < list.length; e++) {
    const b = list[e]!;
    if (b.length !== len) continue;
    let x = 0;
    while (x < len && b[x] === buf[start + x]) x++;
    if (x === len) return e;
  }
  return -1;
}
