import { assertTownStaff } from '../../../core/workflow/index.js';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { mutation } from '../../../core/mutation.js';
import { pageTown } from '../../orgs/orgs.public.js';

/** What the town-required message names. */
const RULE = '主动公开的复核期限按乡镇设置';

// tenancy: settings of the actor's own town

/**
 * [U] values of proactive disclosure: the statute leaves them open, so each town sets its own.
 * The default and where it comes from are shown next to the setting.
 */
const PROACTIVE_DEFAULTS = {
  reassessMonths: {
    value: 12,
    source:
      '《政府信息公开条例》第十八条只要求对不予公开的政府信息“定期评估审查”，未规定周期 [U]；默认每 12 个月评估一次，可按本机关制度调整',
  },
} as const;

interface ProactiveSettings {
  reassessMonths: number;
}

/** The town's settings, or the defaults where it has none. */
export async function proactiveSettings(q: Q, townId: string): Promise<ProactiveSettings> {
  const row = await q
    .selectFrom('disclosureProactiveSettings')
    .select('reassessMonths')
    .where('orgId', '=', townId)
    .executeTakeFirst();
  return { reassessMonths: row?.reassessMonths ?? PROACTIVE_DEFAULTS.reassessMonths.value };
}

/** Staff view: the value in force, the default, and where the default comes from. */
export async function getProactiveSettings(deps: Deps, ctx: RequestContext, orgId?: string) {
  const actor = authorize(ctx, 'disclosure.item.read');
  const town = await pageTown(deps.db.kysely, actor, orgId, RULE);
  const s = await proactiveSettings(deps.db.kysely, town.id);
  return {
    townId: town.id,
    reassessMonths: s.reassessMonths,
    defaults: { reassessMonths: PROACTIVE_DEFAULTS.reassessMonths },
  };
}

export async function saveProactiveSettings(
  deps: Deps,
  ctx: RequestContext,
  input: { reassessMonths: number },
  orgId?: string,
) {
  const actor = authorize(ctx, 'disclosure.proactive.configure');
  await mutation(deps, ctx, async (m) => {
    const town = await pageTown(m.trx, actor, orgId, RULE, 'write');
    assertTownStaff(actor, 'configure');
    const before = await proactiveSettings(m.trx, town.id);
    const row = {
      reassessMonths: input.reassessMonths,
      updatedBy: actor.userId,
      updatedAt: m.now.toISOString(),
    };
    await m.trx
      .insertInto('disclosureProactiveSettings')
      .values({ orgId: town.id, ...row })
      .onConflict((oc) => oc.column('orgId').doUpdateSet(row))
      .execute();
    await m.audit({
      action: 'disclosure.settings.updated',
      targetType: 'disclosure_settings',
      targetId: town.id,
      orgId: town.id,
      changes: { reassessMonths: { before: before.reassessMonths, after: input.reassessMonths } },
      basis: '《政府信息公开条例》第十八条',
    });
  });
}
