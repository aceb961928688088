import type { RequestContext } from '../../core/authz/actor.js';
import { computeDeadline } from '../../core/calendar/index.js';
import type { Deps } from '../../core/deps.js';
import { issueLetter } from '../numbering/letter-office.js';
import { loadCalendar } from '../calendar/calendar.public.js';
import { URGE_KIND, urgeLetter } from './case-letters.js';
import { stopCaseClocks } from './case-clocks.js';
import { CASE_OWNER, caseStep } from './case.step.js';
import { lateSurcharge } from './late-payment.js';

// tenancy: each step loads its case through scoped() in case.step.ts

/** 加处罚款 owed today on a served decision (行政处罚法 第七十二条) past `paymentDue`, 0 when none. */
const surchargeOn = (fine: number | null, paymentDue: string | null, today: string) =>
  fine && paymentDue ? lateSurcharge(fine, paymentDue, today).amount : 0;

/**
 * 催告书 (行政强制法 第三十五条) through the letter office, with ten working days to pay (第五十四条).
 * The lapsed payment clock stops: its lapse is now answered by the 催告 and what follows.
 */
export const urgeParty = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'urge', async (s) => {
    const r = s.record;
    await stopCaseClocks(s.m, ctx, r, s.today, ['payment']);
    const surcharge = surchargeOn(r.fine, s.facts.paymentDue, s.today);
    const payBy = computeDeadline(await loadCalendar(s.m.trx), s.today, 10, 'working').due;
    const letter = await issueLetter(s.m, deps, {
      townId: r.townId,
      orgId: r.orgId,
      owner: { type: CASE_OWNER, id: r.id },
      number: { kind: URGE_KIND, register: `催告书（${r.caseNo}）` },
      content: urgeLetter(r, { fine: r.fine ?? 0, surcharge, payBy }),
      date: s.today,
      by: s.actor,
    });
    return {
      patch: { urgedOn: s.today, urgeDocNo: letter.docNumber, urgeFileId: letter.file.id },
      meta: { surcharge, payBy },
    };
  });

/** 申请人民法院强制执行 (行政强制法 第五十三条、第五十四条). */
export const applyToCourt = (deps: Deps, ctx: RequestContext, id: string, court: string) =>
  caseStep(deps, ctx, id, 'apply_court', async (s) => ({
    patch: { courtAppliedOn: s.today, courtName: court },
    note: court,
  }));

/** 履行完毕: the fine paid, with the 加处罚款 owed on the day when it was paid late; the payment clock stops. */
export const recordPayment = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'execute', async (s) => {
    await stopCaseClocks(s.m, ctx, s.record, s.today, ['payment']);
    const surcharge = surchargeOn(s.record.fine, s.facts.paymentDue, s.today);
    return {
      patch: { paidOn: s.today, surchargeFen: Math.round(surcharge * 100) },
      ...(surcharge > 0 ? { changes: { surcharge: { before: null, after: surcharge } } } : {}),
    };
  });
