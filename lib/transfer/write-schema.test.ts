import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaText } from './write-schema';

describe('docs/profile-export.schema.json', () => {
  it('equals what the zod schemas generate (run `npm run schema` after a schema change)', () => {
    const committed = readFileSync(resolve(__dirname, '../..', SCHEMA_FILE), 'utf8');
    expect(committed).toBe(schemaText());
  });
  it('describes the envelope and the profile fields', () => {
    const s = JSON.parse(schemaText());
    expect(s.properties.format.const).toBe('beian-autofill-profiles');
    expect(s.required).toEqual(expect.arrayContaining(['format', 'schemaVersion', 'exportedAt', 'profiles']));
    expect(Object.keys(s.properties.profiles.items.properties)).toEqual(
      expect.arrayContaining(['subject', 'people', 'websites', 'apps']),
    );
  });
});
