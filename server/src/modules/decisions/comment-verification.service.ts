import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { maskPhone } from '../../core/crypto/mask.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { checkVerificationCode, sendVerificationCode } from '../../core/sms/verification-code.js';
import { commentSmsRequired } from './comment-settings.service.js';
import { DECISION_OWNER } from './decision.step.js';
import type { publicCommentBody } from './decisions.schema.js';
import { DECISION_ART as ART } from './decisions.vocabulary.js';
import { openForComment } from './open-for-comment.js';

// tenancy: the portal, before there is an actor; the caller passes the portal's town

/** A code answers comments on the one decision it was sent for. */
const purposeOf = (decisionId: string) => `decisions.comment:${decisionId}` as const;

/** Sends the commenter a code, only while the draft is open and the town asks for verification. */
export async function sendCommentCode(
  deps: Deps,
  ctx: RequestContext,
  townId: string,
  id: string,
  phone: string,
) {
  const d = await openForComment(deps.db.kysely, townId, id, today(deps));
  if (!(await commentSmsRequired(deps.db.kysely, townId)))
    throw badRequest('本镇提出意见无需短信验证', null, 'SMS_NOT_REQUIRED');
  return sendVerificationCode(deps, ctx, phone, {
    purpose: purposeOf(d.id),
    limitName: 'decisions.comment.sms',
    perAddressHour: 20,
    text: (code, ttl) =>
      `【法治桥头】您对“${d.title}”提出意见的验证码为 ${code}，${ttl} 分钟内有效。如非本人操作，请忽略。`,
    audit: {
      action: 'decisions.comment.code_sent',
      orgId: d.orgId,
      targetType: DECISION_OWNER,
      targetId: d.id,
      basis: ART.participation,
      meta: { phone: maskPhone(phone) },
      actorOverride: { userId: null, name: '社会公众' },
    },
  });
}

/**
 * Where the town asks for it, the commenter's name, phone and SMS code are checked before the comment
 * is written; answers the code's id to use up in the comment's transaction (null when not asked).
 */
export async function verifiedPhone(
  deps: Deps,
  townId: string,
  id: string,
  input: z.infer<typeof publicCommentBody>,
) {
  if (!(await commentSmsRequired(deps.db.kysely, townId))) return null;
  if (!input.name)
    throw badRequest('本镇要求实名提出意见，请填写姓名', { field: 'name' }, 'NAME_REQUIRED');
  if (!input.phone)
    throw badRequest(
      '本镇要求验证手机号，请填写手机号并获取验证码',
      { field: 'phone' },
      'PHONE_REQUIRED',
    );
  const phoneIndex = deps.secrets.blindIndex(input.phone);
  return checkVerificationCode(deps, phoneIndex, purposeOf(id), input.code);
}
