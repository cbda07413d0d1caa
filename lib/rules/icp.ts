// 工信部备案号 of a website: province abbreviation + ICP备 + digits + 号, optional -N (the site's sequence number).
import { type At, error, type Problem } from './problem';

/** The 31 provincial abbreviations used in ICP numbers (川/蜀 and 甘/陇 both occur for Sichuan and Gansu). */
export const ICP_PROVINCES = [
  '京',
  '津',
  '冀',
  '晋',
  '蒙',
  '辽',
  '吉',
  '黑',
  '沪',
  '苏',
  '浙',
  '皖',
  '闽',
  '赣',
  '鲁',
  '豫',
  '鄂',
  '湘',
  '粤',
  '桂',
  '琼',
  '渝',
  '川',
  '黔',
  '滇',
  '藏',
  '陕',
  '甘',
  '青',
  '宁',
  '新',
] as const;
const ALIASES = ['蜀', '陇'];
const ALL = [...ICP_PROVINCES, ...ALIASES].join('');

export const ICP_NUMBER = new RegExp(`^[${ALL}]ICP备\\d{4,12}号(-[1-9]\\d{0,3})?$`);

export function checkIcpNo(value: string, at: At): Problem[] {
  if (value === '' || ICP_NUMBER.test(value)) return [];
  const bad = (zh: string, en: string) => [error(at, `${at.field}${zh}`, `${at.field}: ${en}`)];
  const compact = value.replace(/\s+/g, '');
  if (compact !== value && ICP_NUMBER.test(compact)) return bad(`不应含空格，应为 ${compact}`, 'remove the spaces');
  const halfWidth = value.replace(/－/g, '-').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (halfWidth !== value && ICP_NUMBER.test(halfWidth)) {
    return bad(`含有全角字符，应为 ${halfWidth}`, 'use half-width digits and hyphen');
  }
  if (/ICP证/.test(value))
    return bad('填的是 ICP 经营许可证号，此处应填 ICP 备案号（…ICP备…号）', 'this is an ICP licence');
  if (/号-\d+[A-Za-z]$/.test(value)) {
    return bad(
      '是 APP 或小程序的备案号（末尾带字母），网站应填写以“-数字”结尾的网站备案号',
      'this is an app filing number',
    );
  }
  if (/^icp/i.test(value) || !new RegExp(`^[${ALL}]`).test(value)) {
    return bad('应以省份简称开头，如 京ICP备12345678号', 'must start with a province abbreviation');
  }
  if (/^.icp备/.test(value)) return bad('中的“ICP”应为大写', 'ICP must be upper-case');
  if (!/号(-\d+)?$/.test(value))
    return bad('应以“号”或“号-序号”结尾，如 京ICP备12345678号-1', 'must end with 号 or 号-N');
  return bad('格式不正确，应为 省份简称 + ICP备 + 数字 + 号（可带 -序号），如 晋ICP备2023021566号-1', 'bad format');
}
