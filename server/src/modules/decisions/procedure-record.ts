import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { conflict, notFound } from '../../core/errors.js';
import type { MutationScope } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import type { DecisionState } from './decision.workflow.js';

// tenancy: the decision is loaded through scoped(); the hearing, experts and report are its child rows

/** The states in which the hearing, the experts and the risk report are prepared: launched, not yet decided. */
const PREPARING: readonly DecisionState[] = [
  'launched',
  'drafting',
  'participation',
  'expert_review',
  'risk_assessment',
  'fair_competition',
  'legality_review',
  'party_report',
];

/** The town's own office acting on a procedure record (staff above the town only read: SUPERVISION_ONLY). */
export function procedureActor(ctx: RequestContext, action: string): Actor {
  const actor = authorize(ctx, 'decisions.handle');
  assertTownStaff(actor, action);
  return actor;
}

/** The decision, in the caller's scope and still before its collective decision (else 409 PROCEDURE_CLOSED). */
export async function preparingDecision(m: MutationScope, actor: Actor, id: string) {
  const row = await scoped(m.trx, actor)
    .selectFrom('decisions')
    .selectAll()
    .where('decisions.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该决策事项不存在或不在您的管辖范围内');
  if (!PREPARING.includes(row.state))
    throw conflict(
      row.state === 'proposed'
        ? '决策尚未启动，不能登记听证、专家论证或风险评估'
        : '决策已经集体讨论决定，不能再变更听证、专家论证或风险评估材料',
      'PROCEDURE_CLOSED',
      { state: row.state },
    );
  return row;
}
