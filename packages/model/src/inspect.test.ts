import { describe, expect, it } from 'vitest';
import { REPAIR } from './fixtures/service-files.js';
import { acyclicEdges, longestPath } from './graph.js';
import { inspectServiceModel } from './inspect.js';
import { parseServiceFile } from './parse.js';
import type { ServiceModel } from './types.js';

function model(source: string): ServiceModel {
  const r = parseServiceFile(source);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message.en).join('\n'));
  return r.model;
}

describe('inspectServiceModel', () => {
  const facts = inspectServiceModel(model(REPAIR));

  it('lists the encounters across the line of interaction', () => {
    expect(facts.encounters.map((e) => e.flow)).toEqual([
      'notify.customer->notify.frontstage',
      'confirm-time.customer->confirm-time.frontstage',
      'arrive.customer->arrive.frontstage',
      'pay.customer->pay.frontstage',
      'pay.frontstage->notify.customer',
    ]);
    expect(facts.encounters[0]!.ids).toEqual([
      'notify.customer->notify.frontstage',
      'notify.customer',
      'notify.frontstage',
    ]);
  });

  it('lists crossings of the lines of visibility and internal interaction', () => {
    expect(facts.visibilityCrossings.map((e) => e.flow)).toEqual([
      'notify.frontstage->notify.backstage',
      'arrive.frontstage->arrive.backstage',
    ]);
    expect(facts.internalEncounters.map((e) => e.flow)).toEqual(['notify.backstage->notify.support']);
  });

  it('counts handoffs between departments per direction', () => {
    expect(facts.handoffs.total).toBe(2);
    expect(facts.handoffs.pairs.map((p) => [p.from, p.to, p.count, p.ids])).toEqual([
      [
        { 'zh-CN': '客服中心', en: 'Customer service' },
        { 'zh-CN': '信息部', en: 'IT' },
        1,
        ['notify.backstage->notify.support'],
      ],
      [
        { 'zh-CN': '工程部', en: 'Engineering' },
        { 'zh-CN': '调度中心', en: 'Dispatch' },
        1,
        ['arrive.frontstage->arrive.backstage'],
      ],
    ]);
  });

  it('sums durations and waits, and finds the critical path without loops or recovery flows', () => {
    // 3+5+3 (notify) + 90 wait + 2 (confirm-time) + 30+3 (arrive) + 3 (pay)
    expect(facts.totalMinutes.minutes).toBe(139);
    expect(facts.waiting).toMatchObject({ minutes: 90, ids: ['confirm-time.customer'] });
    expect(facts.waiting.share).toBeCloseTo(90 / 139);
    // notify.customer 3 → confirm-time.customer (90 wait) → arrive.customer 0 → arrive.frontstage 30 = 123;
    // arrive.backstage is reached only by recovery, and notify's column adds up to 11 only.
    expect(facts.criticalPath).toEqual({
      minutes: 123,
      waitMinutes: 90,
      ids: ['notify.customer', 'confirm-time.customer', 'arrive.customer', 'arrive.frontstage'],
    });
    expect(facts.waiting.criticalShare).toBeCloseTo(90 / 123);
  });

  it('adds up costs per step and in total', () => {
    expect(facts.cost.total).toBe(21);
    expect(facts.cost.currency).toBe('CNY');
    expect(facts.cost.perStep.map((s) => [s.step, s.cost])).toEqual([
      ['notify', 6],
      ['confirm-time', 0],
      ['arrive', 15],
      ['pay', 0],
    ]);
  });

  it('lists fail points, wait points and touchpoints per stage', () => {
    expect(facts.failPoints).toEqual([
      { action: 'arrive.frontstage', reason: { 'zh-CN': '迟到', en: 'Late' }, ids: ['arrive.frontstage'] },
    ]);
    expect(facts.waitPoints).toEqual([
      { action: 'confirm-time.customer', minutes: 90, reason: '等待回电', ids: ['confirm-time.customer'] },
    ]);
    expect(facts.touchpointsPerStage).toEqual([
      { stage: 'request', ids: ['hotline', 'appointment'] },
      { stage: 'visit', ids: ['home-visit'] },
    ]);
  });

  it('gives empty facts for a file without a blueprint', () => {
    const empty = inspectServiceModel(model('frontstage: 1\nservice: { id: a, name: A }\n'));
    expect(empty.criticalPath).toEqual({ minutes: 0, waitMinutes: 0, ids: [] });
    expect(empty.encounters).toEqual([]);
  });
});

describe('graph algorithms', () => {
  it('drops only the edges that close a cycle', () => {
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'a', to: 'c' },
    ];
    expect(acyclicEdges(['a', 'b', 'c'], edges)).toEqual([edges[0], edges[1], edges[3]]);
  });

  it('finds the heaviest path and terminates on cycles and self-loops', () => {
    const w: Record<string, number> = { a: 1, b: 5, c: 1, d: 10 };
    const result = longestPath(
      ['a', 'b', 'c', 'd'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
        { from: 'c', to: 'c' },
        { from: 'a', to: 'd' },
      ],
      (n) => w[n]!,
    );
    expect(result).toEqual({ total: 11, path: ['a', 'd'] });
  });

  it('handles a long chain without recursion', () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((n, i) => ({ from: nodes[i]!, to: n }));
    edges.push({ from: nodes[nodes.length - 1]!, to: nodes[0]! });
    expect(longestPath(nodes, edges, () => 1).total).toBe(50_000);
  });
});
