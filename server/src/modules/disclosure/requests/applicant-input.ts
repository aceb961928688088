import { randomInt } from 'node:crypto';
import type { Secrets } from '../../../core/crypto/secrets.js';
import type { Q } from '../../../core/db/database.js';
import { badRequest } from '../../../core/errors.js';
import { applicantIdProblem, normaliseIdNumber, normalisePhone } from './applicant-id.js';
import type { ApplicantKind, Delivery, FormWanted, IdType } from './vocabulary.js';

/** What an applicant states (《政府信息公开条例》第二十九条), online or on a form registered by staff. */
export interface ApplicantInput {
  applicantKind: ApplicantKind;
  applicantName: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  contactPerson?: string | undefined;
  address?: string | undefined;
  email?: string | undefined;
  description: string;
  formWanted: FormWanted;
  delivery: Delivery;
}

/** Checks identity, contact and delivery, and returns the columns to store (personal data sealed). */
export function applicantColumns(secrets: Secrets, input: ApplicantInput, today: string) {
  const idNumber = normaliseIdNumber(input.idNumber);
  const idProblem = applicantIdProblem(input.applicantKind, input.idType, idNumber, today);
  if (idProblem) throw badRequest(idProblem, { field: 'idNumber' }, 'INVALID_ID_NUMBER');
  const phone = normalisePhone(input.phone);
  if (!phone)
    throw badRequest(
      '联系电话格式有误（应为 11 位手机号或带区号的固定电话）',
      { field: 'phone' },
      'INVALID_PHONE',
    );
  if (input.delivery === 'post' && !input.address)
    throw badRequest('选择邮寄的，请填写通信地址', { field: 'address' });
  if (input.delivery === 'email' && !input.email)
    throw badRequest('选择电子邮件送达的，请填写电子邮箱', { field: 'email' });
  if (input.applicantKind !== 'natural_person' && !input.contactPerson)
    throw badRequest('法人或其他组织申请的，请填写联系人', { field: 'contactPerson' });
  return {
    applicantKind: input.applicantKind,
    applicantName: input.applicantName.trim(),
    idType: input.idType,
    idNumberEnc: secrets.encrypt(idNumber),
    idNumberIndex: secrets.blindIndex(`id:${input.idType}:${idNumber}`),
    phoneEnc: secrets.encrypt(phone),
    phoneIndex: secrets.blindIndex(`phone:${phone}`),
    contactPerson: input.contactPerson?.trim() || null,
    address: input.address?.trim() || null,
    email: input.email?.trim() || null,
    description: input.description.trim(),
    formWanted: input.formWanted,
    delivery: input.delivery,
  };
}

/** The keyed digest a tracking look-up compares against (same normalisation as at application). */
export const phoneDigest = (secrets: Secrets, raw: string): string | null => {
  const phone = normalisePhone(raw);
  return phone ? secrets.blindIndex(`phone:${phone}`) : null;
};

/** Letters and digits people cannot confuse (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 12 random characters in three groups, e.g. `QT7K-M9XD-4HPA`: about 59 bits, checked unique. */
export async function newTrackingCode(q: Q): Promise<string> {
  for (;;) {
    const raw = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
    // tenancy: uniqueness check of a random code across all towns; nothing is read back
    const taken = await q
      .selectFrom('disclosureRequests')
      .select('id')
      .where('trackingCode', '=', code)
      .executeTakeFirst();
    if (!taken) return code;
  }
}

/** What people type for a code: any case, spaces or dashes. */
export const normaliseTrackingCode = (raw: string): string => {
  const s = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return s.length === 12 ? `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}` : s;
};
