/**
 * Limits for a PNG. Image viewers and browsers refuse images wider or taller than 32,767 px, and resvg holds the
 * whole image as RGBA in memory (4 bytes a pixel): an unbounded 2,000-step blueprint asked for a 714,964 px wide
 * image and 9 GB. 100 million pixels is 400 MB of pixels, about what a laptop can spare.
 */
export const PNG_MAX_SIDE = 32_767;
export const PNG_MAX_PIXELS = 100_000_000;

/** The zoom a PNG of a `width` × `height` px drawing is made at, and the image size that gives. */
export interface PngSize {
  /** Pixels per drawing px: the asked scale, or less when the image would exceed the limits. */
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
  /** True when the zoom is below the asked scale. */
  readonly reduced: boolean;
}

/** Fits the asked `scale` within {@link PNG_MAX_SIDE} per side and {@link PNG_MAX_PIXELS} in all. */
export function pngSize(width: number, height: number, scale: number): PngSize {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  // Half a pixel of slack: the renderer rounds the image size to whole pixels.
  const zoom = Math.min(
    scale,
    (PNG_MAX_SIDE - 0.5) / w,
    (PNG_MAX_SIDE - 0.5) / h,
    Math.sqrt(PNG_MAX_PIXELS / (w * h)) * 0.999,
  );
  return {
    zoom,
    width: Math.round(w * zoom),
    height: Math.round(h * zoom),
    reduced: zoom < scale,
  };
}

/** The width and height of an SVG document's root element (`width="…" height="…"` in px), if it states them. */
export function svgPixelSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg.slice(0, 4096))?.[0];
  if (!root) return undefined;
  const width = Number(/\swidth="([\d.]+)(?:px)?"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)(?:px)?"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : undefined;
}
