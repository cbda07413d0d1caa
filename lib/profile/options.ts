// The platform's own option lists (PLATFORM.md). Field maps, rules, replica tests and the editor share them,
// so an option the platform renames is changed in one place.

export const SUBJECT_NATURES = ['单位', '个人'] as const;

export const UNIT_KINDS = [
  '企业',
  '事业单位',
  '社会团体',
  '民办非企业',
  '基金会',
  '律师事务所',
  '政府机关',
  '军队',
  '群众性团体组织',
  '宗教活动场所',
  '境外机构',
  '其他',
] as const;

export const UNIT_CERT_TYPES = ['统一社会信用代码证', '营业执照证书', '组织机构代码证', '其他'] as const;

export const PERSON_ID_TYPES = [
  '居民身份证',
  '台湾居民来往大陆通行证',
  '港澳居民来往内地通行证',
  '护照',
  '港澳居民居住证',
  '台湾居民居住证',
  '外国人永久居留身份证',
  '军官证',
  '武警警官证',
  '士兵证',
  '其他',
] as const;

export const JURISDICTIONS = ['境内', '境外'] as const;

export const ACCESS_METHODS = ['托管主机', '租赁主机', '租赁虚拟空间', '自建机房', '其他'] as const;

export const CONTROLLED_ITEM_KINDS = [
  '民爆物品',
  '放射性物品',
  '管制器具',
  '剧毒化学物',
  '警用装备',
  '枪支弹药',
  '易制爆危险化学品',
] as const;

export const PRE_LICENSE_KINDS = ['教育', '医疗保健', '新闻', '其他', '出版', '宗教', '运动保健'] as const;

export const SITE_LANGUAGES = [
  '中文简体',
  '中文繁体',
  '英语',
  '法语',
  '西班牙语',
  '德语',
  '日语',
  '俄语',
  '阿拉伯语',
  '朝鲜语',
  '哈萨克语',
  '蒙古语',
  '维吾尔语',
  '藏语',
  '其他',
] as const;

export const APP_PLATFORMS = ['Android', 'IOS', '鸿蒙', 'Windows', '其他'] as const;

/** 应用类型: the radio's value letter and the platform's label. */
export const APP_TYPES = {
  A: '网络基础类A',
  B: '网络销售类B',
  C: '生活服务类C',
  D: '社交文娱类D',
  E: '信息咨询类E',
  F: '金融服务类F',
  G: '计算机应用类G',
} as const;

/**
 * 网站类型 (2026): a category letter and a sub-category. The letters and their names follow 应用类型 plus Z 其他
 * (PLATFORM.md "Newer evidence"); every sub-category is our guess, to be replaced when the platform's list is seen.
 */
export const SITE_TYPES = {
  A: { label: '网络基础类A', subs: ['云计算', '数据中心', '内容分发', '域名解析', '网络接入'] },
  B: { label: '网络销售类B', subs: ['综合电商', '垂直电商', '团购', '二手交易'] },
  C: { label: '生活服务类C', subs: ['出行', '旅游', '配送', '寄递', '教育', '家庭服务', '医疗健康'] },
  D: { label: '社交文娱类D', subs: ['即时通信', '交友互动', '游戏休闲', '视听服务', '直播'] },
  E: { label: '信息咨询类E', subs: ['新闻资讯', '搜索服务', '论坛社区', '博客'] },
  F: { label: '金融服务类F', subs: ['支付', '银行', '证券', '保险', '借贷'] },
  G: { label: '计算机应用类G', subs: ['系统支持', '云计算服务', '手机软件', '应用工具', '工业互联网'] },
  Z: { label: '其他Z', subs: ['企业官网', '个人网站', '其他'] },
} as const satisfies Record<string, { label: string; subs: readonly string[] }>;

export type SiteCategory = keyof typeof SITE_TYPES;
export const SITE_CATEGORIES = Object.keys(SITE_TYPES) as [SiteCategory, ...SiteCategory[]];

/** Whether a sub-category is one of its category's. */
export const isSiteSubType = (category: SiteCategory, sub: string): boolean =>
  (SITE_TYPES[category].subs as readonly string[]).includes(sub);
