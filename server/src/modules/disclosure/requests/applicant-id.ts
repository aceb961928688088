import { creditCodeProblem, residentIdProblem } from '@fazhi/shared';
import { ID_TYPES, PERSON_ID_TYPES, type ApplicantKind, type IdType } from './vocabulary.js';

/**
 * Identity numbers of applicants (《政府信息公开条例》第二十九条: 身份证明). Pure checks with Chinese
 * messages; null means the number is acceptable.
 */

export {
  creditCodeCheckChar,
  creditCodeProblem,
  normaliseIdNumber,
  residentIdCheckChar,
  residentIdProblem,
} from '@fazhi/shared';

/**
 * Why this id type and number do not fit the applicant, or null. Natural persons identify with a
 * personal document; organisations (法人或其他组织) with their unified social credit code.
 */
export function applicantIdProblem(
  kind: ApplicantKind,
  idType: IdType,
  idNumber: string,
  today: string,
): string | null {
  const person = kind === 'natural_person';
  if (person && !PERSON_ID_TYPES.includes(idType))
    return `自然人应提供${PERSON_ID_TYPES.map((t) => ID_TYPES[t]).join('、')}之一`;
  if (!person && idType !== 'credit_code') return '法人或其他组织应提供统一社会信用代码';
  if (idType === 'resident_id') return residentIdProblem(idNumber, today);
  if (idType === 'credit_code') return creditCodeProblem(idNumber);
  return /^[A-Z0-9]{5,20}$/.test(idNumber) ? null : `${ID_TYPES[idType]}号码应为 5–20 位字母或数字`;
}

/** 11-digit mobile or an area-coded landline; the digits (with the area code's dash dropped) are stored. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  return /^(1[3-9]\d{9}|0\d{9,11})$/.test(digits) ? digits : null;
}
