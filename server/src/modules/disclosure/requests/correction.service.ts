import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import type { MutationScope } from '../../../core/mutation.js';
import { finalise } from './finalise.js';
import { issueLetter, letterFactsOf, NUMBER_KINDS } from './letter-store.js';
import { correctionNotice } from './notice-letters.js';
import {
  CLOCK_BASIS,
  closeRequestTasks,
  startFollowUpClock,
  startReplyClock,
  stopIfSet,
} from './request-clocks.js';
import { loadSettings } from './request-settings.js';
import { requestStep } from './request-step.js';
import type { DisclosureRequestsTable } from './request.tables.js';
import { explainClock } from '../../calendar/calendar.public.js';

/**
 * 补正 (《政府信息公开条例》第三十条): one notice, within 7 working days of receipt, naming what to
 * correct and a reasonable period; the reply period then runs afresh from receipt of the correction;
 * an applicant who lets the period pass without good reason has given the application up.
 */
export async function requestCorrection(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { items: string; periodDays?: number | undefined },
) {
  return requestStep(deps, ctx, id, 'request_correction', async ({ m, req, today: day }) => {
    const settings = await loadSettings(m.trx, req.orgId);
    const days = input.periodDays ?? settings.correctionPeriodDays;
    // The old reply period is void: it restarts from the correction (第三十条), so it stops here.
    await stopIfSet(m, ctx, req.replyClockId, day);
    await stopIfSet(m, ctx, req.correctionNoticeClockId, day);
    await closeRequestTasks(m, req.id, 'disclosure.reply_due');
    const period = await startFollowUpClock(m, req, {
      purpose: 'disclosure.correction_period',
      kind: 'disclosure.correction_due',
      from: day,
      days,
      basis: CLOCK_BASIS.correctionPeriod,
      title: `补正期限届满后跟进（${req.applicantName}，查询码 ${req.trackingCode}）`,
    });
    const letter = correctionNotice(
      letterFactsOf(req, day),
      input.items,
      period.dueDate,
      (await explainClock(m.trx, period.id, day))?.summary,
    );
    const doc = await issueLetter(m, deps, ctx, req, {
      kind: 'correction_notice',
      numberKind: NUMBER_KINDS.notice,
      letter,
      date: day,
      visible: true,
    });
    return {
      patch: {
        correctionRequestedOn: day,
        correctionItems: input.items,
        correctionDueOn: period.dueDate,
        correctionClockId: period.id,
      },
      meta: {
        items: input.items,
        periodDays: days,
        correctionDueOn: period.dueDate,
        docNumber: doc.docNumber,
      },
      value: { correctionDueOn: period.dueDate, docNumber: doc.docNumber },
    };
  });
}

/** Shared by staff (a correction received on paper) and the tracking page (typed by the applicant). */
export async function applyCorrection(
  m: MutationScope,
  ctx: RequestContext,
  req: DisclosureRequestsTable,
  input: { correctedOn: string; text: string; byApplicant: boolean },
) {
  if (req.correctionRequestedOn && input.correctedOn < req.correctionRequestedOn)
    throw badRequest('收到补正日期不能早于补正告知日期', { field: 'correctedOn' });
  await stopIfSet(m, ctx, req.correctionClockId, input.correctedOn);
  await closeRequestTasks(m, req.id, 'disclosure.correction_due');
  const reply = await startReplyClock(m, req, input.correctedOn, true);
  return {
    patch: { correctedOn: input.correctedOn, correctionText: input.text, replyClockId: reply.id },
    changes: { replyDue: { before: null, after: reply.dueDate } },
    meta: { correctedOn: input.correctedOn, byApplicant: input.byApplicant },
    ...(input.byApplicant && !ctx.actor
      ? { actorOverride: { userId: null, name: '申请人（查询页面）' } }
      : {}),
    value: reply,
  };
}

export async function receiveCorrection(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { correctedOn: string; text: string },
) {
  return requestStep(deps, ctx, id, 'receive_correction', async ({ m, req, today: day }) => {
    if (input.correctedOn > day)
      throw badRequest(`收到补正日期 ${input.correctedOn} 晚于今天（${day}）`, {
        field: 'correctedOn',
      });
    const r = await applyCorrection(m, ctx, req, { ...input, byApplicant: false });
    return { ...r, value: { replyDueOn: r.value.dueDate } };
  });
}

/** 视为放弃申请 once the period has lapsed: closes as 表三 （六）1 with a 终止办理告知书. */
export async function closeCorrectionOverdue(deps: Deps, ctx: RequestContext, id: string) {
  return requestStep(deps, ctx, id, 'close_correction_overdue', async (s) =>
    finalise(s, deps, ctx, { outcome: 'other_correction_overdue' }),
  );
}
