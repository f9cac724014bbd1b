import { describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration, migrateServiceData } from './migrations.js';
import { parseServiceFile } from './parse.js';

/** A pretend history: format 1 called the service `product`; format 2 renamed it `service`. */
const renameProduct: Migration = {
  from: 1,
  description: 'rename `product` to `service`',
  migrate: ({ product, ...rest }) => ({ ...rest, service: product }),
};

describe('format migrations', () => {
  it('has no migrations while format 1 is the only format', () => {
    expect(MIGRATIONS).toEqual([]);
  });

  it('applies the registered steps in order and stamps the new version', () => {
    const addNote: Migration = { from: 2, description: 'no-op', migrate: (d) => ({ ...d, note: 'v3' }) };
    const result = migrateServiceData(
      { frontstage: 1, product: { id: 'a' } },
      1,
      [addNote, renameProduct],
      3,
    );
    expect(result).toEqual({
      ok: true,
      data: { frontstage: 3, service: { id: 'a' }, note: 'v3' },
      applied: [renameProduct, addNote],
    });
  });

  it('fails when a step is missing or a migration throws', () => {
    expect(migrateServiceData({ frontstage: 1 }, 1, [], 2)).toMatchObject({ ok: false, from: 1, to: 2 });
    const broken: Migration = {
      from: 1,
      description: 'throws',
      migrate: () => {
        throw new Error('boom');
      },
    };
    expect(migrateServiceData({ frontstage: 1 }, 1, [broken], 2)).toEqual({
      ok: false,
      from: 1,
      to: 2,
      detail: 'boom',
    });
  });

  it('migrates on read: an old file parses with a reader one version ahead', () => {
    const old = 'frontstage: 1\nproduct: { id: shop, name: Shop }\n';
    const result = parseServiceFile(old, { migrations: [renameProduct], targetVersion: 2 });
    expect(result.ok).toBe(true);
    expect(result.model?.service.id).toBe('shop');
    const missing = parseServiceFile(old, { migrations: [], targetVersion: 2 });
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['FS013']);
  });
});
