/**
 * A scene: the drawing a layout produces, in absolute coordinates (px, y down). The SVG writer
 * (`packages/render`) and the PDF writer (`packages/export`) both draw a scene, so the two exports match
 * to the pixel. Layout code builds scenes; it never writes SVG by hand.
 */

export interface Paint {
  /** CSS colour, e.g. `#1f2937`, or `none`. */
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  /** Dash pattern in px, e.g. `[6, 4]`. */
  readonly dash?: readonly number[];
  readonly opacity?: number;
}

/** The two weights of the bundled font (Noto Sans SC 400 and 700). */
export type FontWeight = 'normal' | 'bold';
/** Which point of a text line `x` names, as in SVG `text-anchor`. */
export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * One drawing primitive or a group of them. A polyline with `arrow` gets a filled head at its end (see `arrowHead`,
 * which both writers use so the heads match).
 */
export type SceneNode =
  | ({
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly radius?: number;
    } & Paint)
  | ({
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
    } & Paint)
  | ({
      readonly kind: 'polyline';
      readonly points: readonly (readonly [number, number])[];
      readonly arrow?: 'end' | 'both';
    } & Paint)
  | ({ readonly kind: 'polygon'; readonly points: readonly (readonly [number, number])[] } & Paint)
  | ({ readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number } & Paint)
  | ({ readonly kind: 'path'; readonly d: string } & Paint)
  | {
      readonly kind: 'text';
      readonly x: number;
      /** Baseline of the first line. */
      readonly y: number;
      /** Already wrapped lines; the writers never re-wrap. */
      readonly lines: readonly string[];
      readonly size: number;
      readonly lineHeight: number;
      readonly weight?: FontWeight;
      readonly anchor?: TextAnchor;
      readonly fill?: string;
    }
  | {
      readonly kind: 'group';
      /** Semantic role for tests, CSS and the web editor, e.g. `action`, `lane`, `flow`, `line-of-visibility`. */
      readonly role?: string;
      /** Model id the group draws (an action, flow, lane, touchpoint id). */
      readonly ref?: string;
      readonly children: readonly SceneNode[];
    };

/** A whole drawing: its size, background, title and nodes in paint order. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background?: string;
  /** Document title (for SVG `<title>` and PDF metadata). */
  readonly title?: string;
  readonly children: readonly SceneNode[];
}
