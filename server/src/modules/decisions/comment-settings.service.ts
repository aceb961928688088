import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { pageTown } from '../orgs/orgs.public.js';
import { DECISION_ART as ART } from './decisions.vocabulary.js';

const RULE = '公众意见短信验证按乡镇设置';

/** Whether the town asks portal commenters to verify their phone by SMS code (off until it says so). */
export async function commentSmsRequired(q: Q, townId: string): Promise<boolean> {
  // tenancy: keyed by the town whose setting is asked for
  const row = await q
    .selectFrom('decisionSettings')
    .select('commentSmsRequired')
    .where('orgId', '=', townId)
    .executeTakeFirst();
  return row?.commentSmsRequired === 1;
}

async function settingsView(q: Q, town: { id: string; name: string }) {
  // tenancy: the town resolved by pageTown / the actor's own town
  const row = await q
    .selectFrom('decisionSettings')
    .selectAll()
    .where('orgId', '=', town.id)
    .executeTakeFirst();
  return {
    town: { id: town.id, name: town.name },
    commentSmsRequired: row?.commentSmsRequired === 1,
    basis: ART.participation,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** The town's 重大行政决策 settings; staff above the town choose the town with `orgId`. */
export async function getDecisionSettings(
  deps: Deps,
  ctx: RequestContext,
  orgId: string | undefined,
) {
  const actor = authorize(ctx, 'decisions.read');
  const town = await pageTown(deps.db.kysely, actor, orgId, RULE);
  return settingsView(deps.db.kysely, town);
}

/** The town's own staff switch SMS verification of portal commenters on or off. */
export async function saveDecisionSettings(
  deps: Deps,
  ctx: RequestContext,
  input: { commentSmsRequired: boolean },
) {
  const actor = authorize(ctx, 'decisions.handle');
  assertTownStaff(actor, 'decisions.settings.update');
  const town = await pageTown(deps.db.kysely, actor, undefined, RULE, 'write');
  const before = await commentSmsRequired(deps.db.kysely, town.id);
  await mutation(deps, ctx, async (m) => {
    const values = {
      commentSmsRequired: input.commentSmsRequired ? 1 : 0,
      updatedBy: actor.userId,
      updatedAt: m.now.toISOString(),
    } as const;
    await m.trx
      .insertInto('decisionSettings')
      .values({ orgId: town.id, ...values })
      .onConflict((oc) => oc.column('orgId').doUpdateSet(values))
      .execute();
    await m.audit({
      action: 'decisions.settings.updated',
      targetType: 'decision_settings',
      targetId: town.id,
      orgId: town.id,
      changes: { commentSmsRequired: { before, after: input.commentSmsRequired } },
    });
  });
  return settingsView(deps.db.kysely, town);
}
