import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { pauseClock, resumeClock } from '../../calendar/calendar.public.js';
import { AID_ART as ART } from '../legal-services.vocabulary.js';
import { ASSIGNMENT_PERIOD } from './assignment-period.js';
import type { StepContext } from '../../../core/workflow/index.js';
import { aidStep, type AidRecord } from './aid.step.js';
import type { AidFacts, AidState } from './aid.workflow.js';
import { startAidClock, stopAidClock } from './aid.service.js';
import { DECISION_PERIOD } from './decision-period.js';
import { OBJECTION_PERIOD } from './objection-period.js';

// tenancy: each step loads its application through scoped() (aid.step.ts)

const notAfter = (today: string, on: string, field: string, what: string) => {
  if (on > today) throw badRequest(`${what}不能晚于今天`, { field });
};
const notBefore = (on: string, earliest: string | null, field: string, what: string) => {
  if (earliest && on < earliest) throw badRequest(`${what}不能早于 ${earliest}`, { field });
};

/** 转交: the station sends the file to the county centre; the centre's 7-day decision clock starts. */
export const forwardApplication = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { centre: string; forwardedOn: string },
) =>
  aidStep(deps, ctx, id, 'forward', async (s) => {
    notAfter(s.today, input.forwardedOn, 'forwardedOn', '转交日期');
    notBefore(input.forwardedOn, s.record.receivedOn, 'forwardedOn', '转交日期');
    const clock = await startAidClock(s.m, s.record, DECISION_PERIOD, input.forwardedOn);
    return {
      patch: {
        centre: input.centre,
        forwardedOn: input.forwardedOn,
        decisionClockId: clock.id,
        decisionDue: clock.dueDate,
      },
      meta: { decisionDue: clock.dueDate },
      note: `${input.centre}应于 ${clock.dueDate} 前作出是否给予法律援助的决定（${ART.decision}）`,
    };
  });

/** 一次性告知: the centre's single list of missing materials; the decision clock waits for them. */
export const requestMaterials = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { items: string[]; requestedOn: string; dueOn: string },
) =>
  aidStep(deps, ctx, id, 'requestMaterials', async (s) => {
    notAfter(s.today, input.requestedOn, 'requestedOn', '告知日期');
    notBefore(input.requestedOn, s.record.forwardedOn, 'requestedOn', '告知日期');
    if (input.dueOn <= input.requestedOn)
      throw badRequest('补充期限应晚于告知日期', { field: 'dueOn' });
    if (s.record.materialsRequestedOn)
      throw badRequest(
        '补充材料应当一次性告知，本申请已告知过',
        { field: 'items', basis: ART.materials },
        'MATERIALS_ALREADY_REQUESTED',
      );
    if (s.record.decisionClockId)
      await pauseClock(s.m, ctx, s.record.decisionClockId, {
        reason: 'correction',
        on: input.requestedOn,
        basis: ART.materials,
      });
    return {
      patch: {
        materialsList: JSON.stringify(input.items),
        materialsRequestedOn: input.requestedOn,
        materialsDueOn: input.dueOn,
      },
      meta: { items: input.items.length, dueOn: input.dueOn },
      note: `需补充：${input.items.join('、')}；逾期未补充或说明的视为撤回申请`,
    };
  });

export const supplyMaterials = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { suppliedOn: string },
) =>
  aidStep(deps, ctx, id, 'supplyMaterials', async (s) => {
    notAfter(s.today, input.suppliedOn, 'suppliedOn', '补充日期');
    notBefore(input.suppliedOn, s.record.materialsRequestedOn, 'suppliedOn', '补充日期');
    if (s.record.decisionClockId)
      await resumeClock(s.m, ctx, s.record.decisionClockId, { on: input.suppliedOn });
    return { patch: { materialsSuppliedOn: input.suppliedOn } };
  });

/** 视为撤回 (第四十三条第二款): the date set for the materials passed without them. */
export const deemWithdrawn = (deps: Deps, ctx: RequestContext, id: string) =>
  aidStep(deps, ctx, id, 'deemWithdrawn', async (s) => {
    await stopAidClock(s.m, ctx, s.record.decisionClockId, s.today);
    return { note: `补充期限 ${s.record.materialsDueOn} 届满未补充材料` };
  });

/** The decision to give aid (or 先行提供): the decision clock stops and the 3-day assignment clock starts. */
async function granted(
  s: StepContext<AidRecord, AidState, AidFacts>,
  ctx: RequestContext,
  decidedOn: string,
) {
  notAfter(s.today, decidedOn, 'decidedOn', '决定日期');
  notBefore(decidedOn, s.record.receivedOn, 'decidedOn', '决定日期');
  await stopAidClock(s.m, ctx, s.record.decisionClockId, decidedOn);
  const clock = await startAidClock(s.m, s.record, ASSIGNMENT_PERIOD, decidedOn);
  return { decidedOn, assignClockId: clock.id, assignDue: clock.dueDate };
}

export const grantAid = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { decidedOn: string },
) =>
  aidStep(deps, ctx, id, 'grant', async (s) => {
    const patch = await granted(s, ctx, input.decidedOn);
    const late = s.record.decisionDue !== null && input.decidedOn > s.record.decisionDue;
    return {
      patch,
      meta: { assignDue: patch.assignDue, late },
      note: `应于 ${patch.assignDue} 前指派法律援助人员${late ? `；决定晚于期限 ${s.record.decisionDue}` : ''}`,
    };
  });

/** 先行提供 (第四十四条): the deadline is fewer than seven days away or preservation is urgent. */
export const advanceAid = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { decidedOn: string },
) =>
  aidStep(deps, ctx, id, 'advance', async (s) => {
    const patch = await granted(s, ctx, input.decidedOn);
    return {
      patch: { ...patch, advanced: 1 },
      meta: { deadlineOn: s.record.deadlineOn },
      note: `先行提供法律援助，受援人应及时补办手续、补充材料（${ART.advance}）`,
    };
  });

export const refuseAid = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { decidedOn: string; reason: string },
) =>
  aidStep(deps, ctx, id, 'refuse', async (s) => {
    notAfter(s.today, input.decidedOn, 'decidedOn', '决定日期');
    notBefore(input.decidedOn, s.record.forwardedOn, 'decidedOn', '决定日期');
    await stopAidClock(s.m, ctx, s.record.decisionClockId, input.decidedOn);
    return {
      patch: { decidedOn: input.decidedOn, refusalReason: input.reason },
      note: `不予法律援助：${input.reason}`,
    };
  });

export const assignLawyer = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { assignedOn: string; lawyerName: string; lawyerFirm: string },
) =>
  aidStep(deps, ctx, id, 'assign', async (s) => {
    notAfter(s.today, input.assignedOn, 'assignedOn', '指派日期');
    notBefore(input.assignedOn, s.record.decidedOn, 'assignedOn', '指派日期');
    await stopAidClock(s.m, ctx, s.record.assignClockId, input.assignedOn);
    const late = s.record.assignDue !== null && input.assignedOn > s.record.assignDue;
    return {
      patch: {
        assignedOn: input.assignedOn,
        lawyerName: input.lawyerName,
        lawyerFirm: input.lawyerFirm,
      },
      meta: { late },
      note: `指派 ${input.lawyerFirm} ${input.lawyerName}${late ? `；晚于期限 ${s.record.assignDue}` : ''}`,
    };
  });

/** 异议 (第四十九条): to the 司法行政部门, which decides within five days. */
export const objectToRefusal = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { objectedOn: string },
) =>
  aidStep(deps, ctx, id, 'object', async (s) => {
    notAfter(s.today, input.objectedOn, 'objectedOn', '异议日期');
    notBefore(input.objectedOn, s.record.decidedOn, 'objectedOn', '异议日期');
    const clock = await startAidClock(s.m, s.record, OBJECTION_PERIOD, input.objectedOn);
    return {
      patch: {
        objectedOn: input.objectedOn,
        objectionClockId: clock.id,
        objectionDue: clock.dueDate,
      },
      note: `司法行政部门应于 ${clock.dueDate} 前作出审查决定（${ART.objection}）`,
    };
  });

export const decideObjection = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { decidedOn: string; upheld: boolean; note: string },
) =>
  aidStep(
    deps,
    ctx,
    id,
    'decideObjection',
    async (s) => {
      notAfter(s.today, input.decidedOn, 'decidedOn', '审查决定日期');
      notBefore(input.decidedOn, s.record.objectedOn, 'decidedOn', '审查决定日期');
      await stopAidClock(s.m, ctx, s.record.objectionClockId, input.decidedOn);
      const result = `${input.upheld ? '责令改正' : '维持原决定'}：${input.note}`;
      const base = { objectionResult: result, objectionDecidedOn: input.decidedOn };
      if (!input.upheld) return { patch: base, note: result };
      const clock = await startAidClock(s.m, s.record, ASSIGNMENT_PERIOD, input.decidedOn);
      return {
        patch: {
          ...base,
          decidedOn: input.decidedOn,
          assignClockId: clock.id,
          assignDue: clock.dueDate,
        },
        note: result,
      };
    },
    { objectionUpheld: input.upheld },
  );

/** 结案 (第五十条): the lawyer's report is in. */
export const closeApplication = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { closedOn: string; note: string },
) =>
  aidStep(deps, ctx, id, 'close', async (s) => {
    notAfter(s.today, input.closedOn, 'closedOn', '结案日期');
    notBefore(input.closedOn, s.record.assignedOn, 'closedOn', '结案日期');
    return { patch: { closedOn: input.closedOn, closingNote: input.note }, note: input.note };
  });
