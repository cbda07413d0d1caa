// A browser in English gets the import's and the store's failures in English, through the browser's i18n and
// public/_locales/en; the platform's own field labels stay Chinese.
import { describe, expect, it } from 'vitest';
import { newProfile } from '../../lib/profile/factory';
import { PROFILE_SCHEMA_VERSION } from '../../lib/profile/schema';
import { EXPORT_FORMAT } from '../../lib/transfer/format';
import { backgroundPerTest } from '../../tests/support/background';
import { englishBrowserPerTest } from '../../tests/support/english';
import { enableLock, passphraseStrength } from './lock';
import { exportAll, importFile } from './transfer';

const bg = backgroundPerTest();
englishBrowserPerTest();

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (profiles: unknown[]) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    schemaVersion: PROFILE_SCHEMA_VERSION,
    exportedAt: '2026-11-28T00:00:00.000Z',
    profiles,
    attachments: {},
  });

describe('transfer and store failures in English', () => {
  it('says why a file is refused, naming the file and the field', async () => {
    expect(await importFile(bytes('{'), 'a.json')).toEqual({
      status: 'rejected',
      errors: [expect.stringMatching(/^File “a\.json” is not valid JSON \(.+\)$/)],
    });
    const p = newProfile('甲公司');
    const r = await importFile(bytes(file([p, { ...p, displayName: '乙公司' }])), 'b.json');
    expect(r).toEqual({
      status: 'rejected',
      errors: [`File “b.json”, profile 2 “乙公司”: the profile id ${p.id} is in the file twice`],
    });
  });

  it('says why the lock was not turned on, without quoting our own message as the browser’s', async () => {
    expect(await enableLock('short', 15)).toEqual({
      ok: false,
      message:
        'Could not turn the lock on; the profiles are still unencrypted: The passphrase needs at least 8 characters',
    });
    expect(passphraseStrength('short').label).toBe('too short');
  });

  it('names the export file in English', async () => {
    await bg.store.save(newProfile('甲公司'));
    const r = await exportAll(new Date('2026-11-28T08:00:00Z'));
    expect(r).toMatchObject({ ok: true, name: 'filing-profiles-2026-11-28.json' });
  });

  it('says what a field of an imported profile may not hold, zod’s own words included', async () => {
    const p = newProfile('甲公司');
    const r = await importFile(
      bytes(
        file([
          { ...p, displayName: '\u200B' },
          { ...newProfile('乙'), createdAt: 7 },
        ]),
      ),
      'c.json',
    );
    expect(r.status).toBe('rejected');
    const errors = (r as { errors: string[] }).errors.join('\n');
    expect(errors).toMatch(/has only invisible characters/);
    expect(errors).toMatch(/expected string, received number/i);
    // Only the platform's and our own Chinese labels may remain; no Chinese sentence.
    expect(errors).not.toMatch(/只有看不见|应为|无效/);
  });
});
