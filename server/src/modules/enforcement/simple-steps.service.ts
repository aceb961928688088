import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { loadCalendar } from '../calendar/calendar.public.js';
import { openCaseClock, stopCaseClocks } from './case-clocks.js';
import { caseStep } from './case.step.js';
import { simpleLimits } from './enforcement-settings.js';
import type { CollectionGround } from './enforcement.vocabulary.js';
import { handOverDueOf } from './simple-procedure.js';

// tenancy: each step loads its case through scoped() in case.step.ts

/** The officers find the simple procedure does not fit: the case goes on as a 线索 (行政处罚法 第五十四条). */
export const turnGeneral = (deps: Deps, ctx: RequestContext, id: string, reason: string) =>
  caseStep(deps, ctx, id, 'to_general', async () => ({
    patch: { procedure: 'general' },
    changes: { procedure: { before: '简易程序', after: '普通程序' } },
    note: reason,
  }));

/**
 * 当场作出处罚决定 (arts 51–52): within the town's limits, the 执法证 shown, the pre-printed numbered
 * 决定书 handed over on the spot (its number recorded; a refusal to sign is noted on it). A warning or
 * small fine has no social impact to publish (art 48 ¶1) unless the officers record that it has. The
 * 备案 clock (art 52 ¶3) starts, of the town's working days.
 */
export function decideOnSpot(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    fine: number;
    penalty: string;
    legalBasis: string;
    formNo: string;
    certificateShown: boolean;
    refusedToSign?: boolean | undefined;
    publishable?: boolean | undefined;
  },
) {
  return caseStep(
    deps,
    ctx,
    id,
    'decide_on_spot',
    async (s) => ({
      patch: {
        decidedOn: s.today,
        servedOn: s.today,
        fine: input.fine,
        penalty: input.penalty,
        decisionDocNo: input.formNo,
        publishable: input.publishable ? 1 : 0,
        ...(await openCaseClock(
          s.m,
          s.record,
          'report',
          s.today,
          (await simpleLimits(s.m.trx, s.record.townId)).reportDays,
        )),
      },
      changes: { fine: { before: null, after: input.fine } },
      meta: { legalBasis: input.legalBasis },
      note: input.refusedToSign ? '当事人拒绝签收，已在决定书上注明' : null,
    }),
    { spotFine: input.fine, certificateShown: input.certificateShown },
  );
}

/** 报所属行政机关备案 (art 52 ¶3): the 备案 clock stops. */
export const reportSpotDecision = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'report', async (s) => {
    await stopCaseClocks(s.m, ctx, s.record, s.today, ['report']);
    return { patch: { reportedOn: s.today } };
  });

/** 当场收缴 (arts 68–69) against the 专用票据 the party is given (art 70). */
export function collectOnSpot(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { ground: CollectionGround; receiptNo: string },
) {
  return caseStep(
    deps,
    ctx,
    id,
    'collect_on_spot',
    async (s) => ({
      patch: {
        collectedOn: s.today,
        paidOn: s.today,
        collectionGround: input.ground,
        receiptNo: input.receiptNo,
      },
      meta: { receiptNo: input.receiptNo, ground: input.ground },
    }),
    { collectionGround: input.ground },
  );
}

/** The cash reaches the agency (art 71: within two working days; a late hand-over is recorded as late). */
export const handOverFine = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'hand_over', async (s) => {
    const due = handOverDueOf(await loadCalendar(s.m.trx), s.record.collectedOn ?? s.today);
    const late = s.today > due;
    return {
      patch: { handedOverOn: s.today },
      meta: { due, late },
      note: late ? `逾期上交（应于${due}前交至行政机关）` : null,
    };
  });
