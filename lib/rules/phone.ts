// 手机号码 and 办公室电话 as the platform's placeholders describe them.
import { type At, error, type Problem, whole } from './problem';

export function checkMobile(value: string, at: At): Problem[] {
  if (value === '' || /^1[3-9]\d{9}$/.test(value)) return [];
  const digits = value.replace(/[\s-]/g, '').replace(/^(\+?86)/, '');
  const hint = /^1[3-9]\d{9}$/.test(digits) ? `，请填写为 ${digits}` : '';
  const found = [
    error(
      at,
      `${at.field}格式不正确：应为11位手机号码，以13至19开头${hint}`,
      `${at.field}: 11 digits starting with 13-19, no country code or spaces`,
    ),
  ];
  return digits.length >= 11 ? whole(found) : found;
}

/** 区号-号码[-分机]: area code 0 + 2-3 digits, number 7-8 digits (not starting with 0), extension 1-6 digits. */
export const LANDLINE = /^0\d{2,3}-[1-9]\d{6,7}(-\d{1,6})?$/;

export function checkLandline(value: string, at: At): Problem[] {
  if (value === '' || LANDLINE.test(value)) return [];
  return [
    error(
      at,
      `${at.field}格式不正确：应为“区号-固定电话号码”，如 010-12345678 或 0571-8888888-123`,
      `${at.field}: area code, hyphen, 7-8 digit number, optional hyphen and extension`,
    ),
  ];
}

/** A provider's service line: a landline, a 400/800 number, a 5-digit hotline like 95187, or a mobile. */
export function checkServicePhone(value: string, at: At): Problem[] {
  if (value === '' || LANDLINE.test(value) || /^[48]00-?\d{3}-?\d{4}$/.test(value) || /^9\d{4}$/.test(value)) return [];
  if (/^1[3-9]\d{9}$/.test(value)) return [];
  return [error(at, `${at.field}格式不正确`, `${at.field}: not a phone number`)];
}
