// Numbered migrations of the stored profile list, shared by WXT storage (`defineItem({ migrations })`) and import
// of older export files, so both upgrade data the same way. Migration N turns a version N-1 list into version N.
// Version 1 is the first schema: there is nothing to migrate yet. Add `2: (v1) => v2` here together with
// PROFILE_SCHEMA_VERSION = 2 and a stored v1 example in migrations.test.ts.
import { PROFILE_SCHEMA_VERSION } from './schema';

// biome-ignore lint/suspicious/noExplicitAny: a migration receives whatever an older version stored.
export type Migration = (old: any) => unknown;

export const PROFILE_MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Runs migrations from+1 … current on a profile list; throws for a version newer than this build knows. */
export function migrateProfileList(value: unknown, from: number): unknown {
  if (!Number.isInteger(from) || from < 1) throw new RangeError(`unknown schema version ${from}`);
  if (from > PROFILE_SCHEMA_VERSION)
    throw new RangeError(`schema version ${from} is newer than ${PROFILE_SCHEMA_VERSION}`);
  let v = value;
  for (let n = from + 1; n <= PROFILE_SCHEMA_VERSION; n++) {
    const m = PROFILE_MIGRATIONS[n];
    if (!m) throw new Error(`missing migration to version ${n}`);
    v = m(v);
  }
  return v;
}
