import { describe, expect, it } from 'vitest';
import { renderBlueprint } from './blueprint-scene.js';
import { escapeXml } from './escape-xml.js';
import { renderJourney } from './journey-scene.js';
import { buildModel, propertyRepairModel } from './model.test-util.js';
import type { Scene } from './scene.js';
import { toSvg } from './to-svg.js';

const EVIL = '<script>alert(1)</script>';
const QUOTE = '" onload="alert(1)';

describe('escapeXml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`${EVIL}&'${QUOTE}`)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;&quot; onload=&quot;alert(1)',
    );
  });
  it('drops characters XML forbids but keeps astral ones', () => {
    expect(escapeXml('a\u0000b\u0007c\ud800d😀')).toBe('abcd😀');
  });
});

describe('toSvg', () => {
  it('writes a standalone SVG 1.1 document with title, font and classes', () => {
    const scene: Scene = {
      width: 100,
      height: 50,
      title: 'T & <t>',
      background: '#fff',
      children: [
        {
          kind: 'group',
          role: 'action',
          ref: 'a.b',
          children: [
            {
              kind: 'rect',
              x: 1,
              y: 2,
              width: 3,
              height: 4,
              radius: 2,
              fill: '#eee',
              stroke: '#000',
              dash: [4, 3],
            },
            { kind: 'text', x: 5, y: 6, lines: ['one', 'two'], size: 10, lineHeight: 12, anchor: 'middle' },
            {
              kind: 'polyline',
              points: [
                [0, 0],
                [10, 0],
              ],
              arrow: 'end',
              stroke: '#333',
            },
          ],
        },
      ],
    };
    const svg = toSvg(scene);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1"',
      ),
    ).toBe(true);
    expect(svg).toContain('font-family="Noto Sans SC, sans-serif"');
    expect(svg).toContain('<title>T &amp; &lt;t&gt;</title>');
    expect(svg).toContain('<g class="action" data-ref="a.b">');
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('<tspan x="5" y="18">two</tspan>');
    expect(svg).toContain('<polygon points="10,0 3,3 3,-3" fill="#333"/>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('keeps hostile labels as text', () => {
    const model = buildModel({
      stages: [{ id: 'a', name: EVIL }],
      steps: [
        {
          id: 's',
          stage: 'a',
          name: QUOTE,
          evidence: [EVIL],
          cells: { customer: { text: EVIL, actor: QUOTE }, frontstage: { text: `${QUOTE}${EVIL}` } },
        },
      ],
    });
    const hostile = { ...model, service: { ...model.service, name: EVIL } };
    const svg = toSvg(renderBlueprint(hostile, { locale: 'en' }));
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('" onload="');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&quot; onload=&quot;');
    // Every tag that opens is a known SVG element.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    for (const t of tags)
      expect([
        'svg',
        'title',
        'rect',
        'line',
        'polyline',
        'polygon',
        'circle',
        'path',
        'text',
        'tspan',
        'g',
      ]).toContain(t);
  });

  it('is deterministic: the same model gives identical bytes', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(toSvg(renderBlueprint(propertyRepairModel(), { locale }))).toBe(
        toSvg(renderBlueprint(propertyRepairModel(), { locale })),
      );
      expect(toSvg(renderJourney(propertyRepairModel(), { locale }))).toBe(
        toSvg(renderJourney(propertyRepairModel(), { locale })),
      );
    }
  });

  it('emits role and ref of blueprint groups as class and data-ref', () => {
    const svg = toSvg(renderBlueprint(propertyRepairModel(), { locale: 'zh-CN' }));
    expect(svg).toContain('class="action" data-ref="notify.customer"');
    expect(svg).toContain('class="line line-of-visibility"');
    expect(svg).toContain('可视分界线');
    expect(svg).toContain('class="flow flow-loop" data-ref="repair.frontstage-&gt;notify.frontstage"');
  });
});

describe('toSvg opacity', () => {
  it('puts opacity on the paints, never on the element (resvg panics on such shapes outside a cropped viewBox)', () => {
    const svg = toSvg({
      width: 10,
      height: 10,
      children: [
        { kind: 'rect', x: 1, y: 1, width: 4, height: 4, fill: '#fff', opacity: 0.9 },
        { kind: 'circle', cx: 5, cy: 5, r: 2, fill: '#fff', stroke: '#000', opacity: 0.5 },
      ],
    });
    expect(svg).toContain('<rect x="1" y="1" width="4" height="4" fill="#fff" fill-opacity="0.9"/>');
    expect(svg).toContain('stroke-width="1" fill-opacity="0.5" stroke-opacity="0.5"/>');
    expect(svg).not.toMatch(/ opacity=/);
  });
});
