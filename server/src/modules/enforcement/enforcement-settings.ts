import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { pageTown } from '../orgs/orgs.public.js';
import { ART, HEARING_DEFAULTS } from './enforcement.vocabulary.js';

const RULE = '听证数额标准按乡镇设置';

/** The town's art 63 "较大数额" (元), or the defaults until it sets its own. */
export async function hearingThresholds(q: Q, townId: string) {
  // tenancy: keyed by the town whose thresholds are asked for
  const row = await q
    .selectFrom('enforcementSettings')
    .select(['hearingFineCitizen', 'hearingFineOrganisation'])
    .where('orgId', '=', townId)
    .executeTakeFirst();
  return {
    citizen: row?.hearingFineCitizen ?? HEARING_DEFAULTS.citizen,
    organisation: row?.hearingFineOrganisation ?? HEARING_DEFAULTS.organisation,
    basis: ART.hearing,
  };
}

export async function getEnforcementSettings(
  deps: Deps,
  ctx: RequestContext,
  orgId: string | undefined,
) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const town = await pageTown(deps.db.kysely, actor, orgId, RULE);
  return hearingThresholds(deps.db.kysely, town.id);
}

export async function saveEnforcementSettings(
  deps: Deps,
  ctx: RequestContext,
  input: { orgId?: string | undefined; citizen: number; organisation: number },
) {
  const actor = authorize(ctx, 'enforcement.settings.manage');
  const town = await pageTown(deps.db.kysely, actor, input.orgId, RULE, 'write');
  if (input.citizen > input.organisation)
    throw badRequest('公民的听证数额标准不应高于法人或者其他组织的标准');
  await mutation(deps, ctx, async (m) => {
    const values = {
      hearingFineCitizen: input.citizen,
      hearingFineOrganisation: input.organisation,
      updatedBy: actor.userId,
      updatedAt: m.now.toISOString(),
    };
    await m.trx
      .insertInto('enforcementSettings')
      .values({ orgId: town.id, ...values })
      .onConflict((oc) => oc.column('orgId').doUpdateSet(values))
      .execute();
    await m.audit({
      action: 'enforcement.settings.updated',
      targetType: 'enforcement_settings',
      targetId: town.id,
      orgId: town.id,
      basis: ART.hearing,
      changes: { hearingFine: { before: null, after: `${input.citizen}/${input.organisation}` } },
    });
  });
  return hearingThresholds(deps.db.kysely, town.id);
}
