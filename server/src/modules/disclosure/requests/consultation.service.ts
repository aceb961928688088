import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, notFound, ruleViolation } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { excludedUntil } from './consultation-bound.js';
import { issueLetter, NUMBER_KINDS } from './letter-store.js';
import { consultationLetter } from './notice-letters.js';
import {
  CLOCK_BASIS,
  CONSULTATION_DAYS,
  closeRequestTasks,
  pauseReply,
  resumeReply,
  startFollowUpClock,
  stopIfSet,
} from './request-clocks.js';
import { clockStateOf, requestStep } from './request-step.js';
import { consultationsOf } from './request.repository.js';
import {
  CONSULTATION_KINDS,
  CONSULTATION_OPINIONS,
  type ConsultationKind,
  type ConsultationOpinion,
} from './vocabulary.js';

/**
 * 征求意见: a third party whose rights may be harmed (《政府信息公开条例》第三十二条) or a co-producing
 * agency (第三十四条) has 15 working days; that time does not count towards the reply (第三十三条第三款),
 * so the reply clock stands still while any consultation is open.
 */
const PAUSE_BASIS = '《政府信息公开条例》第三十三条第三款';

export async function startConsultation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { kind: ConsultationKind; partyName: string; matter: string; sentOn: string },
) {
  return requestStep(deps, ctx, id, 'consult', async ({ m, req, today: day }) => {
    if (input.sentOn > day)
      throw badRequest(`送达日期 ${input.sentOn} 晚于今天（${day}）`, { field: 'sentOn' });
    if (req.receivedOn && input.sentOn < req.receivedOn)
      throw badRequest('送达日期不能早于收到申请之日', { field: 'sentOn' });
    if (!req.replyClockId) throw ruleViolation('申请尚未确认收到，不能征求意见');
    await stopIfSet(m, ctx, req.correctionNoticeClockId, day);
    if ((await clockStateOf(m.trx, req.replyClockId)) === 'running')
      await pauseReply(m, ctx, req.replyClockId, input.kind, input.sentOn, PAUSE_BASIS);
    const clock = await startFollowUpClock(m, req, {
      purpose: `disclosure.consultation.${input.kind}`,
      kind: 'disclosure.consultation_due',
      from: input.sentOn,
      days: CONSULTATION_DAYS,
      basis: CLOCK_BASIS.consultation[input.kind],
      title: `${CONSULTATION_KINDS[input.kind]}期限届满（${input.partyName}，查询码 ${req.trackingCode}）`,
    });
    const letter = consultationLetter(
      input.kind,
      input.partyName,
      input.matter,
      req.description,
      input.sentOn,
      clock.dueDate,
    );
    const doc = await issueLetter(m, deps, ctx, req, {
      kind: 'consultation_letter',
      numberKind: NUMBER_KINDS.notice,
      letter,
      date: input.sentOn,
      visible: false,
    });
    const consultationId = newId();
    await m.trx
      .insertInto('disclosureConsultations')
      .values({
        id: consultationId,
        orgId: req.orgId,
        requestId: req.id,
        kind: input.kind,
        partyName: input.partyName,
        matter: input.matter,
        sentOn: input.sentOn,
        dueOn: clock.dueDate,
        clockId: clock.id,
        answeredOn: null,
        opinion: null,
        opinionNote: null,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: m.now.toISOString(),
      })
      .execute();
    return {
      basis: `${CLOCK_BASIS.consultation[input.kind]}、${PAUSE_BASIS}`,
      meta: {
        consultationId,
        kind: input.kind,
        partyName: input.partyName,
        sentOn: input.sentOn,
        dueOn: clock.dueDate,
        docNumber: doc.docNumber,
      },
      value: { consultationId, dueOn: clock.dueDate },
    };
  });
}

/**
 * The party answered, or let the 15 days pass (a third party's silence leaves the decision to the
 * office; an agency's silence is consent). When the last open consultation ends the clock runs again.
 */
export async function answerConsultation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  consultationId: string,
  input: {
    opinion: ConsultationOpinion;
    note?: string | undefined;
    answeredOn?: string | undefined;
  },
) {
  return requestStep(deps, ctx, id, 'answer_consultation', async ({ m, req, today: day }) => {
    const all = await consultationsOf(m.trx, req.id);
    const c = all.find((x) => x.id === consultationId);
    if (!c) throw notFound('征求意见记录不存在');
    if (c.answeredOn) throw ruleViolation('该征求意见已登记结果', 'ALREADY_ANSWERED');
    if (input.opinion === 'no_reply' && day <= c.dueOn)
      throw ruleViolation(
        `征求意见期限至 ${c.dueOn} 届满，届满前不能登记为逾期未提出意见（${CLOCK_BASIS.consultation[c.kind]}）`,
      );
    if (input.opinion === 'object' && !input.note?.trim())
      throw badRequest('不同意公开的，请登记其理由', { field: 'note' });
    // Silence ends the excluded time when the period ran out, not when someone noticed.
    const on = input.opinion === 'no_reply' ? c.dueOn : (input.answeredOn ?? day);
    if (on > day)
      throw badRequest(`收到意见日期 ${on} 晚于今天（${day}）`, { field: 'answeredOn' });
    if (on < c.sentOn) throw badRequest('收到意见日期不能早于送达日期', { field: 'answeredOn' });
    await stopIfSet(m, ctx, c.clockId, on);
    await m.trx
      .updateTable('disclosureConsultations')
      .set({ answeredOn: on, opinion: input.opinion, opinionNote: input.note ?? null })
      .where('id', '=', c.id)
      .execute();
    const stillOpen = all.filter((x) => x.id !== c.id && !x.answeredOn).length;
    // 第三十三条第三款 with 第三十二条/第三十四条: a late answer ends the excluded time on the party's last day.
    const resumeOn =
      stillOpen === 0
        ? excludedUntil(
            all.map((x) => ({ dueOn: x.dueOn, answeredOn: x.id === c.id ? on : x.answeredOn! })),
          )
        : null;
    if (resumeOn) {
      await closeRequestTasks(m, req.id, 'disclosure.consultation_due');
      if (req.replyClockId && (await clockStateOf(m.trx, req.replyClockId)) === 'paused')
        await resumeReply(m, ctx, req.replyClockId, resumeOn, PAUSE_BASIS);
    }
    return {
      basis: CLOCK_BASIS.consultation[c.kind],
      meta: {
        consultationId: c.id,
        opinion: input.opinion,
        opinionLabel: CONSULTATION_OPINIONS[input.opinion],
        answeredOn: on,
        late: on > c.dueOn,
        ...(resumeOn ? { excludedUntil: resumeOn } : {}),
      },
      value: { stillOpen },
    };
  });
}
