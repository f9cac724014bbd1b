import { ExportError } from './errors.js';

/*
 * Merges the unicode-range subsets of one TrueType (glyf) font — same family, same weight — back into a single
 * font. Why: resvg picks a fallback face for a missing glyph by database order and does not reject a face of
 * another weight, so loading the 400 and 700 subsets side by side draws bold text with regular glyphs (measured).
 * One merged face per weight needs no fallback at all. Layout tables (GSUB/GPOS/BASE/STAT, vertical metrics)
 * are dropped: the writers place every line themselves and CJK needs no shaping.
 * Table formats: OpenType spec 1.9 (head, hhea, maxp, hmtx, loca, glyf, cmap format 4/12, post 3.0).
 */

interface TableRef {
  readonly offset: number;
  readonly length: number;
}

interface ParsedFont {
  readonly data: DataView;
  readonly bytes: Uint8Array;
  readonly tables: ReadonlyMap<string, TableRef>;
  readonly numGlyphs: number;
  readonly glyphOffsets: readonly number[];
  readonly advances: readonly number[];
  readonly lsbs: readonly number[];
  readonly cmap: ReadonlyMap<number, number>;
}

const TRUETYPE = 0x00010000;
/** Bumped whenever the merged output changes, so cached merges are rebuilt. */
export const TTF_MERGE_VERSION = 2;

function invalid(message: string): ExportError {
  return new ExportError('FONT_INVALID', message);
}

function tag(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

function table(font: { tables: ReadonlyMap<string, TableRef> }, name: string): TableRef {
  const t = font.tables.get(name);
  if (!t) throw invalid(`font has no ${name} table`);
  return t;
}

function parseCmap(view: DataView, base: number): Map<number, number> {
  const count = view.getUint16(base + 2);
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < count; i++) {
    const rec = base + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = base + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format !== 12)) best = { format, offset };
  }
  if (!best) throw invalid('font has no Unicode cmap (format 4 or 12)');
  const map = new Map<number, number>();
  const o = best.offset;
  if (best.format === 12) {
    const groups = view.getUint32(o + 12);
    for (let g = 0; g < groups; g++) {
      const r = o + 16 + g * 12;
      const start = view.getUint32(r);
      const end = view.getUint32(r + 4);
      const gid = view.getUint32(r + 8);
      for (let c = start; c <= end; c++) map.set(c, gid + (c - start));
    }
    return map;
  }
  const segCount = view.getUint16(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let gid: number;
      if (rangeOffset === 0) gid = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = view.getUint16(at);
        gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (gid !== 0) map.set(c, gid);
    }
  }
  return map;
}

function parseFont(bytes: Uint8Array): ParsedFont {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || data.getUint32(0) !== TRUETYPE) throw invalid('not a TrueType (glyf) font');
  const tables = new Map<string, TableRef>();
  const numTables = data.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables.set(tag(data, rec), { offset: data.getUint32(rec + 8), length: data.getUint32(rec + 12) });
  }
  const font = { tables };
  const head = table(font, 'head').offset;
  const longLoca = data.getInt16(head + 50) === 1;
  const numGlyphs = data.getUint16(table(font, 'maxp').offset + 4);
  const loca = table(font, 'loca').offset;
  const glyphOffsets: number[] = [];
  for (let g = 0; g <= numGlyphs; g++) {
    glyphOffsets.push(longLoca ? data.getUint32(loca + g * 4) : data.getUint16(loca + g * 2) * 2);
  }
  const numHMetrics = data.getUint16(table(font, 'hhea').offset + 34);
  const hmtx = table(font, 'hmtx').offset;
  const advances: number[] = [];
  const lsbs: number[] = [];
  for (let g = 0; g < numGlyphs; g++) {
    if (g < numHMetrics) {
      advances.push(data.getUint16(hmtx + g * 4));
      lsbs.push(data.getInt16(hmtx + g * 4 + 2));
    } else {
      advances.push(advances[numHMetrics - 1] ?? 0);
      lsbs.push(data.getInt16(hmtx + numHMetrics * 4 + (g - numHMetrics) * 2));
    }
  }
  return {
    data,
    bytes,
    tables,
    numGlyphs,
    glyphOffsets,
    advances,
    lsbs,
    cmap: parseCmap(data, table(font, 'cmap').offset),
  };
}

/** Copies one glyph's outline; composite glyphs get their component glyph ids remapped. */
function copyGlyph(font: ParsedFont, gid: number, remap: (old: number) => number): Uint8Array {
  const glyf = table(font, 'glyf').offset;
  const start = glyf + font.glyphOffsets[gid]!;
  const end = glyf + font.glyphOffsets[gid + 1]!;
  const out = font.bytes.slice(start, end);
  if (out.length === 0) return out;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  if (view.getInt16(0) >= 0) return out;
  // Composite glyph: flags, glyphIndex, arguments, optional transform; repeat while MORE_COMPONENTS.
  let p = 10;
  for (;;) {
    const flags = view.getUint16(p);
    view.setUint16(p + 2, remap(view.getUint16(p + 2)));
    p += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) p += 2;
    else if (flags & 0x0040) p += 4;
    else if (flags & 0x0080) p += 8;
    if (!(flags & 0x0020)) break;
  }
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = bytes.length % 4 === 0 ? bytes : concat([bytes, new Uint8Array(4 - (bytes.length % 4))]);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function buildCmap(map: ReadonlyMap<number, number>): Uint8Array {
  const codes = [...map.keys()].sort((a, b) => a - b);
  const groups: [number, number, number][] = [];
  for (const c of codes) {
    const gid = map.get(c)!;
    const last = groups[groups.length - 1];
    if (last && c === last[1] + 1 && gid === last[2] + (c - last[0])) last[1] = c;
    else groups.push([c, c, gid]);
  }
  const subLength = 16 + groups.length * 12;
  const out = new Uint8Array(4 + 2 * 8 + subLength);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0);
  v.setUint16(2, 2);
  // (0, 4) Unicode full repertoire and (3, 10) Windows UCS-4 share one format 12 subtable.
  const sub = 4 + 2 * 8;
  v.setUint16(4, 0);
  v.setUint16(6, 4);
  v.setUint32(8, sub);
  v.setUint16(12, 3);
  v.setUint16(14, 10);
  v.setUint32(16, sub);
  v.setUint16(sub, 12);
  v.setUint32(sub + 4, subLength);
  v.setUint32(sub + 12, groups.length);
  groups.forEach(([start, end, gid], i) => {
    const r = sub + 16 + i * 12;
    v.setUint32(r, start);
    v.setUint32(r + 4, end);
    v.setUint32(r + 8, gid);
  });
  return out;
}

/** Name table records (Windows platform, US English) we keep from the source: copyright, version, licence. */
const KEPT_NAMES = new Set([0, 5, 13, 14]);

/**
 * A `name` table (format 0, Windows Unicode, en-US) naming the merged face `family` / `style`: IDs 1, 2, 4, 6 and
 * the typographic 16, 17. The subsets call themselves "Noto Sans SC Thin" (left over from instancing a variable
 * font), which neither matches the SVG's `font-family` nor reads well in a PDF's font list.
 */
function buildName(source: ParsedFont, family: string, style: string): Uint8Array {
  const records = new Map<number, string>();
  const t = table(source, 'name');
  const v = source.data;
  const count = v.getUint16(t.offset + 2);
  const strings = t.offset + v.getUint16(t.offset + 4);
  for (let i = 0; i < count; i++) {
    const r = t.offset + 6 + i * 12;
    const [platform, encoding, language, id] = [0, 2, 4, 6].map((o) => v.getUint16(r + o)) as [
      number,
      number,
      number,
      number,
    ];
    if (platform !== 3 || encoding !== 1 || language !== 0x409 || !KEPT_NAMES.has(id)) continue;
    const length = v.getUint16(r + 8);
    const at = strings + v.getUint16(r + 10);
    let text = '';
    for (let k = 0; k < length; k += 2) text += String.fromCharCode(v.getUint16(at + k));
    records.set(id, text);
  }
  const postscript = `${family}-${style}`.replace(/[^A-Za-z0-9-]/g, '');
  records
    .set(1, family)
    .set(2, style)
    .set(4, `${family} ${style}`)
    .set(6, postscript)
    .set(16, family)
    .set(17, style);
  const ids = [...records.keys()].sort((a, b) => a - b);
  const header = 6 + ids.length * 12;
  const bodies = ids.map((id) => {
    const text = records.get(id)!;
    const out = new Uint8Array(text.length * 2);
    const ov = new DataView(out.buffer);
    for (let k = 0; k < text.length; k++) ov.setUint16(k * 2, text.charCodeAt(k));
    return out;
  });
  const out = new Uint8Array(header + bodies.reduce((n, b) => n + b.length, 0));
  const ov = new DataView(out.buffer);
  ov.setUint16(2, ids.length);
  ov.setUint16(4, header);
  let offset = 0;
  ids.forEach((id, i) => {
    const r = 6 + i * 12;
    ov.setUint16(r, 3);
    ov.setUint16(r + 2, 1);
    ov.setUint16(r + 4, 0x409);
    ov.setUint16(r + 6, id);
    ov.setUint16(r + 8, bodies[i]!.length);
    ov.setUint16(r + 10, offset);
    out.set(bodies[i]!, header + offset);
    offset += bodies[i]!.length;
  });
  return out;
}

function assemble(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  const header = new Uint8Array(12 + n * 16);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, TRUETYPE);
  hv.setUint16(4, n);
  hv.setUint16(6, searchRange);
  hv.setUint16(8, entrySelector);
  hv.setUint16(10, n * 16 - searchRange);
  const parts: Uint8Array[] = [header];
  let offset = header.length;
  let headOffset = 0;
  tags.forEach((t, i) => {
    const body = tables.get(t)!;
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) hv.setUint8(rec + k, t.charCodeAt(k));
    hv.setUint32(rec + 4, checksum(body));
    hv.setUint32(rec + 8, offset);
    hv.setUint32(rec + 12, body.length);
    if (t === 'head') headOffset = offset;
    parts.push(body);
    const pad = (4 - (body.length % 4)) % 4;
    if (pad) parts.push(new Uint8Array(pad));
    offset += body.length + pad;
  });
  const font = concat(parts);
  const adjust = (0xb1b0afba - checksum(font)) >>> 0;
  new DataView(font.buffer).setUint32(headOffset + 8, adjust);
  return font;
}

/**
 * Merges unicode-range subsets of one TrueType font (same family and weight, e.g. the Noto Sans SC subsets that
 * `@fontsource` ships) into one font whose cmap covers every subset. The first font's `.notdef`, metrics headers
 * and (unless `names` renames the face) naming are kept; a code point mapped by several subsets takes the first
 * subset's glyph.
 */
export function mergeTrueTypeFonts(
  fonts: readonly Uint8Array[],
  names?: { readonly family: string; readonly style: string },
): Uint8Array {
  if (fonts.length === 0) throw invalid('nothing to merge');
  const parsed = fonts.map(parseFont);
  const first = parsed[0]!;
  const glyphs: Uint8Array[] = [];
  const advances: number[] = [];
  const lsbs: number[] = [];
  const cmap = new Map<number, number>();
  const maxp = new Uint8Array(
    first.bytes.slice(table(first, 'maxp').offset, table(first, 'maxp').offset + 32),
  );
  const maxpView = new DataView(maxp.buffer);
  if (maxpView.getUint32(0) !== 0x00010000) throw invalid('maxp is not version 1.0 (not a glyf font)');
  let xMin = 0;
  let yMin = 0;
  let xMax = 0;
  let yMax = 0;
  parsed.forEach((font, index) => {
    const base = glyphs.length === 0 ? 0 : glyphs.length - 1;
    const remap = (old: number) => (index === 0 ? old : old === 0 ? 0 : base + old);
    for (let g = index === 0 ? 0 : 1; g < font.numGlyphs; g++) {
      glyphs.push(copyGlyph(font, g, remap));
      advances.push(font.advances[g]!);
      lsbs.push(font.lsbs[g]!);
    }
    for (const [code, gid] of font.cmap)
      if (!cmap.has(code) && gid < font.numGlyphs) cmap.set(code, remap(gid));
    const m = table(font, 'maxp').offset;
    for (let f = 6; f < 32; f += 2) {
      maxpView.setUint16(f, Math.max(maxpView.getUint16(f), font.data.getUint16(m + f)));
    }
    const h = table(font, 'head').offset;
    xMin = Math.min(xMin, font.data.getInt16(h + 36));
    yMin = Math.min(yMin, font.data.getInt16(h + 38));
    xMax = Math.max(xMax, font.data.getInt16(h + 40));
    yMax = Math.max(yMax, font.data.getInt16(h + 42));
  });
  const numGlyphs = glyphs.length;
  if (numGlyphs > 0xffff) throw invalid(`merged font would have ${numGlyphs} glyphs (max 65535)`);
  maxpView.setUint16(4, numGlyphs);

  const glyfParts: Uint8Array[] = [];
  const loca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = new DataView(loca.buffer);
  let at = 0;
  glyphs.forEach((g, i) => {
    locaView.setUint32(i * 4, at);
    glyfParts.push(g);
    const pad = (4 - (g.length % 4)) % 4;
    if (pad) glyfParts.push(new Uint8Array(pad));
    at += g.length + pad;
  });
  locaView.setUint32(numGlyphs * 4, at);

  const hmtx = new Uint8Array(numGlyphs * 4);
  const hmtxView = new DataView(hmtx.buffer);
  let advanceMax = 0;
  for (let g = 0; g < numGlyphs; g++) {
    hmtxView.setUint16(g * 4, advances[g]!);
    hmtxView.setInt16(g * 4 + 2, lsbs[g]!);
    advanceMax = Math.max(advanceMax, advances[g]!);
  }

  const copy = (name: string) => {
    const t = table(first, name);
    return first.bytes.slice(t.offset, t.offset + t.length);
  };
  const head = copy('head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0);
  headView.setInt16(36, xMin);
  headView.setInt16(38, yMin);
  headView.setInt16(40, xMax);
  headView.setInt16(42, yMax);
  headView.setInt16(50, 1);
  const hhea = copy('hhea');
  const hheaView = new DataView(hhea.buffer);
  hheaView.setUint16(10, advanceMax);
  hheaView.setUint16(34, numGlyphs);
  const post = copy('post').slice(0, 32);
  new DataView(post.buffer).setUint32(0, 0x00030000);

  const out = new Map<string, Uint8Array>([
    ['cmap', buildCmap(cmap)],
    ['glyf', concat(glyfParts)],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['name', names ? buildName(first, names.family, names.style) : copy('name')],
    ['OS/2', copy('OS/2')],
    ['post', post],
  ]);
  return assemble(out);
}

/** The set of code points a TrueType font maps to a glyph (read from its cmap). */
export function fontCodePoints(font: Uint8Array): ReadonlySet<number> {
  return new Set(parseFont(font).cmap.keys());
}
