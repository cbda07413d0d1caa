// The two existing subjects that the 新办网站申请 wizard offers in step 1 (fake data).
import type { Person } from '../person';

export interface Subject {
  id: string;
  name: string;
  nature: 'dw' | 'gr';
  person: Omit<Person, 'qq'>;
}

export const SUBJECTS: Subject[] = [
  {
    id: 'S330100001',
    name: '杭州示例网络科技有限公司',
    nature: 'dw',
    person: {
      name: '王小明',
      idType: '居民身份证',
      idNo: '330106199001011234',
      idExpiry: '2035-06-30',
      idLongTerm: false,
      region: ['33', '3301', '330106'],
      address: '文三路90号东部软件园1号楼',
      mobile: '13812345678',
      officePhone: '0571-88886666',
      email: 'wangxm@example.com',
    },
  },
  {
    id: 'S110100002',
    name: '李华',
    nature: 'gr',
    person: {
      name: '李华',
      idType: '居民身份证',
      idNo: '110108198505052345',
      idExpiry: null,
      idLongTerm: true,
      region: ['11', '1101', '110108'],
      address: '中关村大街27号',
      mobile: '13987654321',
      officePhone: '',
      email: 'lihua@example.com',
    },
  },
];
