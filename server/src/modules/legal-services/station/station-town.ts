import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Permission } from '@fazhi/shared';
import type { Deps } from '../../../core/deps.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import { pageTown, type TownRef } from '../../orgs/orgs.public.js';

/** The station is kept per town: county staff name the town (`orgId`), town staff get their own. */
export async function stationTown(
  deps: Deps,
  ctx: RequestContext,
  permission: Permission,
  orgId?: string,
): Promise<{ actor: Actor; town: TownRef }> {
  const actor = authorize(ctx, permission);
  const town = await pageTown(deps.db.kysely, actor, orgId, '公共法律服务站按乡镇设置');
  return { actor, town };
}

/** A station write: only the town's own staff act (staff above the town supervise, 403 SUPERVISION_ONLY). */
export function stationActor(ctx: RequestContext, permission: Permission, action: string) {
  const actor = authorize(ctx, permission);
  assertTownStaff(actor, action);
  return { actor, townId: actor.townId! };
}

/** Staff above the town read a visitor's name masked (个人信息保护): 张** . */
export const maskName = (name: string) =>
  `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;

/** The display name of whoever acts, for the service log. */
export async function displayNameOf(deps: Deps, actor: Actor): Promise<string> {
  if (!actor.userId) return actor.name;
  const u = await deps.db.kysely
    .selectFrom('users')
    // tenancy: the caller's own account
    .select('displayName')
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  return u?.displayName ?? actor.name;
}
