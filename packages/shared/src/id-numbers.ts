import { isCalendarDate } from './dates.js';

/**
 * Check characters of Chinese identity numbers, shared so the application form flags a mistyped number
 * beside the field while the server refuses it all the same (《政府信息公开条例》第二十九条: 身份证明).
 * Pure; each *Problem returns a Chinese message or null when the number is acceptable.
 */

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_CHECK = '10X98765432';

/** GB 11643-1999: 17 digits, then the ISO 7064 MOD 11-2 check character (0–9 or X). */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_WEIGHTS[i]!;
  return RESIDENT_CHECK[sum % 11]!;
}

export function residentIdProblem(id: string, today: string): string | null {
  if (!/^[1-9]\d{16}[\dX]$/.test(id))
    return '居民身份证号码应为 18 位（前 17 位为数字，末位为数字或 X）';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birth) || birth < '1900-01-01' || birth > today)
    return '居民身份证号码中的出生日期无效';
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17])
    return '居民身份证号码校验位不正确，请核对（GB 11643-1999）';
  return null;
}

/** GB 32100-2015 character set: digits and upper-case letters without I, O, Z, S, V. */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a unified social credit code: 31 − (Σ value × weight mod 31), 31 → 0. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARS.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CHARS[(31 - (sum % 31)) % 31]!;
}

export function creditCodeProblem(code: string): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) {
    return '统一社会信用代码应为 18 位（数字或除 I、O、Z、S、V 以外的大写字母，第 3–8 位为行政区划码）';
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17])
    return '统一社会信用代码校验位不正确，请核对（GB 32100-2015）';
  return null;
}

/** Upper-case, no spaces: how numbers are compared and stored. */
export const normaliseIdNumber = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

/** The shape of an 18-character 身份证号码 or 统一社会信用代码 (no check character verified). */
export const ID_OR_CREDIT_CODE_FORMAT = /^(\d{17}[\dX]|[0-9A-Z]{18})$/;

/** A contact number as people write it: a mobile, or a landline with its area code and hyphens. */
export const CONTACT_PHONE_FORMAT = /^[\d-]{7,20}$/;
