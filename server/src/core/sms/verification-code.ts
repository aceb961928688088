import { randomInt } from 'node:crypto';
import type { RequestContext } from '../authz/actor.js';
import type { AuditInput } from '../audit/record.js';
import { sm3Hex } from '../crypto/sm.js';
import type { Trx } from '../db/database.js';
import type { VerificationCodesTable } from '../db/schema-machinery.js';
import type { Deps } from '../deps.js';
import { badRequest } from '../errors.js';
import { takeFloodHit, type FloodRule } from '../http/flood-control.js';
import { newId } from '../ids.js';
import { mutation } from '../mutation.js';
import { addMinutes } from '../time.js';

// tenancy: public forms, before there is an actor; codes are keyed by the phone's blind index and purpose

type CodePurpose = VerificationCodesTable['purpose'];

/** How long a code answers (minutes). */
export const CODE_TTL_MINUTES = 10;
const MAX_GUESSES = 5;

/** What a form's code is for and how it is limited and worded. */
interface CodeRequest {
  /** Stored with the code; a code answers only the check of the same purpose (e.g. `quiz`). */
  purpose: CodePurpose;
  /** Names the form's flood buckets, e.g. `pufa.quiz.sms`. */
  limitName: string;
  /** Codes an address may ask for in an hour (a village behind one NAT address needs many). */
  perAddressHour: number;
  /** The message, with the code in it. */
  text: (code: string, ttlMinutes: number) => string;
  /** The `code_sent` event (the phone masked by the caller). */
  audit: AuditInput;
}

/** SMS limits (each one atomic counter in the database): a number once a minute and 5 times a day. */
const limitsOf = (r: CodeRequest): { rule: FloodRule; byPhone: boolean }[] => [
  {
    byPhone: false,
    rule: {
      name: `${r.limitName}.ip`,
      limit: r.perAddressHour,
      windowMinutes: 60,
      message: '请求过于频繁，请稍后再试',
    },
  },
  {
    byPhone: true,
    rule: {
      name: `${r.limitName}.phone-min`,
      limit: 1,
      windowMinutes: 1,
      message: '验证码已发送，请 60 秒后再试',
    },
  },
  {
    byPhone: true,
    rule: {
      name: `${r.limitName}.phone-day`,
      limit: 5,
      windowMinutes: 24 * 60,
      message: '该手机号今日获取验证码次数已达上限',
    },
  },
];

/** Makes a 6-digit code and keeps only its hash, for 10 minutes, in the caller's transaction. */
export async function storeCode(
  trx: Trx,
  now: Date,
  row: { phoneIndex: string; purpose: CodePurpose; ip: string | null },
) {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const id = newId();
  await trx
    .insertInto('verificationCodes')
    .values({
      id,
      ...row,
      codeHash: sm3Hex(`${id}:${code}`),
      attempts: 0,
      createdAt: now.toISOString(),
      expiresAt: addMinutes(now, CODE_TTL_MINUTES).toISOString(),
      usedAt: null,
    })
    .execute();
  return code;
}

/** Sends a 6-digit code through the SMS gateway; only its hash is kept, for 10 minutes. */
export async function sendVerificationCode(
  deps: Deps,
  ctx: RequestContext,
  phone: string,
  request: CodeRequest,
) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  const phoneIndex = deps.secrets.blindIndex(phone);
  for (const { rule, byPhone } of limitsOf(request)) {
    const key = byPhone ? phoneIndex : ctx.ip;
    if (key) await takeFloodHit(q, rule, key, now);
  }
  const code = await mutation(deps, ctx, async (m) => {
    const stored = await storeCode(m.trx, m.now, {
      phoneIndex,
      purpose: request.purpose,
      ip: ctx.ip,
    });
    await m.audit(request.audit);
    return stored;
  });
  await deps.sms.send(phone, request.text(code, CODE_TTL_MINUTES));
  return { expiresInSeconds: CODE_TTL_MINUTES * 60 };
}

/**
 * Checks a code before the form's record is written; each guess is counted first (parallel guesses
 * too) and five wrong guesses spend the code. Answers the code's id, to be used up by
 * `useVerificationCode` in the record's transaction.
 */
export async function checkVerificationCode(
  deps: Deps,
  phoneIndex: string,
  purpose: CodePurpose,
  code: string | undefined,
) {
  if (!code) throw badRequest('请填写短信验证码', { field: 'code' }, 'CODE_REQUIRED');
  const q = deps.db.kysely;
  const pending = await q
    .selectFrom('verificationCodes')
    .select(['id', 'codeHash'])
    .where('phoneIndex', '=', phoneIndex)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', deps.time.now().toISOString())
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  const claimed = pending
    ? await q
        .updateTable('verificationCodes')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', pending.id)
        .where('attempts', '<', MAX_GUESSES)
        .returning('attempts')
        .executeTakeFirst()
    : undefined;
  if (!pending || !claimed) throw badRequest('验证码已失效，请重新获取', null, 'CODE_EXPIRED');
  if (sm3Hex(`${pending.id}:${code}`) !== pending.codeHash)
    throw badRequest(
      '验证码不正确',
      { remainingAttempts: MAX_GUESSES - Number(claimed.attempts) },
      'CODE_INVALID',
    );
  return pending.id;
}

/** Uses the code up inside the record's transaction: one code, one record. */
export async function useVerificationCode(trx: Trx, codeId: string, at: Date) {
  const used = await trx
    .updateTable('verificationCodes')
    .set({ usedAt: at.toISOString() })
    .where('id', '=', codeId)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  if (!Number(used.numUpdatedRows))
    throw badRequest('验证码已失效，请重新获取', null, 'CODE_EXPIRED');
}
