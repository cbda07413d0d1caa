// The person block shared by 新增主体 (负责人), 新办网站申请 (网站安全负责人 / 网站应急联络人) and 新增APP.
import type { Rule } from 'ant-design-vue/es/form';
import type { UploadFile } from 'ant-design-vue/es/upload/interface';
import { MOBILE_RE, PHONE_RE } from './data/options';
import { hasVariant } from './variants';

export interface Person {
  name: string;
  idType: string | undefined;
  idNo: string;
  idExpiry: string | null;
  idLongTerm: boolean;
  region: string[];
  address: string;
  mobile: string;
  officePhone: string;
  email?: string;
  qq?: string;
}

export const PHOTO_KEYS = ['idFront', 'idBack', 'idHand'] as const;
export type Files = Record<string, UploadFile[]>;

export function emptyPerson(): Person {
  const person: Person = {
    name: '',
    idType: undefined,
    idNo: '',
    idExpiry: null,
    idLongTerm: false,
    region: [],
    address: '',
    mobile: '',
    officePhone: '',
  };
  // Keys exist only when the field is on the page, so snapshot() mirrors the visible form.
  if (!hasVariant('missing-field')) person.email = '';
  if (hasVariant('extra-required')) person.qq = '';
  return person;
}

/** Photo file-list keys for a person stored under `base` (e.g. 'person.idFront'). */
export function emptyPhotos(base: string): Files {
  return Object.fromEntries(PHOTO_KEYS.map((k) => [`${base}.${k}`, []]));
}

export function personLabels(prefix: string) {
  return {
    name: `${prefix}姓名`,
    idType: `${prefix}证件类型`,
    idNo: `${prefix}证件号码`,
    idExpiry: `${prefix}证件有效期`,
    idFront: '身份证人像面',
    idBack: '身份证国徽面',
    idHand: '身份证手持',
    region: `${prefix}常住地址`,
    address: `${prefix}常住详细地址`,
    mobile: hasVariant('renamed-label') ? '联系方式' : `${prefix}手机号码`,
    officePhone: '办公室电话',
    email: '电子邮件地址',
    qq: '紧急联系人QQ',
  };
}

/** A required-upload rule: the form item's value is not in the model, so it reads the file list. */
export function requiredFiles(files: Files, key: string, message: string): Rule {
  return {
    required: true,
    validator: () => {
      const ok = (files[key] ?? []).some((f) => f.status === 'done');
      return ok ? Promise.resolve() : Promise.reject(message);
    },
    trigger: 'change',
  };
}

const ID_CARD_RE = /^\d{17}[\dXx]$/;

/** Rules for one person; `base` is the model key holding it, which is also its file-key prefix. */
export function personRules(person: Person, files: Files, base: string, prefix: string): Record<string, Rule[]> {
  const l = personLabels(prefix);
  const rules: Record<string, Rule[]> = {
    name: [{ required: true, message: `请输入${l.name}`, trigger: 'blur' }],
    idType: [{ required: true, message: `请选择${l.idType}`, trigger: 'change' }],
    idNo: [
      { required: true, message: `请输入${l.idNo}`, trigger: 'blur' },
      {
        validator: (_r, value: string) =>
          person.idType === '居民身份证' && value && !ID_CARD_RE.test(value)
            ? Promise.reject('请输入正确的18位居民身份证号码')
            : Promise.resolve(),
        trigger: 'blur',
      },
    ],
    // 长期有效 removes the required rule (and the red star) from the date.
    idExpiry: person.idLongTerm ? [] : [{ required: true, message: `请选择${l.idExpiry}`, trigger: 'change' }],
    region: [{ required: true, type: 'array', min: 1, message: `请选择${l.region}`, trigger: 'change' }],
    address: [{ required: true, message: `请输入${l.address}`, trigger: 'blur' }],
    mobile: [
      { required: true, message: `请输入${l.mobile}`, trigger: 'blur' },
      { pattern: MOBILE_RE, message: '手机号码格式不正确', trigger: 'blur' },
    ],
    officePhone: [{ pattern: PHONE_RE, message: '办公室电话格式不正确，如：010-12345678', trigger: 'blur' }],
    email: [{ type: 'email', message: '电子邮件地址格式不正确', trigger: 'blur' }],
    qq: [
      { required: true, message: `请输入${l.qq}`, trigger: 'blur' },
      { pattern: /^[1-9]\d{4,11}$/, message: 'QQ号码格式不正确', trigger: 'blur' },
    ],
  };
  for (const key of PHOTO_KEYS) rules[key] = [requiredFiles(files, `${base}.${key}`, `请上传${l[key]}`)];
  return rules;
}
