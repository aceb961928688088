import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { readWithin } from '../orgs/orgs.public.js';
import { DECISION_ART as ART } from './decisions.vocabulary.js';
import type { poolExpertBody, poolQuery } from './procedures.schema.js';
import type { DecisionExpertsTable } from './procedures.tables.js';

// tenancy: the pool is read through scoped() (within the chosen town for staff above it); experts are
// added to the caller's own town

const EXPERT_OWNER = 'decision_expert';

export const presentExpert = (e: DecisionExpertsTable) => ({
  id: e.id,
  name: e.name,
  field: e.field,
  employer: e.employer,
});

/** 决策咨询论证专家库 (条例 第二十一条): the town's pool, by name. */
export async function listExperts(deps: Deps, ctx: RequestContext, f: z.infer<typeof poolQuery>) {
  authorize(ctx, 'decisions.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  const rows = await scoped(deps.db.kysely, within.actor!)
    .selectFrom('decisionExperts')
    .selectAll()
    .orderBy('name')
    .orderBy('id')
    .execute();
  return { items: rows.map(presentExpert) };
}

export async function addExpert(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof poolExpertBody>,
) {
  const actor = authorize(ctx, 'decisions.handle');
  assertTownStaff(actor, 'decisions.expert.add');
  return mutation(deps, ctx, async (m) => {
    const row: DecisionExpertsTable = {
      id: newId(),
      orgId: actor.townId!,
      name: input.name,
      field: input.field,
      employer: input.employer,
      createdAt: m.now.toISOString(),
    };
    await m.trx.insertInto('decisionExperts').values(row).execute();
    await m.audit({
      action: 'decisions.expert.added',
      targetType: EXPERT_OWNER,
      targetId: row.id,
      orgId: row.orgId,
      basis: ART.expertPool,
      meta: { name: row.name, field: row.field, employer: row.employer },
    });
    return presentExpert(row);
  });
}
