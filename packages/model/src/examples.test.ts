// biome-ignore lint/style/noRestrictedImports: tests may read the repository's example files from disk.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatServiceFile } from './format.js';
import { parseServiceFile } from './parse.js';

const dir = new URL('../../../examples/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.service.yaml'));

describe('examples/*.service.yaml', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses with zero errors and round-trips through the formatter', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const result = parseServiceFile(source, { file });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.location?.line}:${d.location?.column} ${d.code} ${d.message.en}`)).toEqual(
      [],
    );
    const again = parseServiceFile(formatServiceFile(result.model!));
    expect(again.ok).toBe(true);
  });
});
