// Structure of a stored Region without the division data (which stays out of the content script): names and codes
// pair up, codes nest (省 2 → 市 4 → 县 6 digits), and the province is a mainland one. Whether the names match the
// codes is lib/regions' job.
import type { Region } from '../profile/schema';
import { type At, error, type Problem } from './problem';
import { MAINLAND_PROVINCE_CODES } from './province-codes';

export function checkRegionShape(region: Region | undefined, at: At): Problem[] {
  if (region === undefined || (region.codes.length === 0 && region.names.length === 0)) return [];
  const bad = (zh: string, en: string) => [error(at, `${at.field}${zh}`, `${at.field}: ${en}`)];
  if (region.codes.length !== region.names.length) {
    return bad('的名称与代码数量不一致，请重新选择', 'names and codes differ in number');
  }
  for (let i = 0; i < region.codes.length; i++) {
    const code = region.codes[i] ?? '';
    if (code.length !== 2 * (i + 1) || (i > 0 && !code.startsWith(region.codes[i - 1] ?? ''))) {
      return bad('的行政区划代码层级不正确，请重新选择', 'codes do not nest province → city → county');
    }
  }
  if (!MAINLAND_PROVINCE_CODES.has(region.codes[0] ?? '')) {
    return bad(`的省级代码 ${region.codes[0]} 不存在`, 'unknown province code');
  }
  return [];
}

/** The platform's cascaders go down to 区/县; a shorter selection is incomplete. */
export function checkRegionComplete(region: Region | undefined, at: At): Problem[] {
  if (region === undefined || region.codes.length === 0 || region.codes.length === 3) return [];
  return [error(at, `${at.field}应选择到区/县一级`, `${at.field}: choose down to the county level`)];
}
