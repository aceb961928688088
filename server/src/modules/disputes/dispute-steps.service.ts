import type { RequestContext } from '../../core/authz/actor.js';
import { addDays } from '../../core/calendar/index.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { issueLetter } from '../numbering/letter-office.js';
import { agreementLetter, type AgreementTerms } from './agreement-letter.js';
import { DISPUTE_OWNER, disputeStep, agreementParties } from './dispute.step.js';
import {
  extendMediationClock,
  startConfirmationClock,
  startMediationClock,
  stopClocks,
} from './dispute-clocks.js';
import { mediationPeriod } from './mediation-periods.js';
import { isPetition, PETITION_ART } from './petition-periods.js';
import { HANDLER_KINDS, type HandlerKind } from './disputes.vocabulary.js';

// tenancy: each step loads its dispute through scoped() (dispute.step.ts)

/** 分派: to a village, town or professional committee, a department or the court; parties may choose (art 23). */
export const routeDispute = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    handlerKind: HandlerKind;
    handlerName: string;
    mediatorName?: string | undefined;
    chosenByParties?: boolean | undefined;
  },
) =>
  disputeStep(deps, ctx, id, 'route', async (s) => ({
    patch: {
      routedOn: s.today,
      handlerKind: input.handlerKind,
      handlerName: input.handlerName,
      mediatorName: input.mediatorName ?? null,
      chosenByParties: input.chosenByParties ? 1 : 0,
      returnReason: null,
    },
    note: `${HANDLER_KINDS[input.handlerKind]}：${input.handlerName}${input.chosenByParties ? '（当事人选择）' : ''}`,
  }));

/**
 * 受理: the mediation clock starts (a month for a committee, 30 days for 诉前调解, 60 days for 信访);
 * a 信访 matter's 受理告知 clock stops.
 */
export const acceptDispute = (deps: Deps, ctx: RequestContext, id: string) =>
  disputeStep(deps, ctx, id, 'accept', async (s) => {
    const p = mediationPeriod(s.record.channel);
    await stopClocks(s.m, ctx, s.today, s.record.acceptanceClockId);
    const clock = await startMediationClock(s.m, s.record, s.today);
    return {
      patch: {
        acceptedOn: s.today,
        limitDays: p.days,
        extensionDays: 0,
        dueOn: clock.dueDate,
        mediationClockId: clock.id,
      },
      basis: p.basis,
      note: `${p.purpose}${p.days}日，至${clock.dueDate}`,
    };
  });

/** 退回: the handler cannot take the dispute; the centre routes it again. */
export const returnDispute = (deps: Deps, ctx: RequestContext, id: string, reason: string) =>
  disputeStep(deps, ctx, id, 'return', async () => ({
    patch: { returnReason: reason, handlerKind: null, handlerName: null, mediatorName: null },
    note: reason,
  }));

/** 当事人拒绝调解 (art 17): no mediation; the dispute is concluded with who refused. */
export const declineMediation = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { party: string; note?: string | undefined },
) =>
  disputeStep(deps, ctx, id, 'decline', async (s) => {
    await stopClocks(s.m, ctx, s.today, s.record.acceptanceClockId, s.record.mediationClockId);
    return {
      patch: {
        outcome: 'declined',
        concludedOn: s.today,
        outcomeNote: `${input.party}明确拒绝调解${input.note ? `：${input.note}` : ''}`,
      },
      note: `${input.party}明确拒绝调解`,
    };
  });

/** 调解工作记录 (art 27): date, place, who attended, what was said. */
export const recordSession = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { heldOn?: string | undefined; place: string; attendees: string; summary: string },
) =>
  disputeStep(deps, ctx, id, 'session', async (s) => {
    const heldOn = input.heldOn ?? s.today;
    if (heldOn > s.today) throw badRequest('调解日期不能晚于今天', { field: 'heldOn' });
    if (s.record.acceptedOn && heldOn < s.record.acceptedOn)
      throw badRequest('调解日期不能早于受理日期', { field: 'heldOn' });
    await s.m.trx
      .insertInto('disputeSessions')
      .values({
        id: newId(),
        disputeId: s.record.id,
        orgId: s.record.orgId,
        heldOn,
        place: input.place,
        attendees: input.attendees,
        summary: input.summary,
        createdBy: s.actor?.userId ?? null,
        createdAt: s.m.now.toISOString(),
      })
      .execute();
    return { note: `${heldOn} ${input.place}` };
  });

/**
 * 延长调解期限: mediation with both parties' consent (宁波市人民调解条例 第二十七条; 诉前调解 by consent);
 * 信访 with the head's approval, 30 days at most in all, the reason told to the petitioner (信访工作条例
 * 第三十四条). The module's own clock is lengthened (clock-owners.ts).
 */
export const extendMediation = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    days: number;
    bothConsent?: boolean | undefined;
    approvedBy?: string | undefined;
    reason: string;
  },
) =>
  disputeStep(
    deps,
    ctx,
    id,
    'extend',
    async (s) => {
      const r = s.record;
      const petition = isPetition(r.channel);
      const basis = petition ? PETITION_ART.handling : mediationPeriod(r.channel).basis;
      const approval = petition
        ? `经${input.approvedBy}批准延长${input.days}日，已告知信访人延期理由`
        : `双方当事人同意延长${input.days}日`;
      const due = r.mediationClockId
        ? await extendMediationClock(s.m, ctx, r.mediationClockId, {
            days: input.days,
            reason: `${input.reason}（${approval}）`,
            basis,
            on: s.today,
          })
        : addDays(r.dueOn ?? s.today, input.days);
      return {
        patch: { extensionDays: r.extensionDays + input.days, dueOn: due },
        changes: { dueOn: { before: r.dueOn, after: due } },
        basis,
        meta: petition ? { approvedBy: input.approvedBy } : { bothConsent: true },
        note: `${input.reason}（${approval}）`,
      };
    },
    {
      extension: {
        days: input.days,
        bothConsent: input.bothConsent ?? false,
        approvedBy: input.approvedBy ?? null,
      },
    },
  );

/**
 * 达成书面调解协议: the 调解协议书 with every art 29 element, issued through the letter office as DOCX
 * in the committee's name with the dispute's code; `offline` records one signed on paper at the time.
 */
export const agreeInWriting = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: AgreementTerms & { offline?: boolean | undefined },
) =>
  disputeStep(
    deps,
    ctx,
    id,
    'agree',
    async (s) => {
      const r = s.record;
      const terms = {
        terms: input.terms ?? '',
        responsibilities: input.responsibilities ?? '',
        performance: input.performance ?? '',
      };
      let agreementFileId: string | null = null;
      if (!input.offline) {
        const letter = await issueLetter(s.m, deps, {
          townId: r.townId,
          orgId: r.orgId,
          owner: { type: DISPUTE_OWNER, id: r.id },
          number: { text: r.code },
          content: agreementLetter(r, await agreementParties(s.m.trx, r.id), terms),
          date: s.today,
          by: s.actor,
          ...(r.handlerName ? { inNameOf: r.handlerName } : {}),
        });
        agreementFileId = letter.file.id;
      }
      await stopClocks(s.m, ctx, s.today, r.mediationClockId);
      const confirmation = await startConfirmationClock(s.m, r, s.today);
      return {
        patch: {
          outcome: 'written',
          outcomeNote: terms.terms,
          responsibilities: terms.responsibilities,
          performance: terms.performance,
          agreementFileId,
          agreedOn: s.today,
          concludedOn: s.today,
          confirmationClockId: confirmation.id,
        },
      };
    },
    { terms: input },
  );

/** 口头调解协议 (arts 28, 30): effective on agreement; the mediator records what was agreed. */
export const agreeOrally = (deps: Deps, ctx: RequestContext, id: string, terms: string) =>
  disputeStep(deps, ctx, id, 'agree_oral', async (s) => {
    await stopClocks(s.m, ctx, s.today, s.record.mediationClockId);
    return {
      patch: { outcome: 'oral', outcomeNote: terms, agreedOn: s.today, concludedOn: s.today },
    };
  });

/** 调解不成 (art 26): mediation ends and the parties are told their other routes. */
export const failMediation = (deps: Deps, ctx: RequestContext, id: string, routesLeft: string) =>
  disputeStep(
    deps,
    ctx,
    id,
    'fail',
    async (s) => {
      await stopClocks(s.m, ctx, s.today, s.record.mediationClockId);
      return {
        patch: { outcome: 'failed', outcomeNote: routesLeft, concludedOn: s.today },
        note: `已告知：${routesLeft}`,
      };
    },
    { routesLeft },
  );

/** 司法确认申请 (art 33; 民事诉讼法 第二百零五条): both parties applied to the court within 30 days. */
export const applyConfirmation = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { court: string },
) =>
  disputeStep(deps, ctx, id, 'apply_confirmation', async (s) => {
    await stopClocks(s.m, ctx, s.today, s.record.confirmationClockId);
    return {
      patch: { confirmationAppliedOn: s.today, confirmationCourt: input.court },
      note: `向${input.court}申请司法确认`,
    };
  });

/** 回访 with the parties' rating: the concluded dispute is closed (关闭). */
export const revisitDispute = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { rating: number; note?: string | undefined },
) =>
  disputeStep(deps, ctx, id, 'revisit', async (s) => ({
    patch: { closedOn: s.today, rating: input.rating, revisitNote: input.note ?? null },
    meta: { rating: input.rating },
    note: `回访评价${input.rating}分${input.note ? `：${input.note}` : ''}`,
  }));
