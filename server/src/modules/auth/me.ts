import { ROLES, type RoleKey } from '@fazhi/shared';
import type { Deps } from '../../core/deps.js';
import { rolesAndPermissions } from './actor-loader.js';

/** The signed-in person as the web app needs it: who, where, which roles and permissions. */
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
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  const { roles, permissions } = await rolesAndPermissions(q, userId);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    isDemo: u.isDemo === 1,
    mustChangePassword: u.mustChangePassword === 1,
    totpEnabled: !!u.totpEnabledAt,
    org: { id: u.orgId, name: u.orgName, kind: u.orgKind, code: u.orgCode },
    roles: roles.map((key: RoleKey) => ({ key, name: ROLES[key]?.name ?? key })),
    permissions: [...permissions].sort(),
  };
}
