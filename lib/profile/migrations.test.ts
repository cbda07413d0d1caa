import { describe, expect, it } from 'vitest';
import { migrateProfileList, PROFILE_MIGRATIONS } from './migrations';
import { PROFILE_SCHEMA_VERSION } from './schema';

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
