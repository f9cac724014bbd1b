import { describe, expect, it } from 'vitest';
import { formatServiceFile } from './format.js';
import { generateServiceFile, generateServiceModel } from './generate.js';
import { inspectServiceModel } from './inspect.js';
import { lintServiceModel } from './lint.js';
import { parseServiceFile } from './parse.js';

describe('generateServiceModel', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(generateServiceFile({ steps: 30, seed: 7 })).toBe(generateServiceFile({ steps: 30, seed: 7 }));
    expect(generateServiceFile({ steps: 30, seed: 7 })).not.toBe(generateServiceFile({ steps: 30, seed: 8 }));
  });

  it('produces a realistic blueprint of the requested size that parses without errors', () => {
    const m = generateServiceModel({ steps: 200, seed: 1 });
    const bp = m.blueprint!;
    expect(bp.steps).toHaveLength(200);
    expect(bp.stages.length).toBeGreaterThanOrEqual(200 / 6);
    expect(bp.stages.length).toBeLessThanOrEqual(200 / 4 + 1);
    const lanesFilled = (lane: string) =>
      bp.steps.filter((s) => bp.actions.some((a) => a.step === s.id && a.lane === lane)).length / 200;
    expect(lanesFilled('customer')).toBe(1);
    expect(lanesFilled('frontstage')).toBeGreaterThan(0.7);
    expect(lanesFilled('backstage')).toBeGreaterThan(0.6);
    expect(lanesFilled('support')).toBeGreaterThan(0.3);
    expect(bp.actions.some((a) => a.decision)).toBe(true);
    expect(bp.actions.some((a) => a.fail)).toBe(true);
    expect(bp.actions.some((a) => a.wait)).toBe(true);
    expect(bp.flows.some((f) => f.kind === 'loop')).toBe(true);
    expect(bp.flows.some((f) => f.kind === 'recovery')).toBe(true);
    expect(m.touchpoints.length).toBeGreaterThan(50);
    expect(m.journeys[0]!.stages[0]!.steps.length).toBe(m.touchpoints.length);
    const facts = inspectServiceModel(m);
    expect(facts.criticalPath.minutes).toBeGreaterThan(0);
    expect(facts.handoffs.total).toBeGreaterThan(0);
  });

  it('scales to 1,000 steps: parse and lint', () => {
    const source = generateServiceFile({ steps: 1_000, seed: 3 });
    const started = performance.now();
    const result = parseServiceFile(source);
    expect(result.ok).toBe(true);
    lintServiceModel(result.model!);
    inspectServiceModel(result.model!);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.model!.blueprint!.steps).toHaveLength(1_000);
  });

  it('writes the canonical form: no anchors, and formatting its model gives the same text', () => {
    const text = generateServiceFile({ steps: 40, seed: 5 });
    expect(text).not.toMatch(/[&*][a-z]+\d/);
    expect(formatServiceFile(generateServiceModel({ steps: 40, seed: 5 }))).toBe(text);
  });

  it('handles tiny sizes', () => {
    expect(generateServiceModel({ steps: 1 }).blueprint!.steps).toHaveLength(1);
    expect(generateServiceModel({ steps: 0 }).blueprint!.steps).toHaveLength(1);
  });
});
