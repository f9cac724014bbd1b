import type { Locator, YamlReadResult } from './yaml-source.js';

/*
 * A single-pass, char-code-level reader for the subset of YAML that service files use. It returns exactly what
 * `readYaml` would (value, no diagnostics, and a locator giving the `yaml` library's positions, including its
 * node ranges) or `undefined` to hand anything unusual, wrong or unsure to the library, which has the proper errors.
 *
 * Ranges follow the library: a scalar or flow collection spans its text; a block collection ends where the
 * "node end" of its last item ends. A node end runs past the value over the rest of its line (spaces, comment,
 * line break) and over comment lines right after it that are indented deeper than the enclosing collection.
 * A comment block after a collection's last item stays in the innermost closing collection (whose node end then
 * reaches the next content) unless that collection is at column 0 or every comment is indented less than it.
 */

/**
 * Switches for tests: `enabled: false` makes `readYamlFast` always bail out (to reach the `yaml` library path);
 * `rethrow: true` lets an unexpected exception (a bug here) escape instead of quietly falling back.
 */
export const fastYamlOptions = { enabled: true, rethrow: false };

/** Deepest nesting read here; deeper input goes to the library, whose limit (64) reports it. */
const DEPTH_LIMIT = 60;
const BAIL = new Error('bail');

/*
 * Positions live on a "tape": one Int32Array of 4-slot records in document order, so the happy path allocates
 * almost nothing besides the value. A record is [type, start, end, extra]: for a collection, `extra` is the index
 * just past its subtree (its entries follow it: a map as key record then value record per entry); for a quoted
 * key, the index of its text in `quotedKeys` (a plain key's text is the source between its start and end, so it
 * is not stored), else -1; for an alias, the index of the anchored node's record.
 */
const T_SCALAR = 0;
const T_MAP = 1;
const T_SEQ = 2;
const T_ALIAS = 3;
const T_KEY = 4;

/** An anchored node: its value and, for a collection, its positions. */
interface Anchored {
  value: unknown;
  rec: number;
}
const ACTIVE: Anchored = { value: undefined, rec: -1 };
/** Alias copies allowed here: well under the library's limit (100,000), which then reports the bomb. */
const ALIAS_VALUE_LIMIT = 50_000;

function isAnchorChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

const NULL_RE = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const YAML11_RE = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** Characters that can occur in a core-schema number (`.inf` and `.nan` included). */
function isNumberChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 45 ||
    c === 46 ||
    c === 120 ||
    c === 111 ||
    (c >= 97 && c <= 102) ||
    (c >= 65 && c <= 70) ||
    c === 105 ||
    c === 73 ||
    c === 110 ||
    c === 78
  );
}

/** Resolves a one-line plain scalar like the library's YAML 1.2 core schema. */
function resolveCore(s: string): unknown {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    // Most words that start like a number are not one: a quick scan settles them.
    for (let i = 1; i < s.length; i++) if (!isNumberChar(s.charCodeAt(i))) return s;
    if (OCT_RE.test(s)) return Number.parseInt(s.substring(2), 8);
    if (INT_RE.test(s)) return Number.parseInt(s, 10);
    if (HEX_RE.test(s)) return Number.parseInt(s.substring(2), 16);
    if (NAN_RE.test(s)) {
      return s.slice(-3).toLowerCase() === 'nan'
        ? Number.NaN
        : c === 45
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY;
    }
    if (EXP_RE.test(s) || FLOAT_RE.test(s)) return Number.parseFloat(s);
    return s;
  }
  if (s.length > 5) return s;
  if (c === 126 || c === 110 || c === 78) return NULL_RE.test(s) ? null : s;
  if (c === 116 || c === 84 || c === 102 || c === 70) return BOOL_RE.test(s) ? c === 116 || c === 84 : s;
  return s;
}

/** Resolves a plain value; YAML 1.1 booleans bail out so that the library warns about them. */
function resolvePlain(s: string): unknown {
  const v = resolveCore(s);
  if (v === s) {
    const c = s.charCodeAt(0);
    if ((c === 121 || c === 89 || c === 110 || c === 78 || c === 111 || c === 79) && YAML11_RE.test(s))
      throw BAIL;
  }
  return v;
}

/** Characters that may not start a plain scalar here (or that this reader leaves to the library). */
function isIndicator(c: number): boolean {
  switch (c) {
    case 45: // - (checked separately: allowed when not followed by a space)
      return false;
    case 63: // ?
    case 58: // :
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
    default:
      return false;
  }
}

/** Control characters and special line or space characters are left to the library. */
function isOdd(c: number): boolean {
  return c < 32 || c === 127 || (c >= 128 && (c <= 159 || c === 0x2028 || c === 0x2029 || c === 0xfeff));
}

function isFlowChar(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else obj[key] = value;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Whether `text` is in `src` at `p` (a plain loop: much cheaper than `startsWith` for short texts). */
function textAt(src: string, p: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (src.charCodeAt(p + k) !== text.charCodeAt(k)) return false;
  return true;
}

/** Whether `src` has the same `len` characters at `p` and at `q`. */
function sameText(src: string, p: number, q: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (src.charCodeAt(p + k) !== src.charCodeAt(q + k)) return false;
  return true;
}

class Reader {
  src: string;
  readonly n: number;
  /** Offset of the next content character (after blank and comment lines), or `n` at the end. */
  next = 0;
  /** Column of `next`, or -1 at the end of the text. */
  nextIndent = -1;
  /** Whether the blank/comment lines before `next` hold a comment not yet claimed by a collection. */
  pend = false;
  /** Deepest indentation of those comments. */
  pendMax = -1;
  /** Scratch: end of the last scalar's text and the first position after it. */
  end = 0;
  after = 0;
  /** Where the content after a folded quoted line break starts (set by `foldQuoted`). */
  foldEnd = 0;
  /** Anchors defined so far, in document order (a later definition replaces an earlier one). */
  anchors = new Map<string, Anchored>();
  /** Values copied for aliases so far. */
  aliasValues = 0;
  /** Whether a `---` line may come next (only before the root node). */
  allowMarker = true;

  tape: Int32Array;
  top = 0;
  quotedKeys: string[] = [];
  /** Map keys seen recently, by a hash of their length and end characters: see {@link blockKey}. */
  readonly keyCache: (string | undefined)[] = new Array(256).fill(undefined);
  /** Where each cached key was read: a candidate is compared with the source there, not with the cached string. */
  readonly keyCacheAt = new Int32Array(256);
  /** One-line plain scalars seen recently that are strings: see {@link plainValue}. */
  readonly valueCache: (string | undefined)[] = new Array(1024).fill(undefined);
  readonly valueCacheAt = new Int32Array(1024);

  constructor(src: string) {
    this.src = src;
    this.n = src.length;
    // Service files take about one record per 9 characters (0.43 slots per character): 0.5 per character
    // is the margin, so the tape rarely grows.
    const size = 256 + (src.length >> 1);
    if (spareTape !== undefined && spareTape.length >= size) {
      this.tape = spareTape;
      spareTape = undefined;
    } else this.tape = new Int32Array(size);
  }

  /** Drops what the reader holds of its file (the result keeps its own references). */
  drop(): void {
    this.src = '';
    this.tape = EMPTY_TAPE;
    // Replaced, not emptied: the result's locator still reads the arrays it was built from.
    this.quotedKeys = [];
    this.anchors = new Map();
  }

  /**
   * The text of a plain map key at `p`…`end` (bails out if it is not a string). Keys repeat a lot (`id`,
   * `text`, `zh-CN`, lane names), so recently seen ones are reused from a small cache instead of sliced again.
   */
  blockKey(p: number, end: number): string {
    const src = this.src;
    const len = end - p;
    if (len > 32) {
      const key = src.slice(p, end);
      if (typeof resolveCore(key) !== 'string') throw BAIL;
      return key;
    }
    const slot = (len * 31 + src.charCodeAt(p) * 7 + src.charCodeAt(end - 1)) & 255;
    const cached = this.keyCache[slot];
    if (cached !== undefined && cached.length === len && sameText(src, p, this.keyCacheAt[slot]!, len))
      return cached;
    const key = src.slice(p, end);
    if (typeof resolveCore(key) !== 'string') throw BAIL;
    this.keyCache[slot] = key;
    this.keyCacheAt[slot] = p;
    return key;
  }

  /**
   * The value of the one-line plain scalar at `p`…`end`. Texts repeat too (names, labels, actors), so strings seen
   * recently are reused from a small cache: no new string, and no second look at whether it is a number.
   */
  plainValue(p: number, end: number): unknown {
    const src = this.src;
    const len = end - p;
    if (len > 64) return resolvePlain(src.slice(p, end));
    const slot =
      (len * 31 + src.charCodeAt(p) * 7 + src.charCodeAt((p + end) >> 1) * 3 + src.charCodeAt(end - 1)) &
      1023;
    const cached = this.valueCache[slot];
    if (cached !== undefined && cached.length === len && sameText(src, p, this.valueCacheAt[slot]!, len))
      return cached;
    const text = src.slice(p, end);
    const value = resolvePlain(text);
    if (value === text) {
      this.valueCache[slot] = text;
      this.valueCacheAt[slot] = p;
    }
    return value;
  }

  /** Appends a record; returns its index. */
  rec(type: number, start: number, end: number, extra: number): number {
    const i = this.top;
    if (i + 4 > this.tape.length) {
      const bigger = new Int32Array(this.tape.length * 2);
      bigger.set(this.tape);
      this.tape = bigger;
    }
    const t = this.tape;
    t[i] = type;
    t[i + 1] = start;
    t[i + 2] = end;
    t[i + 3] = extra;
    this.top = i + 4;
    return i;
  }

  /** Skips spaces and an optional comment to the end of the line; returns the offset after the line break. */
  lineTail(i: number): number {
    const src = this.src;
    const n = this.n;
    let j = i;
    while (j < n && src.charCodeAt(j) === 32) j++;
    if (j >= n) return n;
    const c = src.charCodeAt(j);
    if (c === 10) return j + 1;
    if (c === 35 && j > i) {
      const eol = src.indexOf('\n', j);
      return eol < 0 ? n : eol + 1;
    }
    throw BAIL;
  }

  /**
   * Scans blank and comment lines from line start `q` to the next content, setting `next`, `nextIndent`,
   * `pend` and `pendMax`. Comment lines right after the value, indented deeper than `absorb`, extend the
   * node end, which is returned (starting from `q`).
   */
  gap(q: number, absorb: number): number {
    const src = this.src;
    const n = this.n;
    let end = q;
    let absorbing = absorb > -2;
    this.pend = false;
    this.pendMax = -1;
    for (;;) {
      let i = q;
      while (i < n && src.charCodeAt(i) === 32) i++;
      if (i >= n) {
        this.next = n;
        this.nextIndent = -1;
        return end;
      }
      const c = src.charCodeAt(i);
      if (c === 10) {
        q = i + 1;
        continue;
      }
      const indent = i - q;
      if (c === 35) {
        const eol = src.indexOf('\n', i);
        const lineEnd = eol < 0 ? n : eol + 1;
        if (absorbing && indent > absorb) end = lineEnd;
        else {
          absorbing = false;
          this.pend = true;
          if (indent > this.pendMax) this.pendMax = indent;
        }
        q = lineEnd;
        continue;
      }
      // Directives and document markers belong to the library.
      if (indent === 0 && !this.allowMarker && (c === 37 || this.isMarker(i))) throw BAIL;
      this.next = i;
      this.nextIndent = indent;
      return end;
    }
  }

  /** True when `---` or `...` (a document marker when at the start of a line) is at `i`. */
  isMarker(i: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(i);
    if ((c !== 45 && c !== 46) || src.charCodeAt(i + 1) !== c || src.charCodeAt(i + 2) !== c) return false;
    const d = src.charCodeAt(i + 3);
    return i + 3 >= this.n || d === 32 || d === 10;
  }

  /** The node end of a collection at column `ci` whose last item ended at `last`, claiming a pending comment block. */
  closeEnd(ci: number, last: number): number {
    if (this.pend && ci > 0 && this.pendMax >= ci) {
      this.pend = false;
      return this.next;
    }
    return last;
  }

  /** True when a `- ` (or `-` at the end of a line) sequence indicator is at `i`. */
  isDash(i: number): boolean {
    if (this.src.charCodeAt(i) !== 45) return false;
    if (i + 1 >= this.n) return true;
    const d = this.src.charCodeAt(i + 1);
    return d === 32 || d === 10;
  }

  /** Whether a plain scalar may start at `i`: `-`, `?` and `:` only before a non-space (in flow, a non-indicator). */
  plainStart(i: number, flow: boolean): boolean {
    const c = this.src.charCodeAt(i);
    if (c === 45 || c === 58 || c === 63) {
      if (i + 1 >= this.n) return false;
      const d = this.src.charCodeAt(i + 1);
      return d !== 32 && d !== 10 && !(flow && isFlowChar(d));
    }
    return !isIndicator(c);
  }

  /** If the line at `p` starts with an implicit key followed by `:`, the offset of that colon, else -1. */
  keyColon(p: number): number {
    const src = this.src;
    const n = this.n;
    const c = src.charCodeAt(p);
    let i: number;
    if (c === 34 || c === 39) {
      i = p + 1;
      for (;;) {
        if (i >= n) return -1;
        const d = src.charCodeAt(i);
        if (d === 10) return -1;
        if (d === c) {
          if (c === 39 && src.charCodeAt(i + 1) === 39) {
            i += 2;
            continue;
          }
          break;
        }
        if (d === 92 && c === 34) {
          if (src.charCodeAt(i + 1) === 10) return -1;
          i++;
        }
        i++;
      }
      i++;
      while (i < n && src.charCodeAt(i) === 32) i++;
      if (src.charCodeAt(i) !== 58) return -1;
      const e = src.charCodeAt(i + 1);
      return i + 1 >= n || e === 32 || e === 10 ? i : -1;
    }
    if (!this.plainStart(p, false)) return -1;
    i = p;
    while (i < n) {
      const d = src.charCodeAt(i);
      if (d === 10) return -1;
      if (d === 58) {
        const e = src.charCodeAt(i + 1);
        if (i + 1 >= n || e === 32 || e === 10) return i;
      } else if ((d === 35 && src.charCodeAt(i - 1) === 32) || isOdd(d)) return -1;
      i++;
    }
    return -1;
  }

  /** Reads a block mapping at column `ci` (its first key is at `next`). */
  map(ci: number, depth: number): Record<string, unknown> {
    if (depth > DEPTH_LIMIT) throw BAIL;
    const src = this.src;
    const n = this.n;
    const obj: Record<string, unknown> = {};
    const self = this.rec(T_MAP, this.next, 0, 0);
    let last = this.next;
    for (;;) {
      const p = this.next;
      const colon = this.keyColon(p);
      if (colon < 0 || colon - p > 1000) throw BAIL;
      let key: string;
      let keyEnd: number;
      const c = src.charCodeAt(p);
      const quoted = c === 34 || c === 39;
      if (quoted) {
        key = c === 34 ? this.doubleQuoted(p, ci) : this.singleQuoted(p, ci);
        keyEnd = this.end;
      } else {
        keyEnd = colon;
        while (src.charCodeAt(keyEnd - 1) === 32) keyEnd--;
        key = this.blockKey(p, keyEnd);
      }
      if (hasOwn.call(obj, key)) throw BAIL;
      this.rec(T_KEY, p, keyEnd, quoted ? this.quotedKeys.push(key) - 1 : -1);
      let q = colon + 1;
      while (q < n && src.charCodeAt(q) === 32) q++;
      const value = this.item(q, ci, depth + 1, -1);
      last = this.end;
      setKey(obj, key, value);
      if (this.nextIndent === ci) {
        if (this.isDash(this.next)) throw BAIL;
        continue;
      }
      if (this.nextIndent > ci) throw BAIL;
      break;
    }
    this.tape[self + 2] = last;
    this.tape[self + 3] = this.top;
    this.end = this.closeEnd(ci, last);
    return obj;
  }

  /** Reads a block sequence at column `ci` (the first `-` is at `next`). */
  seq(ci: number, depth: number): unknown[] {
    if (depth > DEPTH_LIMIT) throw BAIL;
    const src = this.src;
    const n = this.n;
    const arr: unknown[] = [];
    const self = this.rec(T_SEQ, this.next, 0, 0);
    let last = this.next;
    for (;;) {
      const p = this.next;
      let q = p + 1;
      while (q < n && src.charCodeAt(q) === 32) q++;
      const value = this.item(q, ci, depth + 1, p);
      last = this.end;
      arr.push(value);
      if (this.nextIndent === ci && this.isDash(this.next)) continue;
      if (this.nextIndent > ci) throw BAIL;
      break;
    }
    this.tape[self + 2] = last;
    this.tape[self + 3] = this.top;
    this.end = this.closeEnd(ci, last);
    return arr;
  }

  /**
   * Reads the value of a map entry or list item whose text starts at `q` (after `key:` or `-` and spaces) in a
   * collection at column `ci`, with an optional anchor; records its positions and sets `end` to its
   * node end. `dashAt` is the offset of the list item's `-` (compact nested collections allowed), else -1.
   */
  item(q: number, ci: number, depth: number, dashAt: number): unknown {
    const src = this.src;
    const n = this.n;
    let d = q < n ? src.charCodeAt(q) : 10;
    let anchor: string | undefined;
    if (d === 38) {
      let j = q + 1;
      while (j < n && isAnchorChar(src.charCodeAt(j))) j++;
      if (j === q + 1) throw BAIL;
      anchor = src.slice(q + 1, j);
      if (j < n && src.charCodeAt(j) !== 32 && src.charCodeAt(j) !== 10) throw BAIL;
      while (j < n && src.charCodeAt(j) === 32) j++;
      q = j;
      d = q < n ? src.charCodeAt(q) : 10;
      // While its node is being read, the anchor may not be used: the library reports that cycle.
      this.anchors.set(anchor, ACTIVE);
    }
    let value: unknown;
    const at = this.top;
    if (d === 10 || d === 35) {
      const emptyAt = q;
      // A comment here always follows a space (`key:#` is no key, `-#` no item).
      const eol = d === 35 ? src.indexOf('\n', q) : -2;
      this.gap(eol === -2 ? this.lineTail(q) : eol < 0 ? n : eol + 1, -2);
      if (this.nextIndent > ci || (dashAt < 0 && this.nextIndent === ci && this.isDash(this.next))) {
        value = this.nextIndent === ci ? this.seq(ci, depth) : this.blockNodeIn(ci, depth);
      } else {
        if (anchor !== undefined || d === 35 || this.pend) throw BAIL;
        this.rec(T_SCALAR, emptyAt, emptyAt, 0);
        this.end = emptyAt;
        return null;
      }
    } else if (d === 42) {
      if (anchor !== undefined) throw BAIL;
      return this.alias(q, ci, depth);
    } else {
      if (dashAt >= 0 && anchor === undefined && (this.isDash(q) || this.keyColon(q) >= 0)) {
        const col = ci + (q - dashAt);
        this.next = q;
        this.nextIndent = col;
        value = this.isDash(q) ? this.seq(col, depth) : this.map(col, depth);
      } else value = this.inline(q, ci, depth);
    }
    if (anchor !== undefined) this.anchors.set(anchor, { value, rec: at });
    return value;
  }

  /** An alias `*name` at `q`: a fresh copy of the anchored value; its positions are the anchored node's. */
  alias(q: number, parent: number, depth: number): unknown {
    const src = this.src;
    const n = this.n;
    let j = q + 1;
    while (j < n && isAnchorChar(src.charCodeAt(j))) j++;
    const entry = this.anchors.get(src.slice(q + 1, j));
    if (j === q + 1 || entry === undefined || entry === ACTIVE) throw BAIL;
    this.rec(T_ALIAS, q, j, entry.rec);
    const value = this.copy(entry.value, depth);
    this.end = this.gap(this.lineTail(j), parent);
    return value;
  }

  /** Copies an anchored value for an alias, counting values like the library's alias-bomb guard. */
  copy(value: unknown, depth: number): unknown {
    if (depth > DEPTH_LIMIT || ++this.aliasValues > ALIAS_VALUE_LIMIT) throw BAIL;
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const out: unknown[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.copy(value[i], depth + 1);
      return out;
    }
    const out: Record<string, unknown> = {};
    const from = value as Record<string, unknown>;
    for (const key of Object.keys(from)) setKey(out, key, this.copy(from[key], depth + 1));
    return out;
  }

  /** A block node on its own line inside a collection at `parent`. */
  blockNodeIn(parent: number, depth: number): unknown {
    const p = this.next;
    const col = this.nextIndent;
    if (this.isDash(p)) return this.seq(col, depth);
    if (this.keyColon(p) >= 0) return this.map(col, depth);
    const c = this.src.charCodeAt(p);
    if (c === 124 || c === 62) throw BAIL;
    return this.inline(p, parent, depth);
  }

  /**
   * Reads a value that starts at `q` in block context inside a collection at column `parent` and runs to the end
   * of its line (or lines); sets `end` to its node end and scans on to the next content.
   */
  inline(q: number, parent: number, depth: number): unknown {
    if (depth > DEPTH_LIMIT) throw BAIL;
    const src = this.src;
    const c = src.charCodeAt(q);
    let value: unknown;
    if (c === 91 || c === 123) {
      value = this.flow(q, parent, depth);
      this.end = this.gap(this.lineTail(this.after), parent);
      return value;
    }
    if (c === 34 || c === 39) {
      value = c === 34 ? this.doubleQuoted(q, parent) : this.singleQuoted(q, parent);
      this.rec(T_SCALAR, q, this.end, 0);
      this.end = this.gap(this.lineTail(this.end), parent);
      return value;
    }
    if (c === 124 || c === 62) {
      value = this.blockScalar(q, parent);
      this.rec(T_SCALAR, q, this.end, 0);
      const end = this.end;
      this.gap(this.after, -2);
      this.end = end;
      return value;
    }
    if (!this.plainStart(q, false)) throw BAIL;
    value = this.plain(q, parent);
    this.rec(T_SCALAR, q, this.end, 0);
    this.end = this.gap(this.after, parent);
    return value;
  }

  /** A plain scalar in block context, possibly folded over lines; sets `end` (text end) and `after` (next line). */
  plain(q: number, parent: number): unknown {
    const src = this.src;
    const n = this.n;
    let i = q;
    let textEnd = q;
    let firstEnd = q;
    let out = '';
    let lines = 0;
    for (;;) {
      // One line of the scalar, from `i` (its first non-space character).
      const start = i;
      let stop = false;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d === 10) break;
        if (d === 32) {
          if (src.charCodeAt(i + 1) === 35) {
            stop = true;
            break;
          }
        } else {
          if (d === 58) {
            const e = src.charCodeAt(i + 1);
            if (i + 1 >= n || e === 32 || e === 10) throw BAIL;
          } else if (d < 32 || (d >= 127 && isOdd(d))) throw BAIL;
          textEnd = i + 1;
        }
        i++;
      }
      // The first line is sliced only once it turns out to be followed by another.
      if (lines === 0) firstEnd = textEnd;
      else out += src.slice(start, textEnd);
      lines++;
      if (stop) {
        const eol = src.indexOf('\n', i);
        this.after = eol < 0 ? n : eol + 1;
        break;
      }
      if (i >= n) {
        this.after = n;
        break;
      }
      // A continuation line: after any blank lines, deeper than the parent and not a comment.
      let r = i + 1;
      let blanks = 0;
      let found = -1;
      for (;;) {
        let j = r;
        while (j < n && src.charCodeAt(j) === 32) j++;
        if (j >= n) break;
        const d = src.charCodeAt(j);
        if (d === 10) {
          blanks++;
          r = j + 1;
          continue;
        }
        if (j - r > parent && d !== 35) found = j;
        break;
      }
      if (found < 0) {
        this.after = i + 1;
        break;
      }
      // A continuation line may start with an indicator character, but not with an indicator.
      const f = src.charCodeAt(found);
      if ((f === 45 || f === 58 || f === 63) && !this.plainStart(found, false)) throw BAIL;
      if (lines === 1) out = src.slice(q, firstEnd);
      out += blanks === 0 ? ' ' : '\n'.repeat(blanks);
      i = found;
    }
    this.end = textEnd;
    return lines === 1 ? this.plainValue(q, firstEnd) : out;
  }

  /**
   * Checks the line break at `i` inside a quoted scalar: the following non-blank line must be deeper than
   * `parent`. Returns the offset of that line's first non-space character (blank lines are skipped).
   */
  quotedBreak(i: number, parent: number): number {
    const src = this.src;
    const n = this.n;
    let r = i + 1;
    for (;;) {
      let j = r;
      while (j < n && src.charCodeAt(j) === 32) j++;
      if (j >= n) throw BAIL;
      if (src.charCodeAt(j) === 10) {
        r = j + 1;
        continue;
      }
      if (j - r <= parent || (j === r && this.isMarker(j))) throw BAIL;
      return j;
    }
  }

  /**
   * Folds the line break at `i` inside a quoted scalar (YAML 1.2 §7.3.1): spaces before it go, a single break
   * becomes a space, and each blank line after it a line feed. Returns `src[from, i)` so trimmed plus the fold,
   * and sets `foldEnd` to the first content character of the next non-blank line (`quotedBreak` skips blank lines).
   */
  foldQuoted(from: number, i: number, parent: number): string {
    const src = this.src;
    let t = i;
    while (t > from && src.charCodeAt(t - 1) === 32) t--;
    const next = this.quotedBreak(i, parent);
    let breaks = 1;
    for (let x = i + 1; x < next; x++) if (src.charCodeAt(x) === 10) breaks++;
    this.foldEnd = next;
    return src.slice(from, t) + (breaks === 1 ? ' ' : '\n'.repeat(breaks - 1));
  }

  /** A single-quoted scalar at `q`; sets `end` after its closing quote. */
  singleQuoted(q: number, parent: number): string {
    const src = this.src;
    const n = this.n;
    let i = q + 1;
    let from = i;
    let out = '';
    for (;;) {
      if (i >= n) throw BAIL;
      const d = src.charCodeAt(i);
      if (d === 39) {
        if (src.charCodeAt(i + 1) === 39) {
          out += src.slice(from, i + 1);
          i += 2;
          from = i;
          continue;
        }
        break;
      }
      if (d === 10) {
        out += this.foldQuoted(from, i, parent);
        i = this.foldEnd;
        from = i;
        continue;
      }
      if (isOdd(d)) throw BAIL;
      i++;
    }
    out += src.slice(from, i);
    this.end = i + 1;
    return out;
  }

  /** A double-quoted scalar at `q` with all escapes; sets `end` after its closing quote. */
  doubleQuoted(q: number, parent: number): string {
    const src = this.src;
    const n = this.n;
    let i = q + 1;
    let from = i;
    let out = '';
    for (;;) {
      if (i >= n) throw BAIL;
      const d = src.charCodeAt(i);
      if (d === 34) break;
      if (d === 92) {
        out += src.slice(from, i);
        const e = src.charCodeAt(i + 1);
        i += 2;
        switch (e) {
          case 48:
            out += '\0';
            break;
          case 97:
            out += '\x07';
            break;
          case 98:
            out += '\b';
            break;
          case 101:
            out += '\x1b';
            break;
          case 102:
            out += '\f';
            break;
          case 110:
            out += '\n';
            break;
          case 114:
            out += '\r';
            break;
          case 116:
            out += '\t';
            break;
          case 118:
            out += '\v';
            break;
          case 78:
            out += '\u0085';
            break;
          case 95:
            out += '\u00a0';
            break;
          case 76:
            out += '\u2028';
            break;
          case 80:
            out += '\u2029';
            break;
          case 32:
            out += ' ';
            break;
          case 34:
            out += '"';
            break;
          case 47:
            out += '/';
            break;
          case 92:
            out += '\\';
            break;
          case 120:
          case 117:
          case 85: {
            const len = e === 120 ? 2 : e === 117 ? 4 : 8;
            const hex = src.slice(i, i + len);
            if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
            const code = Number.parseInt(hex, 16);
            if (code > 0x10ffff) throw BAIL;
            out += String.fromCodePoint(code);
            i += len;
            break;
          }
          case 10: {
            // An escaped line break joins the lines; the next line's indentation is dropped.
            this.quotedBreak(i - 1, parent);
            while (src.charCodeAt(i) === 32) i++;
            break;
          }
          default:
            throw BAIL;
        }
        from = i;
        continue;
      }
      if (d === 10) {
        out += this.foldQuoted(from, i, parent);
        i = this.foldEnd;
        from = i;
        continue;
      }
      if (isOdd(d)) throw BAIL;
      i++;
    }
    out += src.slice(from, i);
    this.end = i + 1;
    return out;
  }

  /** A literal or folded block scalar whose header is at `q`; sets `end` (range end) and `after` (scan resumes). */
  blockScalar(q: number, parent: number): string {
    const src = this.src;
    const n = this.n;
    const folded = src.charCodeAt(q) === 62;
    let i = q + 1;
    let chomp = 0; // 0 clip, 1 strip, 2 keep
    let explicit = 0; // an indentation indicator: content indentation relative to the parent collection
    for (let k = 0; k < 2; k++) {
      const h = src.charCodeAt(i);
      if (h === 45 && chomp === 0) chomp = 1;
      else if (h === 43 && chomp === 0) chomp = 2;
      else if (h >= 49 && h <= 57 && explicit === 0) explicit = h - 48;
      else break;
      i++;
    }
    const t = i < n ? src.charCodeAt(i) : 10;
    if (t !== 32 && t !== 10) throw BAIL;
    let r = this.lineTail(i);
    // Find the content indentation from the first non-blank line.
    let indent = -1;
    let maxBlank = 0;
    for (let x = r; ; ) {
      let j = x;
      while (j < n && src.charCodeAt(j) === 32) j++;
      if (j >= n) throw BAIL;
      if (src.charCodeAt(j) === 10) {
        if (j - x > maxBlank) maxBlank = j - x;
        x = j + 1;
        continue;
      }
      indent = j - x;
      break;
    }
    if (explicit > 0) {
      if (indent < parent + explicit) throw BAIL;
      indent = parent + explicit;
    }
    if (indent <= parent || maxBlank > indent) throw BAIL;
    let out = '';
    let pendingBreaks = 0; // blank lines since the last content line
    let lastContentEnd = -1; // offset after the last content line's break
    let any = false;
    for (;;) {
      if (r >= n) break;
      let j = r;
      const limit = r + indent;
      while (j < n && j < limit && src.charCodeAt(j) === 32) j++;
      if (j >= n) break;
      const d = src.charCodeAt(j);
      if (d === 10) {
        pendingBreaks++;
        r = j + 1;
        continue;
      }
      if (j < limit) {
        // A less indented line: blank (only spaces) or the end of the scalar.
        let k = j;
        while (k < n && src.charCodeAt(k) === 32) k++;
        if (k < n && src.charCodeAt(k) !== 10) break;
        throw BAIL;
      }
      if (d === 32) {
        // More-indented folded lines, and lines of only spaces beyond the indentation, are the library's.
        if (folded) throw BAIL;
        let k = j;
        while (k < n && src.charCodeAt(k) === 32) k++;
        if (k >= n || src.charCodeAt(k) === 10) throw BAIL;
      }
      // Content line from j.
      let k = j;
      while (k < n) {
        const e = src.charCodeAt(k);
        if (e === 10) break;
        if (isOdd(e)) throw BAIL;
        k++;
      }
      if (k >= n) throw BAIL;
      const line = src.slice(j, k);
      if (!any) {
        out = '\n'.repeat(pendingBreaks) + line;
        any = true;
      } else if (folded) out += (pendingBreaks === 0 ? ' ' : '\n'.repeat(pendingBreaks)) + line;
      else out += '\n'.repeat(pendingBreaks + 1) + line;
      pendingBreaks = 0;
      r = k + 1;
      lastContentEnd = r;
    }
    if (!any) throw BAIL;
    if (chomp === 0) out += '\n';
    else if (chomp === 2) out += '\n'.repeat(pendingBreaks + 1);
    this.end = chomp === 2 ? r : lastContentEnd;
    this.after = lastContentEnd;
    return out;
  }

  /** Skips spaces, line breaks and comments inside a flow collection; lines must be deeper than `parent`. */
  flowSpace(i: number, parent: number): number {
    const src = this.src;
    const n = this.n;
    for (;;) {
      if (i >= n) throw BAIL;
      const c = src.charCodeAt(i);
      if (c === 32) {
        i++;
        continue;
      }
      if (c === 10) {
        let j = i + 1;
        while (j < n && src.charCodeAt(j) === 32) j++;
        const d = src.charCodeAt(j);
        if (j < n && d !== 10 && d !== 35 && j - (i + 1) <= parent) throw BAIL;
        if (j === i + 1 && this.isMarker(j)) throw BAIL;
        i = j;
        continue;
      }
      if (c === 35) {
        const b = src.charCodeAt(i - 1);
        if (b !== 32 && b !== 10) throw BAIL;
        const eol = src.indexOf('\n', i);
        if (eol < 0) throw BAIL;
        i = eol;
        continue;
      }
      return i;
    }
  }

  /** A flow collection at `q`; sets `after` past its closing bracket. */
  flow(q: number, parent: number, depth: number): unknown {
    if (depth > DEPTH_LIMIT) throw BAIL;
    const src = this.src;
    const isMap = src.charCodeAt(q) === 123;
    const close = isMap ? 125 : 93;
    const self = this.rec(isMap ? T_MAP : T_SEQ, q, 0, 0);
    const obj: Record<string, unknown> | undefined = isMap ? {} : undefined;
    const arr: unknown[] | undefined = isMap ? undefined : [];
    let i = this.flowSpace(q + 1, parent);
    if (src.charCodeAt(i) === close) i++;
    else
      for (;;) {
        let key = '';
        if (isMap) {
          const k = src.charCodeAt(i);
          const ks = i;
          const quoted = k === 34 || k === 39;
          if (quoted) {
            key = k === 34 ? this.doubleQuoted(i, parent) : this.singleQuoted(i, parent);
            if (src.slice(ks, this.end).indexOf('\n') >= 0) throw BAIL;
            i = this.end;
            while (src.charCodeAt(i) === 32) i++;
          } else {
            const kv = this.flowPlain(i, parent, true);
            if (typeof kv !== 'string' || kv === '' || this.end - ks > 1000) throw BAIL;
            key = kv;
            i = this.after;
            while (src.charCodeAt(i) === 32) i++;
          }
          if (src.charCodeAt(i) !== 58) throw BAIL;
          const e = src.charCodeAt(i + 1);
          if (e !== 32 && e !== 10) throw BAIL;
          if (hasOwn.call(obj, key)) throw BAIL;
          this.rec(T_KEY, ks, this.end, quoted ? this.quotedKeys.push(key) - 1 : -1);
          i = this.flowSpace(i + 1, parent);
        }
        const c = src.charCodeAt(i);
        let value: unknown;
        if (c === 91 || c === 123) {
          value = this.flow(i, parent, depth + 1);
          i = this.after;
        } else if (c === 34 || c === 39) {
          value = c === 34 ? this.doubleQuoted(i, parent) : this.singleQuoted(i, parent);
          this.rec(T_SCALAR, i, this.end, 0);
          i = this.end;
        } else {
          if (depth + 1 > DEPTH_LIMIT) throw BAIL;
          value = this.flowPlain(i, parent);
          this.rec(T_SCALAR, i, this.end, 0);
          i = this.after;
        }
        if (isMap) setKey(obj!, key, value);
        else arr!.push(value);
        i = this.flowSpace(i, parent);
        const d = src.charCodeAt(i);
        if (d === 44) {
          i = this.flowSpace(i + 1, parent);
          if (src.charCodeAt(i) === close) {
            i++;
            break;
          }
          continue;
        }
        if (d === close) {
          i++;
          break;
        }
        throw BAIL;
      }
    this.tape[self + 2] = i;
    this.tape[self + 3] = this.top;
    this.after = i;
    return isMap ? obj : arr;
  }

  /**
   * A plain scalar inside a flow collection at `i`, possibly folded over lines deeper than `parent`; sets `end`
   * (text end) and `after` (scan resumes).
   */
  flowPlain(i: number, parent: number, isKey = false): unknown {
    const src = this.src;
    const n = this.n;
    // `-` before a flow indicator starts a block sequence for the library.
    if (!this.plainStart(i, true)) throw BAIL;
    const first = i;
    let textEnd = i;
    let firstEnd = i;
    let out = '';
    let lines = 0;
    for (;;) {
      const start = i;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d === 10 || isFlowChar(d)) break;
        if (d === 32) {
          if (src.charCodeAt(i + 1) === 35) break;
        } else {
          if (d === 58) {
            const e = src.charCodeAt(i + 1);
            if (i + 1 >= n || e === 32 || e === 10) break;
            if (isFlowChar(e)) throw BAIL;
          } else if (d < 32 || (d >= 127 && isOdd(d))) throw BAIL;
          textEnd = i + 1;
        }
        i++;
      }
      // The first line is sliced only once it turns out to be followed by another.
      if (lines === 0) firstEnd = textEnd;
      else out += src.slice(start, textEnd);
      lines++;
      if (i >= n || src.charCodeAt(i) !== 10) break;
      // A continuation line, after any blank lines; a comment or an indicator ends the scalar.
      let r = i + 1;
      let blanks = 0;
      let found = -1;
      for (;;) {
        let j = r;
        while (j < n && src.charCodeAt(j) === 32) j++;
        if (j >= n) throw BAIL;
        const d = src.charCodeAt(j);
        if (d === 10) {
          blanks++;
          r = j + 1;
          continue;
        }
        if (d === 35 || d === 44 || d === 93 || d === 125 || (d === 58 && !this.plainStart(j, true))) break;
        if (j - r <= parent || (j === r && this.isMarker(j)) || !this.plainStart(j, true)) throw BAIL;
        found = j;
        break;
      }
      if (found < 0) break;
      if (isKey) throw BAIL;
      if (lines === 1) out = src.slice(first, firstEnd);
      out += blanks === 0 ? ' ' : '\n'.repeat(blanks);
      i = found;
    }
    this.end = textEnd;
    this.after = textEnd;
    if (lines > 1) return out;
    if (isKey) return firstEnd > first ? this.blockKey(first, firstEnd) : '';
    return this.plainValue(first, firstEnd);
  }
}

/** Line starts of `source`, for turning offsets into lines and columns. */
function lineStarts(source: string): Int32Array {
  // One pass into a typed array sized from a guess and doubled when short (no list grown push by push).
  let starts = new Int32Array(64 + (source.length >> 5));
  let count = 1;
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
    if (count === starts.length) {
      const bigger = new Int32Array(starts.length * 2);
      bigger.set(starts);
      starts = bigger;
    }
    starts[count++] = i + 1;
  }
  return starts.subarray(0, count);
}

/**
 * Reads the subset of YAML that service files use, exactly as `readYaml` would, in one pass; `undefined` means
 * "not sure": the caller then uses the `yaml` library.
 */
export function readYamlFast(source: string, file?: string): YamlReadResult | undefined {
  if (!fastYamlOptions.enabled) return undefined;
  if (source.indexOf('\t') >= 0 || source.charCodeAt(0) === 0xfeff) return undefined;
  if (source.indexOf('\r') >= 0) {
    // Windows line ends: read with plain ones. Every line and column stays where it was (a CR only ever ends a
    // line), and YAML turns CRLF in values into LF anyway. A CR anywhere else is left to the library.
    const lf = source.replaceAll('\r\n', '\n');
    if (lf.indexOf('\r') >= 0) return undefined;
    source = lf;
  }
  const reader = new Reader(source);
  try {
    return readWith(reader, source, file);
  } finally {
    reader.drop();
    LAST_READER[0] = reader;
  }
}

const EMPTY_TAPE = new Int32Array(0);

/**
 * A tape handed back by a finished parse (`release` on the result), for the next read: a new typed array this
 * big is fresh zeroed memory, which the system maps page by page as it is first written, at a cost well above
 * that of filling it. Tapes over {@link SPARE_TAPE_LIMIT} slots (4 MB, a file of about 2 million characters) are
 * not kept, so a long-running server holds at most that much.
 */
let spareTape: Int32Array | undefined;
const SPARE_TAPE_LIMIT = 1 << 20;

/**
 * The last reader, emptied, kept alive on purpose. V8 keeps the current hidden class of a class's instances only
 * while one is alive: a full GC that finds none drops it, and with it the optimised code of every method
 * (`--trace-deopt`: "weak objects"), so the first file read after each full GC ran several times slower.
 */
const LAST_READER: Reader[] = [];

function readWith(reader: Reader, source: string, file: string | undefined): YamlReadResult | undefined {
  let value: unknown;
  try {
    reader.gap(0, -2);
    let p = reader.next;
    if (reader.nextIndent === 0 && source.startsWith('---', p)) {
      const d = source.charCodeAt(p + 3);
      if (p + 3 < source.length && d !== 32 && d !== 10) return undefined;
      // `--- text` (content on the marker line) is left to the library.
      reader.allowMarker = false;
      reader.gap(reader.lineTail(p + 3), -2);
      p = reader.next;
    }
    if (reader.nextIndent < 0) return undefined;
    const c = source.charCodeAt(p);
    reader.allowMarker = false;
    if (c === 91 || c === 123) {
      value = reader.flow(p, -1, 0);
      reader.gap(reader.lineTail(reader.after), -2);
    } else {
      if (!reader.isDash(p) && reader.keyColon(p) < 0) return undefined;
      value = reader.blockNodeIn(-1, 0);
    }
    if (reader.nextIndent >= 0) return undefined;
  } catch (error) {
    if (error === BAIL || !fastYamlOptions.rethrow) return undefined;
    // Otherwise anything unexpected (a bug here, or a stack overflow) is left to the library.
    throw error;
  }
  const tape = reader.tape;
  const quotedKeys = reader.quotedKeys;
  /** Whether the key record at `k` holds the key `want`. */
  const keyIs = (k: number, want: string): boolean => {
    const quoted = tape[k + 3]!;
    if (quoted >= 0) return quotedKeys[quoted] === want;
    return tape[k + 2]! - tape[k + 1]! === want.length && textAt(source, tape[k + 1]!, want);
  };
  /** Offsets of the items of each list indexed at 8 or more, built when first needed. */
  const entries = new Map<number, Int32Array>();
  const entriesOf = (rec: number): Int32Array => {
    let list = entries.get(rec);
    if (list === undefined) {
      const stop = tape[rec + 3]!;
      const found: number[] = [];
      for (let j = rec + 4; j < stop; ) {
        found.push(j);
        const t = tape[j];
        j = t === T_MAP || t === T_SEQ ? tape[j + 3]! : j + 4;
      }
      list = Int32Array.from(found);
      entries.set(rec, list);
    }
    return list;
  };
  let starts: Int32Array | undefined;
  /** The previous answer of `lineIndex`: callers locate in document order, so the next is usually a few lines on. */
  let lastIndex = 0;
  /** The 1-based line of `offset` (the `yaml` library's convention); its column is {@link columnOf}. */
  const lineIndex = (offset: number): number => {
    starts ??= lineStarts(source);
    // The first index whose line start is at or after `offset`: first a few lines on from the last answer…
    let low = 0;
    let high = starts.length;
    if (lastIndex > 0 && lastIndex <= high && starts[lastIndex - 1]! < offset) {
      low = lastIndex;
      const near = Math.min(low + 8, high);
      while (low < near && starts[low]! < offset) low++;
      if (low < near) {
        lastIndex = low;
        return low;
      }
    } else if (lastIndex > 0 && lastIndex <= high) high = lastIndex - 1;
    // …else a binary search of the rest.
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    lastIndex = low;
    return low;
  };
  const lineOf = (offset: number, low: number): number =>
    starts![low] === offset ? low + 1 : low === 0 ? 1 : low;
  const columnOf = (offset: number, low: number): number =>
    starts![low] === offset ? 1 : low === 0 ? Math.max(1, offset) : offset - starts![low - 1]! + 1;
  // The walk of the previous call: its segments and the record reached after each. Callers locate records in
  // document order, so consecutive paths share long prefixes, which are not walked again.
  const memoSegments: (string | number)[] = [];
  const memoRecords: number[] = [];
  let memoLength = 0;
  let released = false;
  const locate: Locator = (path, options) => {
    // After `release` the tape may hold another file's positions: fail loudly rather than answer wrongly.
    if (released) throw new Error('locate called after its read was released');
    let rec = 0;
    let s = tape[1]!;
    let e = tape[2]!;
    let i = 0;
    // The last segment of a key lookup ends on a key, not a record: it is walked, never reused.
    const reusable = options?.key ? path.length - 1 : path.length;
    while (i < memoLength && i < reusable && memoSegments[i] === path[i]) {
      rec = memoRecords[i]!;
      i++;
    }
    if (i > 0) {
      s = tape[rec + 1]!;
      e = tape[rec + 2]!;
    }
    memoLength = i;
    for (; i < path.length; i++) {
      const segment = path[i]!;
      if (tape[rec] === T_ALIAS) rec = tape[rec + 3]!;
      const type = tape[rec];
      if (type === T_MAP) {
        // Walked on the tape (a key record, then its value's record, whose subtree end a collection's gives).
        const want = String(segment);
        const stop = tape[rec + 3]!;
        let k = -1;
        for (let j = rec + 4; j < stop; ) {
          if (keyIs(j, want)) {
            k = j;
            break;
          }
          const t = tape[j + 4];
          j = t === T_MAP || t === T_SEQ ? tape[j + 7]! : j + 8;
        }
        if (k < 0) break;
        if (options?.key && i === path.length - 1) {
          s = tape[k + 1]!;
          e = tape[k + 2]!;
          break;
        }
        rec = k + 4;
      } else if (type === T_SEQ && typeof segment === 'number') {
        if (!(segment >= 0 && Number.isInteger(segment))) break;
        let item = -1;
        if (segment < 8) {
          // Near the start of a list, walking the tape is cheaper than listing its entries.
          const stop = tape[rec + 3]!;
          for (let j = rec + 4, count = 0; j < stop; count++) {
            if (count === segment) {
              item = j;
              break;
            }
            const t = tape[j];
            j = t === T_MAP || t === T_SEQ ? tape[j + 3]! : j + 4;
          }
        } else {
          const list = entriesOf(rec);
          if (segment < list.length) item = list[segment]!;
        }
        if (item < 0) break;
        rec = item;
      } else break;
      s = tape[rec + 1]!;
      e = tape[rec + 2]!;
      memoSegments[i] = segment;
      memoRecords[i] = rec;
      memoLength = i + 1;
    }
    // Built as one literal with all its fields (no spreads, tuples or fields added later, which would give the
    // object a separate property store): this runs for every record of the model.
    const low = lineIndex(s);
    const line = lineOf(s, low);
    const column = columnOf(s, low);
    if (e <= s) return file !== undefined ? { file, line, column, path } : { line, column, path };
    const high = lineIndex(e);
    const endLine = lineOf(e, high);
    const endColumn = columnOf(e, high);
    return file !== undefined
      ? { file, line, column, path, endLine, endColumn }
      : { line, column, path, endLine, endColumn };
  };
  const release = (): void => {
    if (!released && tape.length <= SPARE_TAPE_LIMIT) spareTape = tape;
    released = true;
  };
  return { ok: true, value, locate, diagnostics: [], release };
}
