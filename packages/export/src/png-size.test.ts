import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { svgToPng } from './png.js';
import { decodePng } from './png-decode.test-util.js';
import { PNG_MAX_PIXELS, PNG_MAX_SIDE, pngSize, svgPixelSize } from './png-size.js';

describe('pngSize', () => {
  it('keeps the asked scale when the image fits', () => {
    expect(pngSize(1240, 631, 2)).toEqual({ zoom: 2, width: 2480, height: 1262, reduced: false });
  });

  it('never exceeds the side and pixel limits, and reduces only when it must', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2e6, noNaN: true }),
        fc.double({ min: 1, max: 2e6, noNaN: true }),
        fc.double({ min: 0.25, max: 8, noNaN: true }),
        (w, h, scale) => {
          const s = pngSize(w, h, scale);
          expect(s.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
          expect(s.height).toBeLessThanOrEqual(PNG_MAX_SIDE);
          expect(s.width * s.height).toBeLessThanOrEqual(PNG_MAX_PIXELS);
          expect(s.zoom).toBeLessThanOrEqual(scale);
          const fits =
            Math.ceil(w * scale) <= PNG_MAX_SIDE - 1 &&
            Math.ceil(h * scale) <= PNG_MAX_SIDE - 1 &&
            w * scale * h * scale <= PNG_MAX_PIXELS * 0.99;
          if (fits) expect(s.reduced).toBe(false);
        },
      ),
    );
  });
});

describe('svgPixelSize', () => {
  it('reads the root element size, and nothing from a root without one', () => {
    expect(svgPixelSize('<?xml version="1.0"?>\n<svg xmlns="x" width="70646" height="1522.5">')).toEqual({
      width: 70646,
      height: 1522.5,
    });
    expect(svgPixelSize('<svg viewBox="0 0 10 10"><rect width="5" height="5"/></svg>')).toBeUndefined();
  });
});

describe('svgToPng on a drawing too wide for a PNG', () => {
  it('renders it at the largest zoom the limits allow instead of asking for gigabytes', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400000" height="20"><rect width="400000" height="20" fill="#123456"/></svg>';
    const png = decodePng(await svgToPng(svg, { scale: 2 }));
    expect(png.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(png.width).toBeGreaterThan(PNG_MAX_SIDE - 2);
    expect(png.height).toBe(2);
  });
});
