// TextDecoder and TextEncoder are global in browsers and Node; the pure packages build without DOM or Node types.
declare class TextDecoder {
  constructor(label?: string);
  decode(input: Uint8Array): string;
}
declare class TextEncoder {
  encode(input: string): Uint8Array;
}

const DECODER = new TextDecoder('utf-8');
const ENCODER = new TextEncoder();

const EMPTY = new Uint8Array(0);

/** The buffer writers share, and the largest size it is kept at (bigger documents get a buffer of their own). */
let scratch = new Uint8Array(1 << 16);
const MAX_SCRATCH = 1 << 23;

/** Entity bytes for `& < > " '`, by code unit (undefined for every other one). */
const ENTITY: (Uint8Array | undefined)[] = [];
for (const [ch, e] of [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
] as const) {
  ENTITY[ch.charCodeAt(0)] = Uint8Array.from(e, (c) => c.charCodeAt(0));
}

/**
 * Builds a UTF-8 document in one growing byte buffer and decodes it once at the end. Writing bytes instead of
 * concatenating strings avoids the millions of short-lived string pieces that made garbage collection, not
 * writing, the cost of large drawings (bench/RESULTS.md).
 */
export class ByteWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor() {
    // Writers of whole documents run one at a time (synchronously), so they share one buffer that keeps the size
    // the largest document needed: a large drawing is not written into a buffer grown (zeroed and copied) from
    // scratch each time.
    this.buf = scratch;
  }

  /** Room for `n` more bytes. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = Math.max(64, this.buf.length * 2);
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    const shared = this.buf === scratch;
    this.buf = next;
    if (shared && size <= MAX_SCRATCH) scratch = next;
  }

  /** Writes `s` as it is (markup and text already escaped), UTF-8 encoded. */
  raw(s: string): void {
    const n = s.length;
    this.room(3 * n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        buf[p++] = c;
        continue;
      }
      p = this.wide(s, i, c, p) ?? p;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    this.pos = p;
  }

  /** Writes bytes as they are (markup already encoded once, e.g. {@link encodeRaw}). */
  write(b: Uint8Array): void {
    const n = b.length;
    this.room(n);
    if (n > 24) {
      this.buf.set(b, this.pos);
      this.pos += n;
      return;
    }
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = b[i]!;
    this.pos = p;
  }

  /**
   * Writes `s` escaped for XML character data and attribute values: `& < > " '` become entities, and characters
   * XML 1.0 forbids (controls other than tab, newline and return, lone surrogates, U+FFFE, U+FFFF) are dropped —
   * the same text `escapeXml` gives, written straight as bytes.
   */
  text(s: string): void {
    const n = s.length;
    this.room(6 * n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20) {
          const e = ENTITY[c];
          if (e === undefined) buf[p++] = c;
          else {
            buf.set(e, p);
            p += e.length;
          }
        } else if (c === 0x9 || c === 0xa || c === 0xd) buf[p++] = c;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          p = this.wide(s, i, c, p) ?? p;
          i++;
        }
        continue;
      }
      if (c >= 0xfffe) continue;
      p = this.wide(s, i, c, p) ?? p;
    }
    this.pos = p;
  }

  /** Encodes the non-ASCII code unit `c` at `s[i]` (a surrogate pair as one code point); returns the new end. */
  private wide(s: string, i: number, c: number, p: number): number | undefined {
    const buf = this.buf;
    if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
      return p;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = c <= 0xdbff ? s.charCodeAt(i + 1) : 0;
      if (!(d >= 0xdc00 && d <= 0xdfff)) return undefined;
      const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      buf[p++] = 0xf0 | (cp >> 18);
      buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
      buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
      buf[p++] = 0x80 | (cp & 0x3f);
      return p;
    }
    buf[p++] = 0xe0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3f);
    buf[p++] = 0x80 | (c & 0x3f);
    return p;
  }

  /**
   * Writes a number for SVG: at most 2 decimals, no trailing zeros, no `-0`, and `0` for NaN and ±Infinity
   * (deterministic: the same text as `String(Math.round(n * 100) / 100)` for every finite n below 1e13).
   */
  num(n: number): void {
    if (Number.isInteger(n) && n < 1e15 && n > -1e15) {
      this.int(n);
      return;
    }
    if (!Number.isFinite(n)) {
      this.int(0);
      return;
    }
    const r = Math.round(n * 100);
    const a = r < 0 ? -r : r;
    if (a >= 1e15) {
      this.raw(String(r / 100));
      return;
    }
    if (r === 0) {
      this.int(0);
      return;
    }
    const whole = Math.floor(a / 100);
    const frac = a - whole * 100;
    this.room(1);
    if (r < 0) this.buf[this.pos++] = 0x2d;
    this.int(whole);
    if (frac === 0) return;
    this.room(3);
    const buf = this.buf;
    buf[this.pos++] = 0x2e;
    if (frac % 10 === 0) buf[this.pos++] = 0x30 + frac / 10;
    else {
      buf[this.pos++] = 0x30 + Math.floor(frac / 10);
      buf[this.pos++] = 0x30 + (frac % 10);
    }
  }

  /** Writes an integer below 1e15 in magnitude (`-0` as `0`). */
  private int(n: number): void {
    this.room(17);
    const buf = this.buf;
    if (n < 0) {
      buf[this.pos++] = 0x2d;
      n = -n;
    }
    if (n < 10) {
      buf[this.pos++] = 0x30 + n;
      return;
    }
    const digits =
      n < 100 ? 2 : n < 1e3 ? 3 : n < 1e4 ? 4 : n < 1e5 ? 5 : n < 1e6 ? 6 : n < 1e7 ? 7 : String(n).length;
    let p = this.pos + digits;
    this.pos = p;
    if (n < 0x7fffffff) {
      // Small enough for 32-bit integer division (nearly every coordinate).
      let m = n | 0;
      while (m >= 10) {
        const q = (m / 10) | 0;
        buf[--p] = 0x30 + (m - q * 10);
        m = q;
      }
      buf[--p] = 0x30 + m;
      return;
    }
    while (n >= 10) {
      const q = Math.floor(n / 10);
      buf[--p] = 0x30 + (n - q * 10);
      n = q;
    }
    buf[--p] = 0x30 + n;
  }

  /** The document written so far, as UTF-8 bytes (a copy: the buffer is reused by the next writer). */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  /** The document written so far, as a string. */
  finish(): string {
    return DECODER.decode(this.buf.subarray(0, this.pos));
  }

  /** Lets go of the buffer (a writer kept alive afterwards holds no document). */
  release(): void {
    this.buf = EMPTY;
    this.pos = 0;
  }
}

/** UTF-8 bytes of markup that is written over and over (attribute texts already escaped, so well-formed). */
export function encodeRaw(s: string): Uint8Array {
  return ENCODER.encode(s);
}
