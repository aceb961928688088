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

/** The caller may prepare decisions (the town check comes with the record, so outside ones stay 404). */
export const procedureActor = (ctx: RequestContext): Actor => authorize(ctx, 'decisions.handle');

/**
 * The decision, in the caller's scope (else 404), acted on by the town's own office (staff above the town
 * only read: SUPERVISION_ONLY), and still before its collective decision (else 409 PROCEDURE_CLOSED).
 */
export async function preparingDecision(
  m: MutationScope,
  actor: Actor,
  id: string,
  action: string,
) {
  const row = await scoped(m.trx, actor)
    .selectFrom('decisions')
    .selectAll()
    .where('decisions.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该决策事项不存在或不在您的管辖范围内');
  assertTownStaff(actor, action);
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
