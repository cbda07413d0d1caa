// Sample data for the replica tests (and the benchmark): what a person types into each form.

import { jpg, png } from './replica-files';
import type { AppData, PersonData, SubjectData, WebsiteStep2Data } from './replica-types';

export const photos = (tag: string): PersonData['photos'] => ({
  front: png(`${tag}-front.png`, [30, 90, 160]),
  back: jpg(`${tag}-back.jpg`),
  hand: png(`${tag}-hand.png`, [60, 160, 90]),
});

export const ZHANG: PersonData = {
  name: '张伟',
  idType: '居民身份证',
  idNo: '330110198808086617',
  idExpiry: '2036-03-15',
  photos: photos('zhang'),
  region: ['浙江省', '杭州市', '余杭区'],
  address: '五常街道文一西路969号',
  mobile: '18612345678',
  officePhone: '0571-85022088',
  email: 'zhangwei@example.cn',
};

export const CHEN: PersonData = {
  name: '陈静',
  idType: '港澳居民来往内地通行证',
  idNo: 'H12345678',
  idLongTerm: true,
  photos: photos('chen'),
  region: ['北京市', '市辖区', '海淀区'],
  address: '中关村南大街5号',
  mobile: '13911112222',
};

export const SUBJECT_UNIT: SubjectData = {
  nature: '单位',
  unit: {
    kind: '律师事务所',
    name: '杭州明理律师事务所',
    certType: '统一社会信用代码证',
    certNo: '91330110MA2AXXXX1Q',
    cert: png('licence.png', [220, 220, 220]),
    officeRegion: ['浙江省', '杭州市', '余杭区'],
    officeAddress: '仓前街道良睦路1399号',
    regRegion: ['山东省', '烟台市', '芝罘区'],
    regAddress: '南大街100号',
    legalRepName: '周明理',
  },
  person: ZHANG,
};

export const SUBJECT_PERSONAL: SubjectData = { nature: '个人', person: CHEN };

export const SITE: WebsiteStep2Data = {
  siteName: '明理法律咨询',
  icpNo: '浙ICP备2023021566号-1',
  openDate: '2026-11-02',
  domain: 'mingli-law.cn',
  cert: png('domain-cert.png', [240, 200, 120]),
  certRange: ['2023-05-01', '2028-05-01'],
  otherDomains: ['www.mingli-law.cn', 'mingli.com.cn'],
  ips: ['47.98.10.21', '47.98.10.22'],
  marketValue: '12',
  monthlyActive: '3',
  access: {
    jurisdiction: '境内',
    region: ['浙江省', '杭州市', '余杭区'],
    name: '阿里云计算有限公司',
    method: '租赁虚拟空间',
  },
  registrar: { jurisdiction: '境内', region: ['北京市', '市辖区', '大兴区'], name: '北京新网数码信息技术有限公司' },
  interactive: true,
  controlledItems: true,
  controlledKinds: ['管制器具', '警用装备'],
  preLicense: false,
  languages: ['中文简体', '英语'],
};

export const APP: AppData = {
  person: ZHANG,
  appName: '明理法律助手',
  platforms: ['Android', 'IOS', '鸿蒙'],
  logo: png('logo.png', [200, 40, 40]),
  appType: '信息咨询类E',
  packageName: 'cn.mingli.helper',
  marketValue: '5',
  monthlyActive: '20',
  registeredUsers: '150',
  preLicense: true,
  preLicenseKinds: ['教育', '新闻'],
  screenshots: [png('shot1.png'), png('shot2.png', [10, 140, 120]), jpg('shot3.jpg')],
  description: '为用户提供法律法规查询与在线咨询预约服务。',
};
