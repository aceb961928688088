import type { z } from 'zod';
import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest, notFound, ruleViolation } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation, type MutationScope } from '../../core/mutation.js';
import { DECISION_OWNER } from './decision.step.js';
import { DECISION_ART as ART } from './decisions.vocabulary.js';
import { CONFLICT_KINDS, conflictOf, EXPERT_CONFLICT_BASIS } from './expert-conflict.js';
import { preparingDecision, procedureActor } from './procedure-record.js';
import type { chooseExpertsBody, conflictBody, opinionBody } from './procedures.schema.js';

// tenancy: preparingDecision() loads the decision through scoped(); experts come from its town's pool
// through scoped(); conflicts and picks are the decision's child rows

async function poolExperts(m: MutationScope, actor: Actor, townId: string, ids: string[]) {
  const rows = await scoped(m.trx, actor)
    .selectFrom('decisionExperts')
    .selectAll()
    .where('orgId', '=', townId)
    .where('id', 'in', ids)
    .execute();
  if (rows.length !== new Set(ids).size) throw notFound('专家不在本镇决策咨询论证专家库中');
  return rows;
}

/**
 * 回避声明 (条例 第二十条): an expert declares a direct interest in the decision and is excluded from it; if
 * already chosen, the choice (and any opinion given) is withdrawn.
 */
export async function declareConflict(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof conflictBody>,
) {
  const actor = procedureActor(ctx);
  if (input.declaredOn > today(deps)) throw badRequest('声明日期不能晚于今天');
  return mutation(deps, ctx, async (m) => {
    const d = await preparingDecision(m, actor, id, 'decisions.experts.conflict');
    const [expert] = await poolExperts(m, actor, d.orgId, [input.expertId]);
    await m.trx
      .insertInto('decisionExpertConflicts')
      .values({
        id: newId(),
        orgId: d.orgId,
        decisionId: d.id,
        expertId: expert!.id,
        reason: input.reason,
        declaredOn: input.declaredOn,
      })
      .onConflict((oc) =>
        oc.columns(['decisionId', 'expertId']).doUpdateSet({ reason: input.reason }),
      )
      .execute();
    const withdrawn = await m.trx
      .deleteFrom('decisionExpertPicks')
      .where('decisionId', '=', d.id)
      .where('expertId', '=', expert!.id)
      .executeTakeFirst();
    await m.audit({
      action: 'decisions.experts.conflict_declared',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: EXPERT_CONFLICT_BASIS,
      meta: {
        expertId: expert!.id,
        name: expert!.name,
        reason: input.reason,
        withdrawn: Number(withdrawn.numDeletedRows) > 0,
      },
    });
  });
}

/**
 * 选择论证专家 (第二十条): from the town's pool, never an expert with a direct interest (declared, or employed
 * by the 决策承办单位: expert-conflict.ts); refused with the excluded experts named.
 */
export async function chooseExperts(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof chooseExpertsBody>,
) {
  const actor = procedureActor(ctx);
  if (input.chosenOn > today(deps)) throw badRequest('选择日期不能晚于今天');
  return mutation(deps, ctx, async (m) => {
    const d = await preparingDecision(m, actor, id, 'decisions.experts.choose');
    const experts = await poolExperts(m, actor, d.orgId, input.expertIds);
    const declared = new Set(
      (
        await m.trx
          .selectFrom('decisionExpertConflicts')
          .select('expertId')
          .where('decisionId', '=', d.id)
          .execute()
      ).map((c) => c.expertId),
    );
    const excluded = experts
      .map((e) => ({ e, kind: conflictOf(e, d, declared.has(e.id)) }))
      .filter((x) => x.kind !== null);
    if (excluded.length)
      throw ruleViolation(
        `与决策事项有直接利害关系的专家不得参与论证（条例第二十条）：${excluded.map((x) => `${x.e.name}（${CONFLICT_KINDS[x.kind!]}）`).join('、')}`,
        'EXPERT_CONFLICT',
        {
          basis: EXPERT_CONFLICT_BASIS,
          experts: excluded.map((x) => ({ id: x.e.id, name: x.e.name, conflict: x.kind })),
        },
      );
    const chosen = new Set(
      (
        await m.trx
          .selectFrom('decisionExpertPicks')
          .select('expertId')
          .where('decisionId', '=', d.id)
          .execute()
      ).map((p) => p.expertId),
    );
    const fresh = experts.filter((e) => !chosen.has(e.id));
    if (fresh.length)
      await m.trx
        .insertInto('decisionExpertPicks')
        .values(
          fresh.map((e) => ({
            id: newId(),
            orgId: d.orgId,
            decisionId: d.id,
            expertId: e.id,
            chosenOn: input.chosenOn,
            opinion: null,
            signedOn: null,
          })),
        )
        .execute();
    await m.audit({
      action: 'decisions.experts.chosen',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: EXPERT_CONFLICT_BASIS,
      meta: { experts: fresh.map((e) => e.name), chosenOn: input.chosenOn },
    });
  });
}

/** 书面论证意见 (第十九条): the chosen expert's opinion, signed (署名) on the given day. */
export async function recordOpinion(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  expertId: string,
  input: z.infer<typeof opinionBody>,
) {
  const actor = procedureActor(ctx);
  if (input.signedOn > today(deps)) throw badRequest('署名日期不能晚于今天');
  return mutation(deps, ctx, async (m) => {
    const d = await preparingDecision(m, actor, id, 'decisions.experts.opinion');
    const pick = await m.trx
      .selectFrom('decisionExpertPicks')
      .innerJoin('decisionExperts', 'decisionExperts.id', 'decisionExpertPicks.expertId')
      .select(['decisionExpertPicks.id', 'decisionExpertPicks.chosenOn', 'decisionExperts.name'])
      .where('decisionExpertPicks.decisionId', '=', d.id)
      .where('decisionExpertPicks.expertId', '=', expertId)
      .executeTakeFirst();
    if (!pick) throw notFound('该专家未被选择参与本决策的论证');
    if (input.signedOn < pick.chosenOn)
      throw badRequest('署名日期不能早于选择专家的日期', { field: 'signedOn' });
    await m.trx
      .updateTable('decisionExpertPicks')
      .set({ opinion: input.opinion, signedOn: input.signedOn })
      .where('id', '=', pick.id)
      .execute();
    await m.audit({
      action: 'decisions.experts.opinion_recorded',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: ART.experts,
      meta: { expertId, name: pick.name, signedOn: input.signedOn },
    });
  });
}
