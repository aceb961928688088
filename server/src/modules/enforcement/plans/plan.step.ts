import { can } from '../../../core/authz/actor.js';
import type { Q } from '../../../core/db/database.js';
import { townRecordWorkflow } from '../../../core/workflow/index.js';
import { PLAN_WORKFLOW, type PlanAction, type PlanFacts, type PlanState } from './plan.workflow.js';
import type { EnforcementPlansTable, PlanCandidate } from './plans.tables.js';

export const PLAN_OWNER = 'enforcement_plan';

/**
 * The officers who may be drawn on `day`: active accounts of the town holding a 执法证 valid that day
 * (行政处罚法 第四十二条: 具有行政执法资格), one row each, in ascending id order (the draw's input order).
 */
export async function eligibleOfficers(
  q: Q,
  townId: string,
  day: string,
): Promise<PlanCandidate[]> {
  // tenancy: certificates are kept by the town (orgId); the plan's own town is asked for
  const rows = await q
    .selectFrom('enforcementCertificates')
    .innerJoin('users', 'users.id', 'enforcementCertificates.userId')
    .select(['users.id as userId', 'users.displayName as name', 'enforcementCertificates.certNo'])
    .where('enforcementCertificates.orgId', '=', townId)
    .where('users.status', '=', 'active')
    .where('enforcementCertificates.issuedOn', '<=', day)
    .where('enforcementCertificates.expiresOn', '>=', day)
    .orderBy('users.id')
    .orderBy('enforcementCertificates.expiresOn', 'desc')
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.userId) && seen.add(r.userId));
}

// The officers are counted only while the draw is still ahead: no other step looks at them.
const planFacts = async (q: Q, r: EnforcementPlansTable, day: string): Promise<PlanFacts> => ({
  state: r.status,
  eligibleOfficers: r.status === 'draft' ? (await eligibleOfficers(q, r.townId, day)).length : 0,
  officersPerInspection: r.officersPerInspection,
});

const plans = townRecordWorkflow<EnforcementPlansTable, PlanState, PlanAction, PlanFacts, 'team'>({
  table: 'enforcementPlans',
  workflow: PLAN_WORKFLOW,
  auditPrefix: 'enforcement.plan',
  targetType: PLAN_OWNER,
  notFoundMessage: '该抽查计划不存在或不在您的管辖范围内',
  facts: planFacts,
  parties: (actor) =>
    new Set(can(actor, 'enforcement.inspection.record') ? (['team'] as const) : []),
  auditMeta: (r) => ({ name: r.name }),
});

export const planStep = plans.step;
export const planAbilities = plans.abilities;
export const planPath = plans.path;
