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
/** Push-based CSV parser: `push(chunk)` as bytes arrive, then `end()`. */
export class CsvParser {
    sink;
    delimiter;
    carry = null;
    /** Reused buffer for carry + next chunk (a chunk is only read during `push`). */
    joinBuf = new Uint8Array(0);
    col = 0;
    skipLF = false;
    atStart = true;
    stopped = false;
    /** Records handed to the sink so far. */
    records = 0;
    constructor(sink, delimiter = COMMA) {
        this.sink = sink;
        this.delimiter = delimiter;
    }
    /** True once the sink returned `false` from `endRecord`. */
    get isStopped() {
        return this.stopped;
    }
    /** Parses a chunk; returns false once the sink asked to stop. The chunk may be reused by the caller afterwards. */
    push(chunk) {
        if (this.stopped)
            return false;
        let buf = chunk;
        if (this.carry !== null) {
            const len = this.carry.length + chunk.length;
            if (this.joinBuf.length < len)
                this.joinBuf = new Uint8Array(Math.max(len, this.joinBuf.length * 2));
            const joined = this.joinBuf.subarray(0, len);
            joined.set(this.carry, 0);
            joined.set(chunk, this.carry.length);
            buf = joined;
            this.carry = null;
        }
        let i = 0;
        if (this.atStart) {
            if (buf.length < 3 && isBomPrefix(buf)) {
                this.carry = buf.slice();
                return true;
            }
            this.atStart = false;
            if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                i = 3;
        }
        if (this.skipLF) {
            this.skipLF = false;
            if (i < buf.length && buf[i] === LF)
                i++;
        }
        const n = buf.length;
        const delim = this.delimiter;
        const sink = this.sink;
        const numeric = sink.numeric !== undefined && sink.int !== undefined ? sink.numeric : null;
        let col = this.col;
        while (i < n) {
            const start = i;
            let c = buf[i];
            if (c === QUOTE) {
                const k = this.quoted(buf, i, n, col);
                if (k < 0) {
                    this.carry = buf.slice(start);
                    this.col = col;
                    return true;
                }
                i = k;
            }
            else {
                let v = c - 0x30;
                if (v >= 0 && v <= 9 && numeric !== null && numeric[col] === 1) {
                    // Fast path: a run of ASCII digits ended by a delimiter or a line end.
                    let j = i + 1;
                    while (j < n) {
                        const d = buf[j] - 0x30;
                        if (d < 0 || d > 9)
                            break;
                        v = v * 10 + d;
                        j++;
                    }
                    if (j < n) {
                        c = buf[j];
                        if (c === delim) {
                            sink.int(col, v);
                            col++;
                            i = j + 1;
                            continue;
                        }
                        if (c === LF || c === CR) {
                            sink.int(col, v);
                            i = j + 1;
                            if (c === CR) {
                                if (i < n) {
                                    if (buf[i] === LF)
                                        i++;
                                }
                                else
                                    this.skipLF = true;
                            }
                            this.records++;
                            const more = sink.endRecord(col + 1);
                            col = 0;
                            if (more === false) {
                                this.stopped = true;
                                this.col = 0;
                                return false;
                            }
                            continue;
                        }
                    }
                }
                let j = i;
                while (j < n) {
                    c = buf[j];
                    if (c === delim || c === LF || c === CR)
                        break;
                    j++;
                }
                if (j === n) {
                    this.carry = buf.slice(start);
                    this.col = col;
                    return true;
                }
                if (j === i && col === 0 && c !== delim) {
                    // Blank line: skip it.
                    i = j + 1;
                    if (c === CR) {
                        if (i < n) {
                            if (buf[i] === LF)
                                i++;
                        }
                        else
                            this.skipLF = true;
                    }
                    continue;
                }
                sink.field(col, buf, i, j, false);
                i = j;
            }
            // buf[i] is the terminator.
            c = buf[i];
            i++;
            if (c === delim) {
                col++;
                continue;
            }
            if (c === CR) {
                if (i < n) {
                    if (buf[i] === LF)
                        i++;
                }
                else
                    this.skipLF = true;
            }
            this.records++;
            const more = sink.endRecord(col + 1);
            col = 0;
            if (more === false) {
                this.stopped = true;
                this.col = 0;
                return false;
            }
        }
        this.col = col;
        return true;
    }
    /**
     * A quoted field starting at `i`: hands it to the sink and returns the index of its terminator, or −1 when the
     * field is not complete in `buf` (the caller carries it to the next chunk). Kept apart from `push` so the hot
     * loop stays small.
     */
    quoted(buf, i, n, col) {
        const delim = this.delimiter;
        let j = i + 1;
        let escaped = false;
        let closed = -1;
        for (;;) {
            j = buf.indexOf(QUOTE, j);
            if (j === -1 || j + 1 >= n)
                break;
            if (buf[j + 1] === QUOTE) {
                escaped = true;
                j += 2;
                continue;
            }
            closed = j;
            break;
        }
        if (closed === -1)
            return -1;
        let k = closed + 1;
        let c = buf[k];
        if (c === delim || c === LF || c === CR) {
            this.sink.field(col, buf, i + 1, closed, escaped);
            return k;
        }
        // Lenient: text after a closing quote; the whole raw field is the value.
        while (k < n) {
            c = buf[k];
            if (c === delim || c === LF || c === CR)
                break;
            k++;
        }
        if (k === n)
            return -1;
        this.sink.field(col, buf, i, k, false);
        return k;
    }
    /** Flushes the last record when the input does not end with a newline. */
    end() {
        if (this.stopped)
            return;
        const carry = this.carry;
        this.carry = null;
        if (carry !== null && carry.length > 0 && !(this.atStart && isBomPrefix(carry))) {
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
function isBomPrefix(b) {
    const bom = [0xef, 0xbb, 0xbf];
    for (let i = 0; i < b.length && i < 3; i++)
        if (b[i] !== bom[i])
            return false;
    return true;
}
function closesQuote(b) {
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
function hasDoubledQuote(b) {
    for (let j = 1; j + 1 < b.length; j++)
        if (b[j] === QUOTE && b[j + 1] === QUOTE)
            return true;
    return false;
}
const decoder = new TextDecoder('utf-8');
/** Decodes a field's bytes as UTF-8 text, collapsing doubled quotes. */
export function fieldText(buf, start, end, escaped) {
    const s = decoder.decode(buf.subarray(start, end));
    return escaped ? s.replaceAll('""', '"') : s;
}
/**
 * Picks the delimiter from the header line: the most frequent of `,` `;` and tab outside quotes
 * (ties and none → comma).
 */
export function sniffDelimiter(head) {
    let comma = 0;
    let semi = 0;
    let tab = 0;
    let inQuote = false;
    let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    for (; i < head.length; i++) {
        const c = head[i];
        if (c === QUOTE)
            inQuote = !inQuote;
        else if (!inQuote) {
            if (c === LF || c === CR)
                break;
            if (c === COMMA)
                comma++;
            else if (c === SEMICOLON)
                semi++;
            else if (c === TAB)
                tab++;
        }
    }
    if (tab > comma && tab >= semi)
        return TAB;
    if (semi > comma && semi > tab)
        return SEMICOLON;
    return COMMA;
}
/** Reads a whole input given as chunks into rows of strings (for headers, samples and tests). */
export function readCsvRecords(chunks, delimiter) {
    const rows = [];
    let row = [];
    const sink = {
        field(col, buf, start, end, escaped) {
            row[col] = fieldText(buf, start, end, escaped);
        },
        endRecord() {
            rows.push(row);
            row = [];
            return true;
        },
    };
    let parser = null;
    for (const chunk of chunks) {
        parser ??= new CsvParser(sink, delimiter ?? sniffDelimiter(chunk));
        parser.push(chunk);
    }
    parser?.end();
    return rows;
}
/** Human name of a delimiter byte, for reports. */
export function delimiterName(d) {
    return d === TAB ? 'tab' : d === SEMICOLON ? ';' : ',';
}
//# sourceMappingURL=csv.js.map