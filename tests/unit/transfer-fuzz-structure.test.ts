// Bad input, structure: the valid export of two profiles truncated at many offsets, every value replaced by wrong
// types, every string made huge, arrays nested 10 000 and 100 000 deep. Each is rejected naming the file/profile/field,
// and storage.local is byte-identical afterwards.
import { describe, expect, it } from 'vitest';
import { expectRejected, seededPerFile, seedTwoProfiles } from '../support/fuzz-harness';
import { deepCases, hugeStringCases, type Json, truncatedCases, walk, wrongTypeCases } from '../support/malformed';

const store = seededPerFile();

// The cases are generated from the same export the store produces; generated up front so vitest can name them.
const { text, doc } = await (async () => {
  const s = await seedTwoProfiles();
  return { text: s.text, doc: s.doc };
})();

const suites = {
  truncated: truncatedCases(text, 60),
  'wrong types': wrongTypeCases(doc),
  'huge strings': hugeStringCases(doc),
  'deep nesting': deepCases(
    doc,
    [
      [],
      ['profiles', 1, 'displayName'],
      ['profiles', 0],
      ['profiles', 0, 'subject'],
      ['profiles', 1, 'people', 0, 'region'],
      ['profiles', 1, 'websites', 0, 'access'],
      ['profiles', 0, 'apps', 0, 'appName'],
      ['attachments'],
      ['attachments', 'sample-2-logo'],
      ['exportedAt'],
    ],
    [10_000, 100_000],
  ),
};

for (const [kind, cases] of Object.entries(suites)) {
  describe(kind, () => {
    for (const c of cases) it(c.name, () => expectRejected(c, store()), 20_000);
  });
}

describe('generator coverage', () => {
  it('mutates every value of the file and every case differs from the valid file', () => {
    const values = walk(doc as Json).length;
    expect(suites['wrong types'].length).toBe(values * 2);
    const small = [...suites.truncated, ...suites['wrong types'], ...suites['deep nesting']];
    for (const c of small) expect(c.make() === text, c.name).toBe(false);
    expect(
      new Set(
        Object.values(suites)
          .flat()
          .map((c) => c.name),
      ).size,
    ).toBe(Object.values(suites).flat().length);
  }, 30_000);
});
