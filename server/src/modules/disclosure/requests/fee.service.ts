import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, ruleViolation } from '../../../core/errors.js';
import { feePeriodStart, servedOnProblem } from './fee-period.js';
import { finalise } from './finalise.js';
import { FEE_BASIS, formatYuan, quoteFee } from './fees.js';
import { issueLetter, letterFactsOf, NUMBER_KINDS } from './letter-store.js';
import { feeNotice } from './notice-letters.js';
import {
  CLOCK_BASIS,
  closeRequestTasks,
  pauseReply,
  resumeReply,
  startFollowUpClock,
  stopIfSet,
} from './request-clocks.js';
import { loadSettings } from './request-settings.js';
import { clockStateOf, requestStep } from './request-step.js';
import { earlierThisMonth } from './request.repository.js';
import type { FeeMethod } from './vocabulary.js';

/**
 * 信息处理费 (《政府信息公开条例》第四十二条; 国办函〔2020〕109号): only where volume or frequency is
 * clearly beyond reason; one method per application; unpaid by the deadline, the application is given
 * up (表三 （六）2). Whether the reply clock stands still meanwhile is a per-town setting [U].
 */
const BASIS = `《政府信息公开条例》第四十二条、${FEE_BASIS}`;

type Req = Parameters<typeof startFollowUpClock>[1];

/** The payment clock, from the day the period starts (see fee-period.ts). */
const startFeeClock = (
  m: Parameters<typeof startFollowUpClock>[0],
  req: Req,
  from: string,
  days: number,
  amountFen: number,
) =>
  startFollowUpClock(m, req, {
    purpose: 'disclosure.fee_payment',
    kind: 'disclosure.fee_due',
    from,
    days,
    basis: CLOCK_BASIS.fee,
    title: `信息处理费缴纳期限届满（${formatYuan(amountFen)}，查询码 ${req.trackingCode}）`,
  });

export async function notifyFee(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    method: FeeMethod;
    items?: number | undefined;
    pages?: number | undefined;
    reason: string;
    servedOn?: string | undefined;
  },
) {
  return requestStep(deps, ctx, id, 'notify_fee', async ({ m, req, today: day }) => {
    if (input.method === 'per_page' && !input.pages)
      throw badRequest('按量计收须填写页数', { field: 'pages' });
    if (input.method === 'per_page' && input.items)
      throw badRequest('一件申请只能选择一种收费方式：按量计收不填件数', { field: 'items' });
    if (input.method === 'per_item' && input.pages)
      throw badRequest('一件申请只能选择一种收费方式：按件计收不填页数', { field: 'pages' });
    const served = input.servedOn ? servedOnProblem(input.servedOn, day, day) : null;
    if (served) throw badRequest(served, { field: 'servedOn' });
    const settings = await loadSettings(m.trx, req.orgId);
    const earlier =
      input.method === 'per_item' ? await earlierThisMonth(m.trx, req, settings.feeCountScope) : 0;
    const quote = quoteFee({
      method: input.method,
      items: input.items,
      pages: input.pages,
      earlierItemsThisMonth: earlier,
    });
    if (quote.amountFen === 0)
      throw ruleViolation(
        `${quote.explanation}，未超过免费标准，不收取信息处理费（${FEE_BASIS}）`,
        'FEE_NOT_DUE',
      );
    const pauses =
      settings.feeNoticePausesClock &&
      !!req.replyClockId &&
      (await clockStateOf(m.trx, req.replyClockId)) === 'running';
    if (pauses) await pauseReply(m, ctx, req.replyClockId!, 'fee_notice', day, BASIS);
    const start = feePeriodStart(settings.feePeriodFrom, day, input.servedOn);
    const clock = start
      ? await startFeeClock(m, req, start, settings.feePaymentDays, quote.amountFen)
      : null;
    const period = {
      days: settings.feePaymentDays,
      from: settings.feePeriodFrom,
      dueOn: clock?.dueDate ?? null,
    };
    const letter = feeNotice(letterFactsOf(req, day), quote, input.reason, period, pauses);
    const doc = await issueLetter(m, deps, ctx, req, {
      kind: 'fee_notice',
      numberKind: NUMBER_KINDS.notice,
      letter,
      date: day,
      visible: true,
    });
    return {
      patch: {
        feeMethod: input.method,
        feeItems: input.method === 'per_item' ? (input.items ?? 1) : null,
        feePages: input.method === 'per_page' ? (input.pages ?? null) : null,
        feeAmountFen: quote.amountFen,
        feeNotifiedOn: day,
        feeServedOn: input.servedOn ?? null,
        feeDueOn: clock?.dueDate ?? null,
        feeClockId: clock?.id ?? null,
        feePausedClock: pauses ? 1 : 0,
      },
      basis: BASIS,
      meta: {
        method: input.method,
        amountFen: quote.amountFen,
        explanation: quote.explanation,
        earlierItemsThisMonth: earlier,
        countScope: settings.feeCountScope,
        periodFrom: settings.feePeriodFrom,
        servedOn: input.servedOn ?? null,
        dueOn: clock?.dueDate ?? null,
        pausesReplyClock: pauses,
        docNumber: doc.docNumber,
      },
      value: {
        amountFen: quote.amountFen,
        explanation: quote.explanation,
        dueOn: clock?.dueDate ?? null,
        pausesReplyClock: pauses,
      },
    };
  });
}

/** The applicant received the fee notice on `servedOn` (e.g. the postal receipt came back): the payment period starts. */
export async function recordFeeServed(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { servedOn: string },
) {
  return requestStep(deps, ctx, id, 'record_fee_served', async ({ m, req, today: day }) => {
    const problem = servedOnProblem(input.servedOn, req.feeNotifiedOn ?? day, day);
    if (problem) throw badRequest(problem, { field: 'servedOn' });
    const settings = await loadSettings(m.trx, req.orgId);
    const clock = await startFeeClock(
      m,
      req,
      input.servedOn,
      settings.feePaymentDays,
      Number(req.feeAmountFen ?? 0),
    );
    return {
      patch: { feeServedOn: input.servedOn, feeDueOn: clock.dueDate, feeClockId: clock.id },
      basis: CLOCK_BASIS.fee,
      changes: { feeDueOn: { before: null, after: clock.dueDate } },
      meta: { servedOn: input.servedOn, dueOn: clock.dueDate },
      value: { dueOn: clock.dueDate },
    };
  });
}

export async function recordFeePaid(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { paidOn: string },
) {
  return requestStep(deps, ctx, id, 'record_fee_paid', async ({ m, req, today: day }) => {
    if (input.paidOn > day)
      throw badRequest(`缴费日期 ${input.paidOn} 晚于今天（${day}）`, { field: 'paidOn' });
    if (req.feeNotifiedOn && input.paidOn < req.feeNotifiedOn)
      throw badRequest('缴费日期不能早于收费通知日期', { field: 'paidOn' });
    await stopIfSet(m, ctx, req.feeClockId, input.paidOn);
    await closeRequestTasks(m, req.id, 'disclosure.fee_due');
    if (
      req.feePausedClock &&
      req.replyClockId &&
      (await clockStateOf(m.trx, req.replyClockId)) === 'paused'
    )
      await resumeReply(m, ctx, req.replyClockId, input.paidOn, BASIS);
    return {
      patch: { feePaidOn: input.paidOn },
      basis: BASIS,
      meta: { paidOn: input.paidOn, amountFen: req.feeAmountFen },
    };
  });
}

/** 逾期未缴费: closes as 表三 （六）2 with a 终止办理告知书. */
export async function closeFeeUnpaid(deps: Deps, ctx: RequestContext, id: string) {
  return requestStep(deps, ctx, id, 'close_fee_unpaid', (s) =>
    finalise(s, deps, ctx, { outcome: 'other_fee_unpaid' }),
  );
}
