import { FORMAT_VERSION } from './types.js';

/** Raw service-file data as read from YAML, before schema validation. */
export type RawData = Readonly<Record<string, unknown>>;

/**
 * One step of the format's history: rewrites a file of format `from` into format `from + 1`.
 * Migrations run on the raw data before validation, so old files keep opening after the format changes.
 */
export interface Migration {
  readonly from: number;
  readonly description: string;
  readonly migrate: (data: RawData) => RawData;
}

/** Every migration, N → N+1. Empty while format 1 is the only format; add one whenever the format changes. */
export const MIGRATIONS: readonly Migration[] = [];

/** The outcome of migrating raw data to the current format. */
export type MigrationResult =
  | { readonly ok: true; readonly data: RawData; readonly applied: readonly Migration[] }
  | { readonly ok: false; readonly from: number; readonly to: number; readonly detail: string };

/**
 * Brings raw data written in format `version` up to `target` by applying the registered migrations in order;
 * each sets `frontstage` to its new version. Fails when a step is missing or a migration throws.
 */
export function migrateServiceData(
  data: RawData,
  version: number,
  registry: readonly Migration[] = MIGRATIONS,
  target: number = FORMAT_VERSION,
): MigrationResult {
  let current = data;
  const applied: Migration[] = [];
  for (let v = version; v < target; v++) {
    const step = registry.find((m) => m.from === v);
    if (!step) return { ok: false, from: v, to: v + 1, detail: 'no migration is registered for this step' };
    try {
      current = { ...step.migrate(current), frontstage: v + 1 };
    } catch (error) {
      return {
        ok: false,
        from: v,
        to: v + 1,
        detail: error instanceof Error ? error.message : String(error),
      };
    }
    applied.push(step);
  }
  return { ok: true, data: current, applied };
}
