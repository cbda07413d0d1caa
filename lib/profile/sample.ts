// A complete, valid example profile (as of 2026-11-28) for tests, the editor's "load example" and docs.
// Every number in it passes its check: they were generated with the standards' algorithms, not copied from people.
import { type Profile, ProfileSchema } from './schema';

const png = (id: string, name: string) => ({ id, name, type: 'image/png' as const, size: 70 });

export function sampleProfile(id = 'sample-1'): Profile {
  return ProfileSchema.parse({
    id,
    displayName: '杭州示例科技有限公司',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    subject: {
      nature: 'unit',
      principalId: 'p-boss',
      unit: {
        kind: '企业',
        name: '杭州示例科技有限公司',
        certType: '统一社会信用代码证',
        certNo: '91330110MA2H3K4L4C',
        certImage: png(`${id}-cert`, 'licence.png'),
        officeRegion: { codes: ['33', '3301', '330110'], names: ['浙江省', '杭州市', '余杭区'] },
        officeAddress: '五常街道文一西路 969 号',
        legalRepName: '王五',
      },
    },
    people: [
      {
        id: 'p-boss',
        name: '张三',
        idNo: '330110198506151238',
        idExpiry: '2035-06-15',
        idFront: png(`${id}-f`, 'front.png'),
        idBack: png(`${id}-b`, 'back.png'),
        idHandheld: png(`${id}-h`, 'hand.png'),
        region: { codes: ['33', '3301', '330110'], names: ['浙江省', '杭州市', '余杭区'] },
        address: '五常街道某小区 1 幢',
        mobile: '18612345678',
        officePhone: '0571-88888888',
        email: 'zhangsan@example.com',
      },
      {
        id: 'p-sec',
        name: '李四',
        idNo: '11010819900307456X',
        idLongTerm: true,
        region: { codes: ['11', '1101', '110108'], names: ['北京市', '市辖区', '海淀区'] },
        address: '中关村大街 1 号',
        mobile: '13912345678',
      },
    ],
    websites: [
      {
        id: 'w-1',
        siteName: '示例科技官网',
        siteType: ['Z', '企业官网'],
        icpNo: '浙ICP备2026012345号-1',
        openDate: '2026-11-20',
        domain: 'example.com.cn',
        domainCert: png(`${id}-dc`, 'domain.png'),
        certStart: '2025-01-01',
        certEnd: '2030-01-01',
        otherDomains: ['例子.中国'],
        ips: ['47.96.0.1', '240e::1'],
        access: {
          jurisdiction: '境内',
          region: { codes: ['33', '3301', '330110'], names: ['浙江省', '杭州市', '余杭区'] },
          name: '阿里云计算有限公司',
          method: '租赁虚拟空间',
          phone: '95187',
        },
        registrar: {
          jurisdiction: '境内',
          region: { codes: ['33', '3301', '330110'], names: ['浙江省', '杭州市', '余杭区'] },
          name: '阿里云计算有限公司（原万网）',
        },
        interactive: false,
        controlledItems: false,
        preLicense: false,
        securityPersonId: 'p-sec',
      },
    ],
    apps: [
      {
        id: 'a-1',
        appName: '示例助手',
        platforms: ['Android', 'IOS'],
        logo: png(`${id}-logo`, 'logo.png'),
        appType: 'G',
        packageName: 'cn.example.helper',
        monthlyActive: '1000',
        registeredUsers: '5000',
        preLicense: false,
        screenshots: [png(`${id}-s1`, 's1.png')],
        description: '一个示例应用。',
      },
    ],
  });
}
