import { describe, expect, it } from 'vitest';
import { serviceFileJsonSchema } from './json-schema.js';

type Json = Record<string, unknown>;

describe('serviceFileJsonSchema', () => {
  const schema = serviceFileJsonSchema() as Json;
  const defs = schema.definitions as Record<string, Json>;

  it('is a titled draft-07 schema requiring the format version and the service', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('Frontstage service file');
    expect(schema.required).toEqual(['frontstage', 'service']);
    expect((schema.properties as Record<string, Json>).frontstage).toMatchObject({ const: 1 });
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('describes keys for editor hovers', () => {
    const action = defs.Action!;
    const props = action.properties as Record<string, Json>;
    expect(props.fail!.description).toContain('fail point');
    expect(props.duration).toBeDefined();
    expect(action.required).toEqual(['text']);
    expect(action.additionalProperties).toBe(false);
  });

  it('allows custom lane keys on a step through additionalProperties of the cell shape', () => {
    const step = defs.Step!;
    expect(step.additionalProperties).toEqual({ $ref: '#/definitions/Cell' });
    expect(Object.keys(step.properties as Json)).toEqual(['id', 'name', 'evidence', 'decide']);
  });

  it('defines a text pair as strict with at least one language', () => {
    expect(defs.LocalizedText).toMatchObject({ additionalProperties: false, minProperties: 1 });
    expect(defs.Text!.anyOf).toHaveLength(2);
  });
});
