import { ROLES, type RoleKey } from '@fazhi/shared';
import type { Deps } from '../../core/deps.js';
import { loadUserActor } from './actor-loader.js';
import { defaultTown, townsInScope } from './town-choice.js';

/**
 * The signed-in person as the web app needs it: who, where, which roles and permissions. `town` is the
 * town they work in (null above the town level); `towns` lists, for those above it, the towns they may
 * choose among on pages kept per town (the guide, the annual report, village-affairs rules …), and
 * `chosenTown` the one those pages open on (`town-choice.ts`).
 */
export async function describeMe(deps: Deps, userId: string) {
  const q = deps.db.kysely;
  const u = await q
    // tenancy: the session's own user
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .leftJoin('orgs as town', 'town.id', 'orgs.townId')
    .select([
      'users.id',
      'users.username',
      'users.displayName',
      'users.isDemo',
      'users.mustChangePassword',
      'users.totpEnabledAt',
      'users.chosenTownId',
      'orgs.id as orgId',
      'orgs.name as orgName',
      'orgs.kind as orgKind',
      'orgs.code as orgCode',
      'town.id as townId',
      'town.name as townName',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  const actor = await loadUserActor(q, userId);
  // tenancy: the towns inside the person's own scope, for those above the town level to choose among
  const above = !u.townId && actor ? actor : null;
  const [towns, chosenTown] = above
    ? await Promise.all([
        townsInScope(q, above).orderBy('orgs.code').execute(),
        defaultTown(q, above, u.chosenTownId),
      ])
    : [[], null];
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    isDemo: u.isDemo === 1,
    mustChangePassword: u.mustChangePassword === 1,
    totpEnabled: !!u.totpEnabledAt,
    org: { id: u.orgId, name: u.orgName, kind: u.orgKind, code: u.orgCode },
    town: u.townId && u.townName ? { id: u.townId, name: u.townName } : null,
    towns,
    chosenTown,
    roles: (actor?.roles ?? []).map((key: RoleKey) => ({ key, name: ROLES[key]?.name ?? key })),
    permissions: [...(actor?.permissions ?? [])].sort(),
  };
}
