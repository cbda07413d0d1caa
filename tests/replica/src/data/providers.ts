// Providers by region, after the table in PLATFORM.md. Names arrive asynchronously like the real
// platform's lookup; the delay depends on the slow-options / no-options variants.
import { pageTimer } from '../instrument';
import { hasVariant } from '../variants';
import { regionName } from './regions';

export type ProviderKind = 'access' | 'registrar';

export interface Provider {
  jurisdiction: string | undefined;
  region: string[];
  name: string | undefined;
  /** 网站接入方式, access only. */
  method?: string | undefined;
}

// Region code prefix → provider names (a 4-digit prefix matches every district of the city).
const TABLE: Record<ProviderKind, Array<[string, string]>> = {
  access: [
    ['110108', '腾讯云计算（北京）有限责任公司'],
    ['330110', '阿里云计算有限公司'],
    ['110115', '北京新网数码信息技术有限公司'],
    ['440105', '广州云讯信息科技有限公司'],
  ],
  registrar: [
    ['110115', '北京新网数码信息技术有限公司'],
    ['3706', '烟台帝思普网络科技有限公司'],
    ['440105', '广州云讯信息科技有限公司'],
    ['110108', '腾讯云计算（北京）有限责任公司'],
    ['110105', '腾讯云计算（北京）有限责任公司'],
    ['330110', '阿里云计算有限公司（原万网）'],
  ],
};

const FOREIGN: Record<ProviderKind, string[]> = {
  access: ['Amazon Web Services, Inc.', 'Cloudflare, Inc.', 'DigitalOcean, LLC'],
  registrar: ['GoDaddy.com, LLC', 'NameCheap, Inc.', 'Cloudflare, Inc.'],
};

/** The names offered for a region: matches from the table, two regional fillers, then 其他. */
export function providerNames(kind: ProviderKind, jurisdiction: string | undefined, region: string[]): string[] {
  if (jurisdiction === '境外') return [...FOREIGN[kind], '其他'];
  const district = region[region.length - 1];
  if (!district) return [];
  const matches = TABLE[kind].filter(([prefix]) => district.startsWith(prefix)).map(([, name]) => name);
  const province = regionName(region[0] ?? '').replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '');
  const fillers =
    kind === 'access'
      ? [`中国电信股份有限公司${province}分公司`, `中国联合网络通信有限公司${province}分公司`]
      : [`${province}互联网域名服务有限公司`, `${regionName(district)}网络科技有限公司`];
  return [...new Set([...matches, ...fillers, '其他'])];
}

/** Resolves after ~400 ms (3 s with slow-options, 0 with no-delay); never resolves with no-options. */
export function fetchProviderNames(kind: ProviderKind, jurisdiction: string | undefined, region: string[]) {
  return new Promise<string[]>((resolve) => {
    if (hasVariant('no-options')) return;
    const ms = hasVariant('slow-options') ? 3000 : 400;
    const wait = { kind: 'options', field: `form_item_${kind}_name`, after: `form_item_${kind}_region`, ms } as const;
    pageTimer(wait, () => resolve(providerNames(kind, jurisdiction, region)));
  });
}
