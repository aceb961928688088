import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import { HAZARD_OWNER, hazardStep, type HazardInput } from './hazard.step.js';
import type { EnforcementHazardsTable } from './inspections.tables.js';
import { INSPECTION_ART, type HazardLevel } from './inspection.vocabulary.js';

// tenancy: the inspection and the case are looked up through scoped(); each step loads its hazard there

interface NewHazard {
  inspectionId?: string | undefined;
  subjectName: string;
  description: string;
  level: HazardLevel;
}

/** A hazard found on an inspection (or reported otherwise), in the state 已发现. */
export async function createHazard(deps: Deps, ctx: RequestContext, input: NewHazard) {
  const actor = authorize(ctx, 'enforcement.inspection.record');
  assertTownStaff(actor, 'enforcement.hazard.create');
  const q = deps.db.kysely;
  if (
    input.inspectionId &&
    !(await scoped(q, actor)
      .selectFrom('enforcementInspections')
      .select('id')
      .where('id', '=', input.inspectionId)
      .executeTakeFirst())
  )
    throw badRequest('检查记录不存在或不属于本镇', { field: 'inspectionId' });
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    const at = m.now.toISOString();
    const row: EnforcementHazardsTable = {
      id,
      orgId: actor.orgId,
      townId: actor.townId!,
      inspectionId: input.inspectionId ?? null,
      subjectName: input.subjectName,
      description: input.description,
      level: input.level,
      status: 'found',
      foundOn: today(deps),
      orderedOn: null,
      deadline: null,
      rectifyingOn: null,
      recheckedOn: null,
      recheckPassed: 0,
      recheckNote: null,
      closedOn: null,
      caseId: null,
      supervisedOn: null,
      supervisionBody: null,
      supervisionDeadline: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('enforcementHazards').values(row).execute();
    await m.audit({
      action: 'enforcement.hazard.found',
      targetType: HAZARD_OWNER,
      targetId: id,
      orgId: actor.orgId,
      basis: INSPECTION_ART.order,
      meta: { subject: input.subjectName, level: input.level },
    });
    return { id };
  });
}

/** 责令限期整改 (安全生产法 第六十五条): the deadline as a date or as working days from today. */
export const orderHazard = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: HazardInput & { note?: string | undefined },
) =>
  hazardStep(
    deps,
    ctx,
    id,
    'order',
    async (s) => ({
      patch: { orderedOn: s.today, deadline: s.facts.newDeadline, recheckPassed: 0 },
      changes: { deadline: { before: s.record.deadline, after: s.facts.newDeadline } },
      note: input.note ?? null,
    }),
    requireDeadline(input),
  );

export const startRectification = (deps: Deps, ctx: RequestContext, id: string) =>
  hazardStep(deps, ctx, id, 'start', async (s) => ({ patch: { rectifyingOn: s.today } }));

/** 复查: removed closes an ordinary hazard; a supervised one waits for its 销号. */
export const recheckHazard = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { passed: boolean; note?: string | undefined },
) =>
  hazardStep(
    deps,
    ctx,
    id,
    'recheck',
    async (s) => ({
      patch: {
        recheckedOn: s.today,
        recheckPassed: input.passed ? 1 : 0,
        recheckNote: input.note ?? null,
        ...(s.to === 'closed' ? { closedOn: s.today } : {}),
      },
      meta: { passed: input.passed },
      note: input.note ?? (input.passed ? '复查合格' : '复查不合格'),
    }),
    { passed: input.passed },
  );

/** 移送立案: the hazard becomes (or joins) a penalty case of the town's. */
export const escalateHazard = (deps: Deps, ctx: RequestContext, id: string, caseId: string) =>
  hazardStep(deps, ctx, id, 'escalate', async (s) => {
    if (!s.actor) throw badRequest('请先登录');
    const found = await scoped(s.m.trx, s.actor)
      .selectFrom('enforcementCases')
      .select(['id', 'caseNo'])
      .where('id', '=', caseId)
      .where('townId', '=', s.record.townId)
      .executeTakeFirst();
    if (!found) throw badRequest('案件不存在或不属于本镇', { field: 'caseId' });
    return { patch: { caseId, closedOn: s.today }, meta: { caseNo: found.caseNo } };
  });

/** 挂牌督办: the town's leaders put the hazard on the supervised list with its own deadline. */
export const superviseHazard = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: HazardInput & { body: string },
) =>
  hazardStep(
    deps,
    ctx,
    id,
    'supervise',
    async (s) => ({
      patch: {
        supervisedOn: s.today,
        supervisionBody: input.body,
        supervisionDeadline: s.facts.newDeadline,
        recheckPassed: 0,
      },
      note: `督办单位：${input.body}；督办期限：${s.facts.newDeadline}`,
    }),
    requireDeadline(input),
  );

/** 督办销号, once a 复查 has found the hazard removed. */
export const clearHazard = (deps: Deps, ctx: RequestContext, id: string, note?: string) =>
  hazardStep(deps, ctx, id, 'clear', async (s) => ({
    patch: { closedOn: s.today },
    note: note ?? null,
  }));

function requireDeadline(input: HazardInput) {
  if (!input.deadline && !input.workingDays)
    throw badRequest('请填写整改期限（日期或工作日数）', { field: 'deadline' });
  return { deadline: input.deadline, workingDays: input.workingDays };
}
