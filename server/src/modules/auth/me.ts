import { ROLES, type RoleKey } from '@fazhi/shared';
import type { Deps } from '../../core/deps.js';
import { loadUserActor, rolesAndPermissions } from './actor-loader.js';

/**
 * The signed-in person as the web app needs it: who, where, which roles and permissions. `town` is the
 * town they work in (null above the town level); `towns` lists, for those above it, the towns they may
 * choose among on pages kept per town (the guide, the annual report, village-affairs rules …).
 */
export async function describeMe(deps: Deps, userId: string) {
  const q = deps.db.kysely;
  const u = await q
    // tenancy: the session's own user
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select([
      'users.id',
      'users.username',
      'users.displayName',
      'users.isDemo',
      'users.mustChangePassword',
      'users.totpEnabledAt',
      'orgs.id as orgId',
      'orgs.name as orgName',
      'orgs.kind as orgKind',
      'orgs.code as orgCode',
      'orgs.townId',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  const { roles, permissions } = await rolesAndPermissions(q, userId);
  const actor = await loadUserActor(q, userId);
  // tenancy: the person's own town, and the towns inside their scope (county and city staff choose among these)
  const town = u.townId ? await q.selectFrom('orgs').select(['id', 'name']).where('id', '=', u.townId).executeTakeFirst() : undefined;
  const towns = u.townId || !actor
    ? []
    : await q.selectFrom('orgs').select(['id', 'name', 'code']).where('kind', '=', 'town').where('path', 'like', `${actor.scopePath}%`).orderBy('code').execute();
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    isDemo: u.isDemo === 1,
    mustChangePassword: u.mustChangePassword === 1,
    totpEnabled: !!u.totpEnabledAt,
    org: { id: u.orgId, name: u.orgName, kind: u.orgKind, code: u.orgCode },
    town: town ?? null,
    towns: towns.map(({ id, name }) => ({ id, name })),
    roles: roles.map((key: RoleKey) => ({ key, name: ROLES[key]?.name ?? key })),
    permissions: [...permissions].sort(),
  };
}
