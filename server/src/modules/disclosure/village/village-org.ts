import type { Actor } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { notFound } from '../../../core/errors.js';

/** Village-level orgs: 村 and 社区 (居务公开 follows the same rules under 城市居民委员会组织法). */
export const VILLAGE_KINDS = ['village', 'community'] as const;

/** A village (or community) the actor can see; 404 otherwise, whatever the reason. */
export async function villageOf(q: Q, actor: Actor, villageId: string) {
  await scoped(q, actor).assertOrgVisible(villageId);
  const org = await q
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'townId', 'path'])
    .where('id', '=', villageId)
    .executeTakeFirst();
  if (!org || !VILLAGE_KINDS.includes(org.kind as (typeof VILLAGE_KINDS)[number]) || !org.townId)
    throw notFound('该村（社区）不存在或不在您的管辖范围内');
  return { id: org.id, name: org.name, townId: org.townId, path: org.path };
}

/** The villages of a town, in their official order. */
export const villagesOfTown = (q: Q, townId: string) =>
  q
    .selectFrom('orgs')
    .select(['id', 'name', 'code', 'kind', 'path'])
    .where('townId', '=', townId)
    .where('kind', 'in', [...VILLAGE_KINDS])
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
