import { describe, expect, it } from 'vitest';
import { diffServiceModels } from './diff.js';
import { REPAIR } from './fixtures/service-files.js';
import { parseServiceFile } from './parse.js';
import type { ServiceModel } from './types.js';

function model(source: string): ServiceModel {
  const r = parseServiceFile(source);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message.en).join('\n'));
  return r.model;
}

describe('diffServiceModels', () => {
  const before = model(REPAIR);

  it('finds nothing between a model and itself, even re-parsed from a shifted file', () => {
    const shifted = model(`# a comment that moves every line\n\n${REPAIR}`);
    const diff = diffServiceModels(before, shifted);
    expect(diff.identical).toBe(true);
    expect(diff.changes).toEqual([]);
  });

  it('reports the revision A/0 → A/1 with field-level before and after', () => {
    const after = model(
      REPAIR.replace('version: A/0', 'version: A/1')
        .replace('status: approved', 'status: in_review')
        .replace('duration: 30m', 'duration: 20m')
        .replace('emotion: 3 }', 'emotion: 4 }'),
    );
    const diff = diffServiceModels(before, after);
    expect(diff.changes).toEqual([
      {
        kind: 'changed',
        subject: 'blueprint',
        id: 'blueprint',
        fields: [
          { field: 'version', before: 'A/0', after: 'A/1' },
          { field: 'status', before: 'approved', after: 'in_review' },
        ],
      },
      {
        kind: 'changed',
        subject: 'action',
        id: 'arrive.frontstage',
        fields: [{ field: 'minutes', before: 30, after: 20 }],
      },
      {
        kind: 'changed',
        subject: 'journey_step',
        id: 'owner-as-is/visit/home-visit',
        fields: [{ field: 'emotion', before: 3, after: 4 }],
      },
    ]);
    expect(diff.summary.action).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('reports added and removed steps, actions, flows and touchpoints in a stable order', () => {
    const after = model(
      REPAIR.replace(
        '      - id: pay\n',
        '      - id: inspect\n        customer: { text: { zh-CN: 验收, en: Inspects the work }, touchpoint: acceptance }\n      - id: pay\n',
      )
        .replace(/ {2}- \{ id: tech, .*\n/, '')
        .replace(', relations: [{ to: tech, kind: collaborates }]', ''),
    );
    const diff = diffServiceModels(before, after);
    const brief = diff.changes.map((c) => `${c.kind} ${c.subject} ${c.id}`);
    expect(brief).toEqual([
      'changed stage visit',
      'added step inspect',
      'added action inspect.customer',
      'added flow arrive.customer->inspect.customer',
      'added flow inspect.customer->pay.customer',
      'removed flow arrive.customer->pay.customer',
      'added touchpoint acceptance',
      'changed stakeholder manager',
      'removed stakeholder tech',
    ]);
    const stage = diff.changes[0]!;
    expect(stage.fields).toEqual([
      { field: 'steps', before: ['arrive', 'pay'], after: ['arrive', 'inspect', 'pay'] },
    ]);
    expect(diffServiceModels(before, after)).toEqual(diff);
  });

  it('reports a journey added or removed with its steps', () => {
    const after: ServiceModel = { ...before, journeys: before.journeys.slice(0, 1) };
    const brief = diffServiceModels(before, after).changes.map((c) => `${c.kind} ${c.subject} ${c.id}`);
    expect(brief).toEqual([
      'removed journey owner-to-be',
      'removed journey_step owner-to-be/request/app-booking',
    ]);
  });
});
