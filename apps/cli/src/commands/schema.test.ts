import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../run.test-util.js';
import { tempDir } from '../temp.test-util.js';

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe('frontstage schema', () => {
  it('prints a JSON Schema and writes the same to -o', async () => {
    const printed = await runCli(['schema']);
    expect(printed.code).toBe(0);
    const schema = JSON.parse(printed.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(JSON.stringify(schema)).toContain('frontstage');
    const written = await runCli(['schema', '-o', 'schema.json'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'schema.json'), 'utf8')).toBe(printed.stdout);
  });

  it('matches the committed schema/service-file.schema.json', async () => {
    const printed = await runCli(['schema']);
    const committed = readFileSync(join(REPO, 'schema/service-file.schema.json'), 'utf8');
    // When this fails: npm run build && node apps/cli/dist/main.js schema -o schema/service-file.schema.json
    expect(committed, 'schema/service-file.schema.json is stale').toBe(printed.stdout);
  });
});
