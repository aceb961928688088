import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { startClock, stopClock } from '../calendar/calendar.public.js';
import { issueLetter } from '../numbering/letter-office.js';
import { answerPeriod, appealPeriod } from './answer-period.js';
import { answerLetter, type AnswerText } from './answer-letter.js';
import { answerTask } from './answer-task.js';
import { LITIGATION_OWNER, caseStep } from './case.step.js';
import type { LitigationCasesTable } from './litigation.tables.js';
import {
  LITIGATION_ART as ART,
  outcomeOf,
  type CaseKind,
  type DecisionForm,
  type MandatoryReason,
} from './litigation.vocabulary.js';

// tenancy: a new case is the caller's town's; each step loads its case through scoped()

interface NewCase {
  kind: CaseKind;
  caseNo: string;
  title: string;
  claimantName: string;
  claimantIsPerson: boolean;
  entrustingBody?: string | undefined;
  reviewBody: string;
  afterReconsideration?: boolean | undefined;
  disclosureRelated?: boolean | undefined;
  simplified?: boolean | undefined;
  department?: string | undefined;
  receivedOn: string;
  mandatoryReason?: MandatoryReason | undefined;
}

/**
 * Registers a case on the day its copy was received, with the answer clock (复议 答复 / 诉讼 答辩) running
 * from that day. The respondent is the town, or the entrusting body for an act under entrustment
 * (《行政复议法》第十九条); a suit after a 维持 decision names the review body as co-defendant (《行政诉讼法》
 * 第二十六条, recorded when the decision is known: `coDefendant`).
 */
export async function createCase(deps: Deps, ctx: RequestContext, input: NewCase) {
  const actor = authorize(ctx, 'litigation.case.handle');
  assertTownStaff(actor, 'litigation.case.create');
  const day = today(deps);
  if (input.receivedOn > day) throw badRequest('收到副本日期不能晚于今天', { field: 'receivedOn' });
  if (input.kind === 'litigation' && input.simplified)
    throw badRequest('简易程序答复期限仅适用于行政复议', { field: 'simplified' });
  const town = await deps.db.kysely
    .selectFrom('orgs')
    .select('name')
    .where('id', '=', actor.townId!)
    .executeTakeFirstOrThrow();
  const period = answerPeriod(input.kind, input.simplified ?? false);
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    const at = m.now.toISOString();
    const clock = await startClock(m, {
      orgId: actor.townId!,
      subjectType: LITIGATION_OWNER,
      subjectId: id,
      purpose: period.purpose,
      startDate: input.receivedOn,
      limitDays: period.limitDays,
      unit: period.unit,
      basis: period.basis,
    });
    const after = input.kind === 'litigation' && (input.afterReconsideration ?? false);
    const row: LitigationCasesTable = {
      id,
      orgId: actor.townId!,
      townId: actor.townId!,
      kind: input.kind,
      caseNo: input.caseNo,
      title: input.title,
      claimantName: input.claimantName,
      claimantIsPerson: input.claimantIsPerson ? 1 : 0,
      respondent: input.entrustingBody ?? town.name,
      entrustingBody: input.entrustingBody ?? null,
      reviewBody: input.reviewBody,
      afterReconsideration: after ? 1 : 0,
      coDefendant: null,
      disclosureRelated: input.disclosureRelated ? 1 : 0,
      simplified: input.simplified ? 1 : 0,
      department: input.department ?? null,
      receivedOn: input.receivedOn,
      answerClockId: clock.id,
      answerDue: clock.dueDate,
      appearanceMandatory: input.kind === 'litigation' && input.mandatoryReason ? 1 : 0,
      mandatoryReason: input.kind === 'litigation' ? (input.mandatoryReason ?? null) : null,
      status: 'received',
      consultedOn: null,
      consultAttendees: null,
      consultAnalysis: null,
      consultDecision: null,
      answeredOn: null,
      answerLate: 0,
      hearingOn: null,
      leaderAppeared: null,
      leaderName: null,
      leaderTitle: null,
      standIns: null,
      absenceExplanation: null,
      outcome: null,
      decisionForm: null,
      concludedOn: null,
      appealDue: null,
      appealClockId: null,
      appealedOn: null,
      appealedBy: null,
      answerFileId: null,
      consultStage: null,
      evaluatedOn: null,
      evaluation: null,
      rectificationDept: null,
      rectificationMeasures: null,
      rectifiedOn: null,
      rectificationResult: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('litigationCases').values(row).execute();
    await answerTask(m, row, clock);
    await m.audit({
      action: 'litigation.case.registered',
      targetType: LITIGATION_OWNER,
      targetId: id,
      orgId: row.orgId,
      basis: input.entrustingBody ? ART.respondent : period.basis,
      meta: { caseNo: input.caseNo, kind: input.kind, answerDue: clock.dueDate },
    });
    return { id };
  });
}

export const notAfter = (day: string, on: string, field: string, what: string) => {
  if (on > day) throw badRequest(`${what}不能晚于今天`, { field });
};

/**
 * 提交答复/答辩 with the evidence: the answer clock stops on the day it was filed; a late answer is kept
 * and flagged (复议: 视为没有证据, 《行政复议法》第七十条; 诉讼: 《行政诉讼法》第三十四条).
 */
export const answerCase = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { filedOn: string; note?: string | undefined } & Partial<AnswerText>,
) =>
  caseStep(deps, ctx, id, 'answer', async (s) => {
    notAfter(s.today, input.filedOn, 'filedOn', '提交日期');
    if (s.record.consultedOn && input.filedOn < s.record.consultedOn)
      throw badRequest('提交日期不能早于会商日期', { field: 'filedOn' });
    if (s.record.answerClockId)
      await stopClock(s.m, ctx, s.record.answerClockId, { on: input.filedOn });
    const late = input.filedOn > s.record.answerDue;
    // 答辩状 / 答复书 through the letter office, in the respondent's name, when its text is given.
    const letter = input.opinion
      ? await issueLetter(s.m, deps, {
          townId: s.record.townId,
          orgId: s.record.orgId,
          owner: { type: LITIGATION_OWNER, id: s.record.id },
          content: answerLetter(s.record, {
            opinion: input.opinion,
            evidence: input.evidence ?? [],
          }),
          date: input.filedOn,
          by: s.actor,
          inNameOf: s.record.respondent,
        })
      : null;
    return {
      patch: {
        answeredOn: input.filedOn,
        answerLate: late ? 1 : 0,
        answerFileId: letter?.file.id ?? null,
      },
      meta: { late, due: s.record.answerDue },
      note:
        input.note ??
        (late
          ? `逾期提交（期限 ${s.record.answerDue}），${s.record.kind === 'litigation' ? ART.evidence : ART.noReply}`
          : null),
    };
  });

interface HearingInput {
  heldOn: string;
  leaderAppeared: boolean;
  leaderName?: string | undefined;
  leaderTitle?: string | undefined;
  standIns?: string | undefined;
  absenceExplanation?: string | undefined;
}

/** 庭审 with 负责人出庭应诉 (《行政诉讼法》第三条; 解释 第一百二十八条至第一百三十二条). */
export const hearCase = (deps: Deps, ctx: RequestContext, id: string, input: HearingInput) => {
  if (input.leaderAppeared && (!input.leaderName?.trim() || !input.leaderTitle?.trim()))
    throw badRequest('请填写出庭负责人的姓名和职务', { field: 'leaderName' });
  return caseStep(
    deps,
    ctx,
    id,
    'hear',
    async (s) => {
      notAfter(s.today, input.heldOn, 'heldOn', '开庭日期');
      return {
        patch: {
          hearingOn: input.heldOn,
          leaderAppeared: input.leaderAppeared ? 1 : 0,
          leaderName: input.leaderAppeared ? input.leaderName!.trim() : null,
          leaderTitle: input.leaderAppeared ? input.leaderTitle!.trim() : null,
          standIns: input.standIns?.trim() || null,
          absenceExplanation: input.leaderAppeared
            ? null
            : input.absenceExplanation?.trim() || null,
        },
        meta: { leaderAppeared: input.leaderAppeared },
        note: input.leaderAppeared
          ? `负责人出庭：${input.leaderName}（${input.leaderTitle}）`
          : `负责人未出庭，情况说明：${input.absenceExplanation}`,
      };
    },
    {
      leaderAppeared: input.leaderAppeared,
      standIns: input.standIns,
      absenceExplanation: input.absenceExplanation,
    },
  );
};

/** 审结: the outcome from the statute's enum, the appeal period of a first-instance judgment or ruling. */
export const concludeCase = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    outcome: string;
    decisionForm: DecisionForm;
    servedOn: string;
    coDefendant?: string | undefined;
  },
) =>
  caseStep(
    deps,
    ctx,
    id,
    'conclude',
    async (s) => {
      notAfter(s.today, input.servedOn, 'servedOn', '文书送达日期');
      const o = outcomeOf(s.record.kind, input.outcome)!;
      // A second-instance decision is final (终审): no appeal period runs from it.
      const appeal = s.record.appealedOn ? null : appealPeriod(s.record.kind, input.decisionForm);
      const clock = appeal
        ? await startClock(s.m, {
            orgId: s.record.orgId,
            subjectType: LITIGATION_OWNER,
            subjectId: s.record.id,
            purpose: appeal.purpose,
            startDate: input.servedOn,
            limitDays: appeal.limitDays,
            unit: appeal.unit,
            basis: appeal.basis,
          })
        : null;
      const appealDue = clock?.dueDate ?? null;
      return {
        patch: {
          outcome: input.outcome,
          decisionForm: input.decisionForm,
          concludedOn: input.servedOn,
          appealDue,
          appealClockId: clock?.id ?? null,
          ...(input.coDefendant ? { coDefendant: input.coDefendant } : {}),
        },
        meta: { outcome: input.outcome, appealDue },
        basis: o.basis,
        note: `${o.label}${appealDue ? `；上诉期限至 ${appealDue}` : ''}`,
      };
    },
    { outcome: input.outcome },
  );

/** 一案一评: what went wrong, and the rectification the department is to make. */
export const evaluateCase = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { evaluation: string; department: string; measures: string },
) =>
  caseStep(deps, ctx, id, 'evaluate', async (s) => ({
    patch: {
      evaluatedOn: s.today,
      evaluation: input.evaluation,
      rectificationDept: input.department,
      rectificationMeasures: input.measures,
    },
    note: `整改责任科室：${input.department}`,
  }));

/** 一反馈: the department reports its rectification done. */
export const rectifyCase = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { result: string },
) =>
  caseStep(deps, ctx, id, 'rectify', async (s) => ({
    patch: { rectifiedOn: s.today, rectificationResult: input.result },
    note: input.result,
  }));
