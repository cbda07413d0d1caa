// Adapter to lib/reference (provider presets, 网安代码). Until it lands: the facts PLATFORM.md collects.
import type { ACCESS_METHODS } from '../../lib/profile/options';

export interface ProviderPreset {
  name: string;
  /** Region names as the platform's cascader shows them. */
  regionNames: string[];
  method?: (typeof ACCESS_METHODS)[number];
  phone: string;
  note?: string;
}

export const ACCESS_PRESETS: ProviderPreset[] = [
  {
    name: '腾讯云计算（北京）有限责任公司',
    regionNames: ['北京市', '市辖区', '海淀区'],
    method: '租赁虚拟空间',
    phone: '4009100100',
  },
  { name: '阿里云计算有限公司', regionNames: ['浙江省', '杭州市', '余杭区'], method: '租赁虚拟空间', phone: '95187' },
];

export const REGISTRAR_PRESETS: ProviderPreset[] = [
  { name: '北京新网数码信息技术有限公司', regionNames: ['北京市', '市辖区', '大兴区'], phone: '4009100100' },
  { name: '烟台帝思普网络科技有限公司', regionNames: ['山东省', '烟台市'], phone: '4009100100', note: '开发区' },
  {
    name: '广州云讯信息科技有限公司',
    regionNames: ['广东省', '广州市', '海珠区'],
    phone: '4009100100',
    note: '名称选“其他”后填写',
  },
  {
    name: '腾讯云计算（北京）有限责任公司',
    regionNames: ['北京市', '市辖区', '海淀区'],
    phone: '4009100100',
    note: '名称选“其他”后填写',
  },
  { name: '阿里云计算有限公司（原万网）', regionNames: ['浙江省', '杭州市', '余杭区'], phone: '010-65985888' },
];

/** 网安部门代码 by the city of the server. */
export const MPS_CODES: { city: string; code: string }[] = [
  { city: '北京', code: '110000000000' },
  { city: '上海', code: '310000000000' },
  { city: '广州', code: '440100000000' },
  { city: '深圳', code: '440300000000' },
  { city: '南京', code: '320100000000' },
  { city: '成都', code: '510100000000' },
  { city: '重庆', code: '500000000000' },
];
