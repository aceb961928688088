import type { RequestContext } from '../../../core/authz/actor.js';
import { workingDaysAfter } from '../../../core/calendar/index.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, forbidden, ruleViolation } from '../../../core/errors.js';
import { explainClock, extendClock, loadCalendar } from '../../calendar/calendar.public.js';
import { issueLetter, letterFactsOf, NUMBER_KINDS } from './letter-store.js';
import { delayNotice, explanationNotice, extensionNotice } from './notice-letters.js';
import { clockDue, requestStep } from './request-step.js';

const R = '《政府信息公开条例》';
const EXTEND_BASIS = `${R}第三十三条第二款`;
const EXCESSIVE_BASIS = `${R}第三十五条`;

/**
 * 延期答复 (第三十三条第二款): once, by at most 20 working days, with the consent of the head of the
 * 政府信息公开工作机构 (permission disclosure.request.extend), and the applicant is told.
 */
export async function extendRequest(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { days: number; reason: string },
) {
  return requestStep(
    deps,
    ctx,
    id,
    'extend',
    async ({ m, actor, req, today: day }) => {
      if (!actor?.userId)
        throw forbidden('延长答复期限须由政府信息公开工作机构负责人本人批准，接口令牌不能批准');
      if (!req.replyClockId) throw ruleViolation('申请尚未确认收到，没有可延长的答复期限');
      const clock = await extendClock(m, ctx, req.replyClockId, {
        days: input.days,
        reason: input.reason,
        basis: EXTEND_BASIS,
        on: day,
      });
      const letter = extensionNotice(
        letterFactsOf(req, day),
        input.days,
        clock.dueDate,
        input.reason,
        (await explainClock(m.trx, clock.id, day))?.summary,
      );
      const doc = await issueLetter(m, deps, ctx, req, {
        kind: 'extension_notice',
        numberKind: NUMBER_KINDS.notice,
        letter,
        date: day,
        visible: true,
      });
      return {
        patch: { extensionDays: input.days, extendedOn: day, extendedBy: actor.userId },
        changes: { extensionDays: { before: 0, after: input.days } },
        meta: {
          reason: input.reason,
          approvedBy: actor.displayName,
          newDueDate: clock.dueDate,
          docNumber: doc.docNumber,
        },
        value: { dueDate: clock.dueDate, docNumber: doc.docNumber },
      };
    },
    { days: input.days },
  );
}

/** 要求说明理由 (第三十五条): volume or frequency clearly beyond reason. */
export async function requestExplanation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { reason: string },
) {
  return requestStep(deps, ctx, id, 'request_explanation', async ({ m, req, today: day }) => {
    const doc = await issueLetter(m, deps, ctx, req, {
      kind: 'explanation_notice',
      numberKind: NUMBER_KINDS.notice,
      letter: explanationNotice(letterFactsOf(req, day), input.reason),
      date: day,
      visible: true,
    });
    return {
      patch: { explanationRequestedOn: day },
      meta: { reason: input.reason, docNumber: doc.docNumber },
      value: { docNumber: doc.docNumber },
    };
  });
}

/**
 * 确定延迟答复的合理期限 (第三十五条): the reasons were accepted but the normal period cannot be met. A
 * decision of the office, so it needs the same approval as an extension; it is not the art 33 extension.
 */
export async function setDelayedDeadline(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { dueOn: string; reason: string },
) {
  return requestStep(deps, ctx, id, 'set_delay', async ({ m, req, today: day }) => {
    const current = await clockDue(m.trx, req.replyClockId);
    if (!req.replyClockId || !current) throw ruleViolation('申请尚未确认收到，没有答复期限');
    if (input.dueOn <= current)
      throw badRequest(`延迟答复期限应晚于现有答复期限 ${current}`, { field: 'dueOn' });
    const days = workingDaysAfter(await loadCalendar(m.trx), current, input.dueOn);
    if (days < 1)
      throw badRequest('延迟答复期限应至少晚于现有答复期限一个工作日', { field: 'dueOn' });
    const clock = await extendClock(m, ctx, req.replyClockId, {
      days,
      reason: input.reason,
      basis: EXCESSIVE_BASIS,
      on: day,
    });
    const doc = await issueLetter(m, deps, ctx, req, {
      kind: 'delay_notice',
      numberKind: NUMBER_KINDS.notice,
      letter: delayNotice(letterFactsOf(req, day), clock.dueDate, input.reason),
      date: day,
      visible: true,
    });
    return {
      patch: { delayDueOn: clock.dueDate },
      meta: { days, dueOn: clock.dueDate, reason: input.reason, docNumber: doc.docNumber },
      value: { dueDate: clock.dueDate },
    };
  });
}
