import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBlueprint } from './blueprint-scene.js';
import { renderJourney } from './journey-scene.js';
import { propertyRepairModel } from './model.test-util.js';
import type { Scene, SceneNode } from './scene.js';
import { toSvg } from './to-svg.js';
import { toSvgReference } from './to-svg.reference.test-util.js';

// Any number a layout could hand the writer, including the awkward ones.
const anyNumber = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.double({ noNaN: false }),
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  fc.constantFrom(0, -0, 0.005, -0.005, 0.994999, 1e15, -1e15, 1e16, 123.456, -0.01, 9.995, 1e-7),
);
// Text with markup, controls, lone and paired surrogates, CJK, U+FFFE/U+FFFF.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('<script>&"\'', '顾客提交（报修）', '\ud800x\udc00', '😀\ufffe\uffff', 'a\u0000\t\n\r'),
);
const paint = {
  fill: fc.option(fc.constantFrom('#fff', 'none', '#0f172a', 'red"x'), { nil: undefined }),
  stroke: fc.option(fc.constantFrom('#000', 'none', '#334155'), { nil: undefined }),
  strokeWidth: fc.option(anyNumber, { nil: undefined }),
  dash: fc.option(fc.array(anyNumber, { maxLength: 3 }), { nil: undefined }),
  opacity: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
};
const point = fc.tuple(anyNumber, anyNumber);
const leaf: fc.Arbitrary<SceneNode> = fc.oneof(
  fc.record({
    kind: fc.constant('rect' as const),
    x: anyNumber,
    y: anyNumber,
    width: anyNumber,
    height: anyNumber,
    radius: fc.option(anyNumber, { nil: undefined }),
    ...paint,
  }),
  fc.record({
    kind: fc.constant('line' as const),
    x1: anyNumber,
    y1: anyNumber,
    x2: anyNumber,
    y2: anyNumber,
    ...paint,
  }),
  fc.record({
    kind: fc.constant('polyline' as const),
    points: fc.array(point, { maxLength: 5 }),
    arrow: fc.option(fc.constantFrom('end' as const, 'both' as const), { nil: undefined }),
    ...paint,
  }),
  fc.record({ kind: fc.constant('polygon' as const), points: fc.array(point, { maxLength: 4 }), ...paint }),
  fc.record({ kind: fc.constant('circle' as const), cx: anyNumber, cy: anyNumber, r: anyNumber, ...paint }),
  fc.record({ kind: fc.constant('path' as const), d: anyText, ...paint }),
  fc.record({
    kind: fc.constant('text' as const),
    x: anyNumber,
    y: anyNumber,
    lines: fc.array(anyText, { minLength: 1, maxLength: 3 }),
    size: anyNumber,
    lineHeight: anyNumber,
    weight: fc.option(fc.constantFrom('normal' as const, 'bold' as const), { nil: undefined }),
    anchor: fc.option(fc.constantFrom('start' as const, 'middle' as const, 'end' as const), {
      nil: undefined,
    }),
    fill: fc.option(fc.constantFrom('#000', '#fff'), { nil: undefined }),
  }),
);
const node: fc.Arbitrary<SceneNode> = fc.letrec<{ node: SceneNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      kind: fc.constant('group' as const),
      role: fc.option(anyText, { nil: undefined }),
      ref: fc.option(anyText, { nil: undefined }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;
const scene: fc.Arbitrary<Scene> = fc.record({
  width: anyNumber,
  height: anyNumber,
  background: fc.option(fc.constantFrom('#ffffff', 'none', '&'), { nil: undefined }),
  title: fc.option(anyText, { nil: undefined }),
  children: fc.array(node, { maxLength: 6 }),
});

describe('toSvg (byte writer) against the string writer it replaced', () => {
  it('writes the same document for any scene', () => {
    fc.assert(
      fc.property(scene, (s) => {
        expect(toSvg(s)).toBe(toSvgReference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the same document for real blueprints and journeys, in both languages', () => {
    const model = propertyRepairModel();
    for (const locale of ['zh-CN', 'en'] as const) {
      const bp = renderBlueprint(model, { locale });
      expect(toSvg(bp)).toBe(toSvgReference(bp));
      const j = renderJourney(model, { locale });
      expect(toSvg(j)).toBe(toSvgReference(j));
    }
  });
});

describe('toSvg with values outside the types (scenes built by untyped code)', () => {
  it('still writes what the string writer wrote', () => {
    const text = (anchor: string, weight: string) =>
      ({
        kind: 'text',
        x: 1,
        y: 2,
        lines: ['a'],
        size: 9,
        lineHeight: 12,
        anchor,
        weight,
      }) as unknown as SceneNode;
    const scene: Scene = {
      width: 10,
      height: 10,
      children: [text('END', 'normal'), text('start', 'normal'), text('end', 'BOLD'), text('end', 'bold')],
    };
    expect(toSvg(scene)).toBe(toSvgReference(scene));
  });
});

describe('ByteWriter', () => {
  it('grows again after letting go of its buffer', async () => {
    const { ByteWriter } = await import('./byte-writer.js');
    const w = new ByteWriter();
    w.release();
    w.raw('abc');
    w.text('<中>');
    expect(w.finish()).toBe('abc&lt;中&gt;');
    w.release();
    w.raw('again');
    expect(w.finish()).toBe('again');
  });
});
