import { randomInt } from 'node:crypto';
import type { RequestContext } from '../../../core/authz/actor.js';
import { maskPhone } from '../../../core/crypto/mask.js';
import { sm3Hex } from '../../../core/crypto/sm.js';
import { takeFloodHit, type FloodRule } from '../../../core/http/flood-control.js';
import type { Trx } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { addMinutes } from '../../../core/time.js';
import { openPortalQuiz } from './portal-quiz.js';

// tenancy: the portal, before there is an actor; codes are keyed by the phone's blind index

const CODE_TTL_MINUTES = 10;
const MAX_GUESSES = 5;

/** SMS limits (each one atomic counter): a number once a minute and 5 times a day; an address 200 an hour. */
const PER_PHONE_MINUTE: FloodRule = {
  name: 'pufa.quiz.sms.phone-min',
  limit: 1,
  windowMinutes: 1,
  message: '验证码已发送，请 60 秒后再试',
};
const PER_PHONE_DAY: FloodRule = {
  name: 'pufa.quiz.sms.phone-day',
  limit: 5,
  windowMinutes: 24 * 60,
  message: '该手机号今日获取验证码次数已达上限',
};
// A village answering together shares one address behind the carrier's NAT: generous per address.
const PER_ADDRESS_HOUR: FloodRule = {
  name: 'pufa.quiz.sms.ip',
  limit: 200,
  windowMinutes: 60,
  message: '请求过于频繁，请稍后再试',
};

/** Sends a 6-digit code to the taker's phone through the SMS gateway (for quizzes that require it). */
export async function sendQuizCode(deps: Deps, ctx: RequestContext, quizId: string, phone: string) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  const quiz = await openPortalQuiz(deps, quizId);
  if (!quiz.smsRequired) throw badRequest('本竞赛无需短信验证', null, 'SMS_NOT_REQUIRED');
  const phoneIndex = deps.secrets.blindIndex(phone);
  if (ctx.ip) await takeFloodHit(q, PER_ADDRESS_HOUR, ctx.ip, now);
  await takeFloodHit(q, PER_PHONE_MINUTE, phoneIndex, now);
  await takeFloodHit(q, PER_PHONE_DAY, phoneIndex, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('verificationCodes')
      .values({
        id,
        phoneIndex,
        purpose: 'quiz',
        codeHash: sm3Hex(`${id}:${code}`),
        ip: ctx.ip,
        attempts: 0,
        createdAt: m.now.toISOString(),
        expiresAt: addMinutes(m.now, CODE_TTL_MINUTES).toISOString(),
        usedAt: null,
      })
      .execute();
    await m.audit({
      action: 'pufa.quiz.code_sent',
      orgId: quiz.orgId,
      targetType: 'pufa_quiz',
      targetId: quiz.id,
      meta: { phone: maskPhone(phone) },
    });
  });
  await deps.sms.send(
    phone,
    `【法治桥头】您参加“${quiz.title}”的验证码为 ${code}，${CODE_TTL_MINUTES} 分钟内有效。如非本人操作，请忽略。`,
  );
  return { expiresInSeconds: CODE_TTL_MINUTES * 60 };
}

/**
 * Checks the taker's code before the attempt is written; each guess is counted first (parallel
 * guesses too) and five wrong guesses spend the code. Answers the code's id, to be used up by
 * `useQuizCode` in the attempt's transaction.
 */
export async function checkQuizCode(deps: Deps, phoneIndex: string, code: string | undefined) {
  if (!code) throw badRequest('请填写短信验证码', { field: 'code' }, 'CODE_REQUIRED');
  const q = deps.db.kysely;
  const pending = await q
    .selectFrom('verificationCodes')
    .select(['id', 'codeHash'])
    .where('phoneIndex', '=', phoneIndex)
    .where('purpose', '=', 'quiz')
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

/** Uses the code up inside the attempt's transaction: one code, one attempt. */
export async function useQuizCode(trx: Trx, codeId: string, at: Date) {
  const used = await trx
    .updateTable('verificationCodes')
    .set({ usedAt: at.toISOString() })
    .where('id', '=', codeId)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  if (!Number(used.numUpdatedRows))
    throw badRequest('验证码已失效，请重新获取', null, 'CODE_EXPIRED');
}
