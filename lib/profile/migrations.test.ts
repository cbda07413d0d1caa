import { describe, expect, it } from 'vitest';
import { checkProfile } from '../rules/profile-check';
import { migrateProfileList, PROFILE_MIGRATIONS } from './migrations';
import { sampleProfile } from './sample';
import { PROFILE_SCHEMA_VERSION, ProfileSchema } from './schema';

/** A profile list as version 1 stored it: the sample without 网站类型, through JSON like storage and export files. */
function storedV1(): unknown[] {
  const profile = JSON.parse(JSON.stringify(sampleProfile()));
  for (const site of profile.websites) delete site.siteType;
  return [profile];
}

describe('profile migrations', () => {
  it('has exactly one numbered migration per version above 1', () => {
    expect(Object.keys(PROFILE_MIGRATIONS).map(Number).sort()).toEqual(
      Array.from({ length: PROFILE_SCHEMA_VERSION - 1 }, (_, i) => i + 2),
    );
  });
  it('passes the current version through and refuses newer or nonsense versions', () => {
    const list = [{ id: 'x' }];
    expect(migrateProfileList(list, PROFILE_SCHEMA_VERSION)).toBe(list);
    expect(() => migrateProfileList(list, PROFILE_SCHEMA_VERSION + 1)).toThrow(/newer/);
    expect(() => migrateProfileList(list, 0)).toThrow(RangeError);
    expect(() => migrateProfileList(list, 1.5)).toThrow(RangeError);
  });
});

describe('migration 2: 网站类型', () => {
  it('a version 1 profile reads as version 2 with every value kept and no 网站类型 guessed', () => {
    const v1 = storedV1();
    const before = JSON.stringify(v1);
    const [profile] = ProfileSchema.array().parse(migrateProfileList(v1, 1));
    expect(JSON.stringify(v1)).toBe(before);
    expect(profile?.websites[0]?.siteType).toBeUndefined();
    const { siteType: _, ...site } = sampleProfile().websites[0] ?? {};
    expect(profile?.websites[0]).toEqual(site);
  });

  it('the migrated profile gets a warning for 网站类型, not an error', () => {
    const [profile] = ProfileSchema.array().parse(migrateProfileList(storedV1(), 1));
    if (!profile) throw new Error('no profile');
    const found = checkProfile(profile, '2026-12-01').filter((p) => p.path === 'websites.0.siteType');
    expect(found.map((p) => [p.severity, p.message])).toEqual([['warning', expect.stringContaining('网站类型')]]);
  });

  it('drops a stray siteType a hand-edited version 1 file carries, and leaves odd shapes to the schema', () => {
    const v1 = storedV1() as { websites: Record<string, unknown>[] }[];
    const site = v1[0]?.websites[0];
    if (site) site.siteType = 'Z';
    const [out] = migrateProfileList(v1, 1) as typeof v1;
    expect(out?.websites[0]).not.toHaveProperty('siteType');
    expect(migrateProfileList('garbage', 1)).toBe('garbage');
    expect(migrateProfileList([null, { websites: 'x' }], 1)).toEqual([null, { websites: 'x' }]);
  });
});
