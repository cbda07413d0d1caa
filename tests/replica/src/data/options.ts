// Option lists of the platform's selects, radios and checkbox groups (values = labels unless noted).
const toOptions = (labels: readonly string[]) => labels.map((label) => ({ value: label, label }));

export const NATURE_OPTIONS = [
  { value: 'dw', label: '单位' },
  { value: 'gr', label: '个人' },
];

// Long on purpose: the select's virtual list must not render all options at once.
export const UNIT_KIND_OPTIONS = toOptions([
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
  '个体工商户',
  '医疗机构',
  '学校',
  '司法鉴定机构',
  '公证机构',
  '仲裁机构',
  '其他',
]);

export const UNIT_CERT_OPTIONS = toOptions(['统一社会信用代码证', '营业执照证书', '组织机构代码证', '其他']);

export const ID_TYPE_OPTIONS = toOptions([
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
  '军队离退休干部证',
  '残疾军人证',
  '外国人护照',
  '港澳同胞回乡证',
  '其他',
]);

export const JURISDICTION_OPTIONS = toOptions(['境内', '境外']);

export const ACCESS_METHOD_OPTIONS = toOptions(['托管主机', '租赁主机', '租赁虚拟空间', '自建机房', '其他']);

export const CONTROLLED_KINDS = [
  '民爆物品',
  '放射性物品',
  '管制器具',
  '剧毒化学物',
  '警用装备',
  '枪支弹药',
  '易制爆危险化学品',
];

export const PRE_LICENSE_KINDS = ['教育', '医疗保健', '新闻', '其他', '出版', '宗教', '运动保健'];

export const LANGUAGES = [
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
];

export const PLATFORM_OPTIONS = toOptions(['Android', 'IOS', '鸿蒙', 'Windows', 'macOS', 'Linux', '其他']);

export const APP_TYPES = [
  { value: 'A', label: '网络基础类A', help: '为用户提供网络基础类服务，使得网络应用成为可能的基础类服务商。' },
  { value: 'B', label: '网络销售类B', help: '连接用户与商品，提供销售服务、促成双方交易、提高匹配效率等。' },
  { value: 'C', label: '生活服务类C', help: '连接用户与服务，提供出行、旅行、配送、寄递、教育、家庭等服务。' },
  { value: 'D', label: '社交文娱类D', help: '连接用户与用户，主要包括即时通信、交友互动、游戏休闲、视听服务等。' },
  { value: 'E', label: '信息咨询类E', help: '连接用户与信息，主要包括新闻发布、搜索服务、提供新闻和用户内容资讯等。' },
  { value: 'F', label: '金融服务类F', help: '连接用户与资金，提供金融服务。' },
  {
    value: 'G',
    label: '计算机应用类G',
    help: '连接用户与计算资源，包括系统支持、云计算、手机软件、应用工具、工业互联网等。',
  },
];

export const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

export const MOBILE_RE = /^1[3-9]\d{9}$/;
export const PHONE_RE = /^0\d{2,3}-\d{7,8}$/;

// 备注: the extra required select of the sections-extra variant, which no profile has.
export const REMARK_OPTIONS = toOptions(['首次备案', '重新备案', '其他']);

// 网站类型 (2026 deploy notes): category letters as in the APP's 应用类型, plus Z 其他, each with sub-categories.
// The wording of the categories follows 应用类型; the sub-categories are our guess from its explanations.
const siteType = (value: string, label: string, children: string[]) => ({
  value,
  label,
  children: children.map((c) => ({ value: c, label: c })),
});
export const SITE_TYPES = [
  siteType('A', '网络基础类A', ['云计算', '数据中心', '内容分发', '域名解析', '网络接入']),
  siteType('B', '网络销售类B', ['综合电商', '垂直电商', '团购', '二手交易']),
  siteType('C', '生活服务类C', ['出行', '旅游', '配送', '寄递', '教育', '家庭服务', '医疗健康']),
  siteType('D', '社交文娱类D', ['即时通信', '交友互动', '游戏休闲', '视听服务', '直播']),
  siteType('E', '信息咨询类E', ['新闻资讯', '搜索服务', '论坛社区', '博客']),
  siteType('F', '金融服务类F', ['支付', '银行', '证券', '保险', '借贷']),
  siteType('G', '计算机应用类G', ['系统支持', '云计算服务', '手机软件', '应用工具', '工业互联网']),
  siteType('Z', '其他Z', ['企业官网', '个人网站', '其他']),
];
