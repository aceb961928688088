import type { RequestContext } from '../../../core/authz/actor.js';
import { maskPhone } from '../../../core/crypto/mask.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { sendVerificationCode } from '../../../core/sms/verification-code.js';
import { openPortalQuiz } from './portal-quiz.js';

/** The purpose the quiz's codes are stored and checked under (core/sms/verification-code.ts). */
export const QUIZ_CODE_PURPOSE = 'quiz' as const;

/** Sends a 6-digit code to the taker's phone through the SMS gateway (for quizzes that require it). */
export async function sendQuizCode(deps: Deps, ctx: RequestContext, quizId: string, phone: string) {
  const quiz = await openPortalQuiz(deps, quizId);
  if (!quiz.smsRequired) throw badRequest('本竞赛无需短信验证', null, 'SMS_NOT_REQUIRED');
  return sendVerificationCode(deps, ctx, phone, {
    purpose: QUIZ_CODE_PURPOSE,
    limitName: 'pufa.quiz.sms',
    // A village answering together shares one address behind the carrier's NAT: generous per address.
    perAddressHour: 200,
    text: (code, ttl) =>
      `【法治桥头】您参加“${quiz.title}”的验证码为 ${code}，${ttl} 分钟内有效。如非本人操作，请忽略。`,
    audit: {
      action: 'pufa.quiz.code_sent',
      orgId: quiz.orgId,
      targetType: 'pufa_quiz',
      targetId: quiz.id,
      meta: { phone: maskPhone(phone) },
    },
  });
}
