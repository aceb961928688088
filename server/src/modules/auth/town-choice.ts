import type { Actor, RequestContext } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { badRequest, notFound } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { loadUserActor } from './actor-loader.js';

interface TownRow {
  id: string;
  name: string;
}

/** Towns (乡镇、街道) inside the actor's scope, by division code. */
export function townsInScope(q: Q, actor: Actor) {
  return q
    .selectFrom('orgs')
    .select(['orgs.id', 'orgs.name'])
    .where('orgs.kind', '=', 'town')
    .where('orgs.path', 'like', `${actor.scopePath}%`);
}

/**
 * The town per-town pages open on for a person above the town level: the one they last chose while it
 * is still in their scope, else the town with the most recent activity (its audit chain's latest
 * event), else the first by division code.
 */
export async function defaultTown(
  q: Q,
  actor: Actor,
  chosenTownId: string | null,
): Promise<TownRow | null> {
  if (chosenTownId) {
    const chosen = await townsInScope(q, actor)
      .where('orgs.id', '=', chosenTownId)
      .executeTakeFirst();
    if (chosen) return chosen;
  }
  // Each town's events form their own chain; its head moves with every recorded change.
  const active = await townsInScope(q, actor)
    .innerJoin('auditChainHeads as h', 'h.chainId', 'orgs.id')
    .orderBy('h.updatedAt', 'desc')
    .orderBy('orgs.code')
    .executeTakeFirst();
  return active ?? (await townsInScope(q, actor).orderBy('orgs.code').executeTakeFirst()) ?? null;
}

/** Remembers the town a person above the town level chose in the header (audited). */
export async function chooseTown(deps: Deps, ctx: RequestContext, userId: string, townId: string) {
  const q = deps.db.kysely;
  const actor = await loadUserActor(q, userId);
  if (!actor) throw notFound('用户不存在');
  const town = await townsInScope(q, actor).where('orgs.id', '=', townId).executeTakeFirst();
  if (!town) throw notFound('乡镇不存在或不在您的管辖范围内');
  if (actor.townId)
    throw badRequest('乡镇工作人员的页面固定为本乡镇，无须选择', null, 'TOWN_FIXED');
  // tenancy: the caller's own user row
  const before = await q
    .selectFrom('users')
    .select('chosenTownId')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (before.chosenTownId === town.id) return town;
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ chosenTownId: town.id })
      .where('id', '=', userId)
      .execute();
    await m.audit({
      action: 'auth.user.town_chosen',
      targetType: 'user',
      targetId: userId,
      changes: { chosenTownId: { before: before.chosenTownId, after: town.id } },
      meta: { town: town.name },
    });
  });
  return town;
}
