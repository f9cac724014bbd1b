import type { Flow, FlowKind, Lane, ServiceModel, Text } from '@frontstage/model';
import fc from 'fast-check';
import { type ActionSpec, buildModel, ROLE_LANES, type StepSpec } from './model.test-util.js';

const WORDS = [
  '通知',
  '维修',
  '需要',
  '确认',
  '上门时间',
  '（备件）',
  '「工单」',
  '，',
  '。',
  'Repair',
  'the',
  'work-order',
  'system',
  'App',
  'Supercalifragilistic',
  '12',
  '¥35',
  '物业服务中心接听并记录',
];

/** Random label: a mix of CJK, Latin, punctuation and long words, sometimes bilingual. */
export const textArb: fc.Arbitrary<Text> = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }), fc.boolean(), fc.boolean())
  .map(([words, spaced, pair]) => {
    const s = words.join(spaced ? ' ' : '');
    return pair ? { 'zh-CN': s, en: `${s} en` } : s;
  });

const actionArb = (steps: number): fc.Arbitrary<ActionSpec> =>
  fc.record(
    {
      text: textArb,
      actor: textArb,
      minutes: fc.integer({ min: 1, max: 3000 }),
      cost: fc.integer({ min: 0, max: 100000 }),
      fail: fc.boolean(),
      wait: fc.oneof(fc.constant(true as const), fc.integer({ min: 1, max: 600 })),
      status: fc.constantFrom('observed' as const, 'assumed' as const, 'proposed' as const),
      touchpoint: fc.constantFrom('tp-a', 'tp-b'),
      decide: fc.record({
        ask: textArb,
        next: fc.integer({ min: 0, max: steps - 1 }).map((i) => `s${i}`),
        otherwise: fc.integer({ min: 0, max: steps - 1 }).map((i) => `s${i}`),
      }),
    },
    { requiredKeys: ['text'] },
  );

const customLaneArb: fc.Arbitrary<Lane> = fc
  .tuple(
    fc.constantFrom('frontstage' as const, 'backstage' as const, 'support' as const),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(([zone, n]) => ({ kind: 'custom', id: `custom-${zone}-${n}`, zone, name: `Custom ${zone} ${n}` }));

/**
 * Random blueprints of 1…`maxSteps` steps: a random subset of the method lanes (shuffled) plus custom lanes, cells
 * with 0–3 actions of random text and markers, decisions, and random extra flows (loops, long jumps, recoveries).
 */
export function blueprintArb(maxSteps = 60, maxPerCell = 3): fc.Arbitrary<ServiceModel> {
  return fc.integer({ min: 1, max: maxSteps }).chain((n) =>
    fc
      .record({
        roles: fc.subarray([...ROLE_LANES], { minLength: 1 }),
        customs: fc.uniqueArray(customLaneArb, { maxLength: 2, selector: (l) => l.id }),
        shuffle: fc.boolean(),
        stageCuts: fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, n - 1) }), { maxLength: 5 }),
        cells: fc.array(
          fc.dictionary(
            fc.constantFrom('evidence', 'customer', 'frontstage', 'backstage', 'support', 'c0', 'c1'),
            fc.array(actionArb(n), { minLength: 1, maxLength: maxPerCell }),
            { maxKeys: 7 },
          ),
          { minLength: n, maxLength: n },
        ),
        evidence: fc.array(fc.array(textArb, { maxLength: 2 }), { minLength: n, maxLength: n }),
        extra: fc.array(
          fc.tuple(fc.nat(), fc.nat(), fc.constantFrom<FlowKind>('sequence', 'loop', 'recovery', 'branch')),
          { maxLength: Math.min(30, 2 * n) },
        ),
      })
      .map(({ roles, customs, shuffle, stageCuts, cells, evidence, extra }) => {
        const lanes: Lane[] = [...roles, ...customs];
        if (shuffle) lanes.reverse();
        const laneIds = lanes.filter((l) => !(l.kind === 'role' && l.role === 'evidence')).map((l) => l.id);
        const cuts = [...stageCuts].filter((c) => c < n).sort((a, b) => a - b);
        const stageOf = (i: number) => `st${cuts.filter((c) => c <= i).length}`;
        const steps: StepSpec[] = cells.map((dict, i) => {
          const mapped: Record<string, ActionSpec[]> = {};
          for (const [k, v] of Object.entries(dict)) {
            const id = k === 'c0' ? customs[0]?.id : k === 'c1' ? customs[1]?.id : k;
            if (id && laneIds.includes(id)) mapped[id] = v;
          }
          return { id: `s${i}`, stage: stageOf(i), evidence: evidence[i]!, cells: mapped };
        });
        const stages = Array.from({ length: cuts.length + 1 }, (_, i) => ({
          id: `st${i}`,
          name: `Stage ${i}`,
        }));
        const model = buildModel({ lanes, stages, steps });
        const bp = model.blueprint!;
        const ids = bp.actions.map((a) => a.id);
        const flows: Flow[] = [...bp.flows];
        const seen = new Set(flows.map((f) => f.id));
        if (ids.length > 1) {
          for (const [i, j, kind] of extra) {
            const from = ids[i % ids.length]!;
            const to = ids[j % ids.length]!;
            const id = `${from}->${to}`;
            if (from === to || seen.has(id)) continue;
            seen.add(id);
            flows.push({
              id,
              from,
              to,
              kind,
              derived: false,
              // Labels of several widths, so label placement is exercised (Latin, CJK, long).
              ...(kind === 'branch'
                ? { label: 'maybe' }
                : (i + j) % 3 === 0
                  ? { label: (i + j) % 2 === 0 ? '资料不全，退回补充' : 'Retry after a check' }
                  : {}),
            });
          }
        }
        return { ...model, blueprint: { ...bp, flows } };
      }),
  );
}
