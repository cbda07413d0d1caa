// How the platform's wording varies between versions and guides (PLATFORM.md "Newer evidence", the seed):
// words that mean the same in a label, and the role prefixes a section already implies. Data, not code.
import { SITE_TYPES } from '../profile/options';

/** Each row: the canonical word first, then words used for it. Longer words are replaced before shorter ones. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['证件号', '证件号码', '证件编号', '证件编码'],
  ['日期', '时间'],
  ['地区', '区域', '地域'],
  ['联络人', '联系人'],
  ['邮箱', '电子邮件地址', '电子邮箱地址', '电子邮件', '电子邮箱', 'email', 'e-mail'],
  ['手机号', '手机号码', '移动电话', '手机'],
  ['办公电话', '办公室电话', '办公室固定电话', '固定电话', '座机'],
  ['有效期', '有效期限', '有效日期'],
  ['地址', '住址', '所在地区', '所在地'],
  ['常住地址', '常住地区', '常住地'],
  ['从域名', '其他域名'],
  ['类型', '类别'],
  ['logo', '图标'],
  ['截图', '截屏'],
  ['用户数量', '用户数', '用户量'],
  ['月活', '月活跃'],
  ['身份证', '居民身份证'],
  ['人像面', '正面', '头像面'],
  ['国徽面', '反面', '背面'],
  ['手持', '手持身份证', '手持证件'],
];

/** Words at the end of a label that say nothing (名称信息 → 名称). */
export const FILLER_SUFFIXES: readonly string[] = ['信息', '至'];

/**
 * 网站类型 categories as guides write them (PLATFORM.md "Newer evidence"): Z（其他）, 网络基础类 A, 生活服务类 C;
 * ours read 其他Z like 应用类型's 网络基础类A. Brackets and spaces are dropped before comparing.
 */
const SITE_CATEGORY_WORDINGS = Object.entries(SITE_TYPES).map(([letter, { label }]) => {
  const name = label.slice(0, -letter.length).replace(/类$/, '');
  return [label, `${name}类${letter}`, `${name}${letter}`, `${letter}${name}`, `${letter}${name}类`];
});

/** Option wordings that mean the same choice. Canonical first. */
export const OPTION_ALIASES: readonly (readonly string[])[] = [
  ...SITE_CATEGORY_WORDINGS,
  ['居民身份证', '身份证', '中华人民共和国居民身份证'],
  ['统一社会信用代码证', '统一社会信用代码', '统一社会信用代码证书'],
  ['营业执照证书', '营业执照'],
  ['境内', '中国境内', '国内'],
  ['境外', '中国境外', '国外'],
  // 运行平台 as Chinese pages often name the systems.
  ['Android', '安卓', 'Android安卓'],
  ['IOS', '苹果', 'iOS苹果', 'iPhone'],
  ['鸿蒙', 'HarmonyOS', '鸿蒙系统', '华为鸿蒙'],
  // 网站语种 as other pages name the languages.
  ['中文简体', '简体中文'],
  ['中文繁体', '繁体中文'],
  ['英语', '英文'],
  ['法语', '法文'],
  ['西班牙语', '西班牙文'],
  ['德语', '德文'],
  ['日语', '日文'],
  ['俄语', '俄文'],
  ['阿拉伯语', '阿拉伯文'],
  ['朝鲜语', '朝鲜文', '韩语', '韩文'],
];
