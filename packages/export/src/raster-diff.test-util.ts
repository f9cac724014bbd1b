import type { Rgba } from './png-decode.test-util.js';

/**
 * The share of `block`×`block` tiles whose mean luminance differs by more than `threshold` (0–255) between two
 * same-size images. Averaging over small tiles cancels the anti-aliasing differences between two rasterisers
 * (resvg, poppler) while a shape or glyph that moved or vanished still shows. Tests only.
 */
export function tileDifference(a: Rgba, b: Rgba, block = 3, threshold = 64): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const lum = (img: Rgba, x: number, y: number) => {
    const i = (y * img.width + x) * 4;
    return 0.299 * img.pixels[i]! + 0.587 * img.pixels[i + 1]! + 0.114 * img.pixels[i + 2]!;
  };
  let off = 0;
  let tiles = 0;
  for (let y = 0; y + block <= a.height; y += block) {
    for (let x = 0; x + block <= a.width; x += block) {
      let d = 0;
      for (let dy = 0; dy < block; dy++)
        for (let dx = 0; dx < block; dx++) d += lum(a, x + dx, y + dy) - lum(b, x + dx, y + dy);
      tiles++;
      if (Math.abs(d) / (block * block) > threshold) off++;
    }
  }
  return off / tiles;
}
