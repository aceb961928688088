import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, ruleViolation } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import { drawInspections } from './plan.draw.js';
import { eligibleOfficers, PLAN_OWNER, planStep } from './plan.step.js';
import { PLAN_ART } from './plan.workflow.js';
import type { EnforcementPlansTable } from './plans.tables.js';

// tenancy: a plan is created in the actor's own town; each step loads its plan through scoped()

interface NewPlan {
  name: string;
  year: number;
  period: string;
  matter: string;
  legalBasis: string;
  objects: string[];
  drawCount: number;
  officersPerInspection: number;
}

/** The pool as entered, each name once; the draw count within it; two officers at least. */
function validate(input: NewPlan) {
  const objects = input.objects.map((o) => o.trim());
  if (new Set(objects).size !== objects.length)
    throw badRequest('检查对象名录中有重复的名称', { field: 'objects' }, 'DUPLICATE_OBJECTS');
  if (input.drawCount > objects.length)
    throw badRequest(
      `抽取数量（${input.drawCount}）不能多于检查对象名录中的对象数（${objects.length}）`,
      { field: 'drawCount' },
      'DRAW_EXCEEDS_POOL',
    );
  // 行政处罚法 第四十二条: 执法人员不得少于两人.
  if (input.officersPerInspection < 2)
    throw ruleViolation('每次检查的执法人员不得少于两人', 'TOO_FEW_OFFICERS', {
      field: 'officersPerInspection',
      basis: PLAN_ART.officers,
    });
  return objects;
}

/** 抽查计划 (浙江省综合行政执法条例 第二十一条), in the state 草拟. */
export async function createPlan(deps: Deps, ctx: RequestContext, input: NewPlan) {
  const actor = authorize(ctx, 'enforcement.inspection.record');
  assertTownStaff(actor, 'enforcement.plan.create');
  const objects = validate(input);
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    const at = m.now.toISOString();
    const row: EnforcementPlansTable = {
      id,
      orgId: actor.orgId,
      townId: actor.townId!,
      name: input.name,
      year: input.year,
      period: input.period,
      matter: input.matter,
      legalBasis: input.legalBasis,
      objects: JSON.stringify(objects),
      drawCount: input.drawCount,
      officersPerInspection: input.officersPerInspection,
      status: 'draft',
      seed: null,
      candidates: null,
      drawResult: null,
      drawnOn: null,
      publishedOn: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('enforcementPlans').values(row).execute();
    await m.audit({
      action: 'enforcement.plan.created',
      targetType: PLAN_OWNER,
      targetId: id,
      orgId: actor.orgId,
      basis: PLAN_ART.random,
      meta: { name: input.name, pool: objects.length, drawCount: input.drawCount },
    });
    return { id };
  });
}

/**
 * 双随机: a fresh seed from the server (not chosen by the officer), the officers holding a valid 执法证
 * today, and the draw — all three recorded, so the published seed re-runs to the same result.
 */
export const drawPlan = (deps: Deps, ctx: RequestContext, id: string) =>
  planStep(deps, ctx, id, 'draw', async (s) => {
    const seed = randomBytes(16).toString('hex');
    const candidates = await eligibleOfficers(s.m.trx, s.record.townId, s.today);
    const drawn = drawInspections({
      seed,
      objects: JSON.parse(s.record.objects) as string[],
      count: s.record.drawCount,
      officers: candidates.map((c) => c.userId),
      perInspection: s.record.officersPerInspection,
    });
    return {
      patch: {
        seed,
        candidates: JSON.stringify(candidates),
        drawResult: JSON.stringify(drawn),
        drawnOn: s.today,
      },
      meta: { seed, candidates: candidates.length, drawn: drawn.map((d) => d.object) },
    };
  });

/** 一公开: the plan and its draw go on the portal. */
export const publishPlan = (deps: Deps, ctx: RequestContext, id: string) =>
  planStep(deps, ctx, id, 'publish', async (s) => ({ patch: { publishedOn: s.today } }));
