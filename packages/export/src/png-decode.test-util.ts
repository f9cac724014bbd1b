import { inflateSync } from 'node:zlib';

/** A decoded image: 8-bit RGBA, row-major. */
export interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes a non-interlaced 8-bit PNG (grey, grey+alpha, RGB, RGBA) per the PNG spec (ISO/IEC 15948): concatenated
 * IDAT → zlib inflate → per-row filter reversal (None, Sub, Up, Average, Paeth). Enough for resvg's and pdftoppm's
 * output; tests only.
 */
export function decodePng(bytes: Uint8Array): Rgba {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = body[8];
      colorType = body[9]!;
      if (depth !== 8 || body[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`unsupported colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const v = line[x]!;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = i * channels;
    const grey = channels <= 2;
    pixels[i * 4] = out[s]!;
    pixels[i * 4 + 1] = grey ? out[s]! : out[s + 1]!;
    pixels[i * 4 + 2] = grey ? out[s]! : out[s + 2]!;
    pixels[i * 4 + 3] = channels === 4 ? out[s + 3]! : channels === 2 ? out[s + 1]! : 255;
  }
  return { width, height, pixels };
}

/** A binary ink mask of a cell: 1 where the pixel is darker than `threshold` (0–255 luminance) and opaque. */
export function inkMask(
  img: Rgba,
  x0: number,
  y0: number,
  w: number,
  h: number,
  threshold = 128,
): Uint8Array {
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = ((y0 + y) * img.width + (x0 + x)) * 4;
      const p = img.pixels;
      const lum = 0.299 * p[i]! + 0.587 * p[i + 1]! + 0.114 * p[i + 2]!;
      mask[y * w + x] = p[i + 3]! > 128 && lum < threshold ? 1 : 0;
    }
  }
  return mask;
}

/** Number of set pixels in a mask. */
export function inkCount(mask: Uint8Array): number {
  let n = 0;
  for (const v of mask) n += v;
  return n;
}

/** Number of pixels where two masks differ. */
export function maskDistance(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += a[i] === b[i] ? 0 : 1;
  return n;
}
