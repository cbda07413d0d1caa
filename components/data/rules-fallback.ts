// Stand-in for lib/rules' checkProfile until it lands: required fields and a few formats, same problem shape.
import type { CheckProblem } from '../../lib/messaging/problems';
import type { Person, Profile } from '../../lib/profile/schema';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function residentIdMessage(v: string, field: string): string | null {
  if (!/^\d{17}[\dX]$/.test(v)) return `${field}应为18位：17位数字加1位数字或 X（当前${v.length}位）`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(v[i]) * (ID_WEIGHTS[i] ?? 0);
  const expected = '10X98765432'[sum % 11];
  return v[17] === expected ? null : `${field}的校验位不正确，应为 ${expected}`;
}

export function fallbackCheck(profile: Profile, today: string): CheckProblem[] {
  const out: CheckProblem[] = [];
  const add = (
    path: string,
    section: string,
    field: string,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) => out.push({ path, section, field, severity, message });
  const need = (value: unknown, path: string, section: string, field: string) => {
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) add(path, section, field, `请填写${field}`);
    return !empty;
  };
  const person = (p: Person, i: number, section: string) => {
    const at = `people.${i}`;
    need(p.name, `${at}.name`, section, '姓名');
    if (need(p.idNo, `${at}.idNo`, section, '证件号码') && p.idType === '居民身份证') {
      const m = residentIdMessage(p.idNo, '证件号码');
      if (m) add(`${at}.idNo`, section, '证件号码', m);
    }
    if (!p.idLongTerm && need(p.idExpiry, `${at}.idExpiry`, section, '证件有效期') && p.idExpiry < today)
      add(`${at}.idExpiry`, section, '证件有效期', '证件已过期');
    need(p.idFront, `${at}.idFront`, section, '身份证人像面');
    need(p.idBack, `${at}.idBack`, section, '身份证国徽面');
    need(p.idHandheld, `${at}.idHandheld`, section, '身份证手持');
    need(p.region?.codes, `${at}.region`, section, '常住地址');
    need(p.address, `${at}.address`, section, '常住详细地址');
    if (need(p.mobile, `${at}.mobile`, section, '手机号码') && !/^1\d{10}$/.test(p.mobile))
      add(`${at}.mobile`, section, '手机号码', '手机号码应为以 1 开头的11位数字');
  };
  const s = profile.subject;
  if (s.nature === 'unit') {
    const u = s.unit;
    const sec = '主办单位信息';
    need(u.name, 'subject.unit.name', sec, '主办单位名称');
    need(u.certNo, 'subject.unit.certNo', sec, '主办单位证件号');
    need(u.certImage, 'subject.unit.certImage', sec, '主办单位有效证件');
    need(u.officeRegion?.codes, 'subject.unit.officeRegion', sec, '单位办公地址');
    need(u.officeAddress, 'subject.unit.officeAddress', sec, '单位办公详细地址');
    need(u.legalRepName, 'subject.unit.legalRepName', sec, '法定代表人姓名');
  }
  profile.people.forEach((p, i) => {
    person(p, i, p.id === s.principalId ? '负责人信息' : '人员');
  });
  if (!profile.people.some((p) => p.id === s.principalId))
    add('subject.principalId', '负责人信息', '负责人', '请选择负责人');
  profile.websites.forEach((w, i) => {
    const at = `websites.${i}`;
    const sec = '网站信息';
    need(w.siteName, `${at}.siteName`, sec, '网站名称');
    need(w.icpNo, `${at}.icpNo`, sec, '工信部备案号');
    need(w.openDate, `${at}.openDate`, sec, '网站开通日期');
    need(w.domain, `${at}.domain`, sec, '主域名');
    need(w.ips, `${at}.ips`, sec, 'IP');
    need(w.access.name, `${at}.access.name`, '网络接入服务商', '名称');
    need(w.registrar.name, `${at}.registrar.name`, '域名注册服务商', '名称');
    if (w.interactive === null)
      add(`${at}.interactive`, '服务类型', '是否提供互联网交互服务', '请选择是否提供互联网交互服务');
  });
  profile.apps.forEach((a, i) => {
    const at = `apps.${i}`;
    const sec = 'APP信息';
    need(a.appName, `${at}.appName`, sec, '应用名称');
    need(a.platforms, `${at}.platforms`, sec, '运行平台');
    need(a.logo, `${at}.logo`, sec, '应用logo');
    need(a.appType, `${at}.appType`, sec, '应用类型');
    need(a.packageName, `${at}.packageName`, sec, '应用包名');
    need(a.description, `${at}.description`, sec, '功能描述');
  });
  return out;
}
