import * as z from 'zod';
import { serviceFileSchema } from './raw-schema.js';
import { FORMAT_VERSION } from './types.js';

type JsonObject = { [key: string]: unknown };

/**
 * The JSON Schema (draft-07, the draft editors support best) of the service file, for editors: VS Code's YAML extension uses it for
 * validation, hovers (descriptions on every key) and completion. Step lane keys are dynamic (custom lanes), so a
 * step allows any further key whose value has the shape of a cell. Reference checks stay in the parser.
 */
export function serviceFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(serviceFileSchema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  }) as JsonObject;
  const defs = (schema.definitions ?? {}) as Record<string, JsonObject>;
  const pair = defs.LocalizedText;
  if (pair) {
    pair.additionalProperties = false;
    pair.minProperties = 1;
  }
  const properties = schema.properties as Record<string, JsonObject> | undefined;
  if (properties?.frontstage) {
    properties.frontstage = {
      type: 'integer',
      const: FORMAT_VERSION,
      description: `The format version: ${FORMAT_VERSION}.`,
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Frontstage service file',
    description:
      'One service: its blueprint (lanes, stages, steps, actions, flows), touchpoints, journeys, personas and stakeholders. See docs/service-file.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema' && k !== 'description')),
  };
}
