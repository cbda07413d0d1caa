// Numbered migrations of the stored profile list, shared by WXT storage (`defineItem({ migrations })`) and import
// of older export files, so both upgrade data the same way. Migration N turns a version N-1 list into version N.
// Add `N: (old) => new` here together with PROFILE_SCHEMA_VERSION = N and a stored example in migrations.test.ts.
import { PROFILE_SCHEMA_VERSION } from './schema';

// biome-ignore lint/suspicious/noExplicitAny: a migration receives whatever an older version stored.
export type Migration = (old: any) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * 2: websites gain 网站类型 (the 2026 form asks for it). A v1 website has none and gets none: nothing in it tells
 * the category, so it stays unset, the check warns and the fill lists it. A stray `siteType` in a v1 list (a
 * hand-edited file) is dropped rather than read as a choice the user made. Anything else passes through untouched
 * for the schema to judge.
 */
function addSiteType(v1: unknown): unknown {
  if (!Array.isArray(v1)) return v1;
  return v1.map((profile) => {
    if (!isRecord(profile) || !Array.isArray(profile.websites)) return profile;
    const websites = profile.websites.map((site) => {
      if (!isRecord(site) || !('siteType' in site)) return site;
      const { siteType: _dropped, ...rest } = site;
      return rest;
    });
    return { ...profile, websites };
  });
}

export const PROFILE_MIGRATIONS: Readonly<Record<number, Migration>> = { 2: addSiteType };

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
