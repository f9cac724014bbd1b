import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from './bar-chart.js';
import { niceTicks } from './chart-frame.js';
import { renderDriverChart } from './driver-chart.js';
import { renderIpaChart } from './ipa-chart.js';
import { renderKanoChart } from './kano-chart.js';
import { peakAndEnd, renderPeakEndChart } from './peak-end-chart.js';
import type { Scene, SceneNode } from './scene.js';
import { toSvg } from './to-svg.js';

function texts(scene: Scene): string[] {
  const out: string[] = [];
  const walk = (n: SceneNode) => {
    if (n.kind === 'text') out.push(...n.lines);
    if (n.kind === 'group') n.children.forEach(walk);
  };
  scene.children.forEach(walk);
  return out;
}

function groups(scene: Scene, role: string): SceneNode[] {
  const out: SceneNode[] = [];
  const walk = (n: SceneNode) => {
    if (n.kind === 'group') {
      if (n.role === role) out.push(n);
      n.children.forEach(walk);
    }
  };
  scene.children.forEach(walk);
  return out;
}

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-5, 5, 4)).toEqual([-5, -2.5, 0, 2.5, 5]);
    expect(niceTicks(3, 3)).toContain(3);
    // Found by the property below: a tiny negative minimum on a wide range must still get a tick below it.
    expect(niceTicks(-1.0000000000000002e-6, 1e6)[0]!).toBeLessThanOrEqual(-1.0000000000000002e-6);
  });
  it('always brackets [min, max] (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (a, b) => {
          const t = niceTicks(a, b);
          expect(t[0]!).toBeLessThanOrEqual(Math.min(a, b) + 1e-6);
          expect(t[t.length - 1]!).toBeGreaterThanOrEqual(Math.max(a, b) - 1e-6);
          expect(t.length).toBeLessThan(60);
        },
      ),
    );
  });
});

describe('method charts', () => {
  const items = [
    { id: 'hotline', label: { 'zh-CN': '报修热线', en: 'Repair hotline' } },
    { id: 'visit', label: { 'zh-CN': '上门服务', en: 'Home visit' } },
    { id: 'payment', label: { 'zh-CN': '支付', en: 'Payment' } },
  ];

  it('bar chart: one bar per item with whiskers and a CI legend', () => {
    const scene = renderBarChart(
      {
        title: 'CSAT',
        items: items.map((d, i) => ({ ...d, value: 60 + i * 10, low: 55 + i * 10, high: 65 + i * 10 })),
      },
      { locale: 'en' },
    );
    expect(groups(scene, 'bar')).toHaveLength(3);
    expect(texts(scene)).toContain('95% confidence interval');
    expect(texts(scene)).toContain('Home visit');
    const zh = renderBarChart({ items: items.map((d) => ({ ...d, value: -20 })) }, { locale: 'zh-CN' });
    expect(texts(zh)).toContain('上门服务');
  });

  it('IPA: quadrants captioned in both languages, crosshair at the grand means', () => {
    const scene = renderIpaChart(
      { items: items.map((d, i) => ({ ...d, importance: [4, 3, 5][i]!, performance: [2, 4, 3][i]! })) },
      { locale: 'zh-CN' },
    );
    const t = texts(scene);
    for (const s of [
      '重点改进',
      'Concentrate here',
      '继续保持',
      'Keep up the good work',
      '低优先级',
      'Low priority',
      '可能过度',
      'Possible overkill',
    ]) {
      expect(t).toContain(s);
    }
    expect(t.some((s) => s.includes('总均值') && s.includes('表现 3') && s.includes('重要性 4'))).toBe(true);
  });

  it('KANO: Better–Worse quadrants in both languages', () => {
    const scene = renderKanoChart(
      { items: items.map((d) => ({ ...d, better: 0.7, worse: -0.3 })) },
      { locale: 'en' },
    );
    const t = texts(scene);
    for (const s of ['Attractive', '魅力属性', 'One-dimensional', 'Must-be', 'Indifferent'])
      expect(t).toContain(s);
    expect(groups(scene, 'point')).toHaveLength(3);
  });

  it('peak-end: peak is the largest |value|, end the last; remembered = (peak + end) / 2', () => {
    expect(peakAndEnd([-2, 3, -4, 1])).toEqual({ peak: 2, end: 3 });
    expect(peakAndEnd([])).toBeUndefined();
    const scene = renderPeakEndChart(
      { points: items.map((d, i) => ({ ...d, value: [-2, 4, 1][i]! })) },
      { locale: 'en' },
    );
    expect(texts(scene).some((s) => s.includes('(peak + end) / 2 = 2.5'))).toBe(true);
    expect(texts(scene)).toContain('Peak (strongest emotion)');
  });

  it('key drivers: sorted by weight, as % shares', () => {
    const scene = renderDriverChart(
      { items: items.map((d, i) => ({ ...d, weight: [0.1, 0.3, 0.1][i]! })) },
      { locale: 'en' },
    );
    const bars = groups(scene, 'bar') as Extract<SceneNode, { kind: 'group' }>[];
    expect(bars.map((b) => b.ref)).toEqual(['visit', 'hotline', 'payment']);
    expect(texts(scene)).toContain('60');
    expect(texts(scene)).toContain('Key drivers');
  });

  it('escapes hostile labels in every chart', () => {
    const evil = {
      label: '<script>x</script>',
      importance: 1,
      performance: 1,
      better: 1,
      worse: -1,
      value: 1,
      weight: 1,
    };
    for (const scene of [
      renderBarChart({ items: [evil] }, { locale: 'en' }),
      renderIpaChart({ items: [evil] }, { locale: 'en' }),
      renderKanoChart({ items: [evil] }, { locale: 'en' }),
      renderPeakEndChart({ points: [evil] }, { locale: 'en' }),
      renderDriverChart({ items: [evil] }, { locale: 'en' }),
    ]) {
      expect(toSvg(scene)).not.toContain('<script');
    }
  });
});
