import { TOKEN_EXCLUDED_PERMISSIONS, type RoleKey } from '@fazhi/shared';
import type { Actor } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';

/** The org whose subtree a member sees: an office (unit) works for its whole town or county. */
async function scopeOf(
  q: Q,
  org: { kind: string; path: string; parentId: string | null },
): Promise<string> {
  if (org.kind !== 'unit' || !org.parentId) return org.path;
  const parent = await q
    .selectFrom('orgs')
    .select('path')
    .where('id', '=', org.parentId)
    .executeTakeFirst();
  return parent?.path ?? org.path;
}

export async function rolesAndPermissions(
  q: Q,
  userId: string,
): Promise<{ roles: RoleKey[]; permissions: Set<string> }> {
  const rows = await q
    .selectFrom('userRoles')
    .leftJoin('rolePermissions', 'rolePermissions.roleKey', 'userRoles.roleKey')
    .select(['userRoles.roleKey', 'rolePermissions.permission'])
    .where('userRoles.userId', '=', userId)
    .execute();
  const roles = [...new Set(rows.map((r) => r.roleKey as RoleKey))];
  const permissions = new Set(rows.flatMap((r) => (r.permission ? [r.permission] : [])));
  return { roles, permissions };
}

/** Builds the actor for an active user, or null if the user is gone or disabled. */
export async function loadUserActor(q: Q, userId: string): Promise<Actor | null> {
  const user = await q
    // tenancy: builds the actor itself: the session's own user
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select([
      'users.id',
      'users.username',
      'users.displayName',
      'users.status',
      'users.orgId',
      'orgs.kind',
      'orgs.path',
      'orgs.parentId',
      'orgs.townId',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return null;
  const { roles, permissions } = await rolesAndPermissions(q, userId);
  return {
    kind: 'user',
    userId: user.id,
    tokenId: null,
    name: user.username,
    displayName: user.displayName,
    orgId: user.orgId,
    orgKind: user.kind,
    townId: user.townId,
    scopePath: await scopeOf(q, user),
    roles,
    permissions,
  };
}

/**
 * A token acts for its creator (who therefore counts as "self" in every self-check), within its org,
 * with the permissions it was given that its creator still holds, never the account-management ones.
 */
export async function loadTokenActor(
  q: Q,
  token: { id: string; name: string; orgId: string; permissions: string; createdBy: string },
): Promise<Actor | null> {
  const creator = await loadUserActor(q, token.createdBy);
  const org = await q
    .selectFrom('orgs')
    .select(['kind', 'path', 'parentId', 'townId'])
    .where('id', '=', token.orgId)
    .executeTakeFirst();
  if (!creator || !org) return null;
  const excluded = new Set<string>(TOKEN_EXCLUDED_PERMISSIONS);
  const granted = (JSON.parse(token.permissions) as string[]).filter(
    (p) => creator.permissions.has(p) && !excluded.has(p),
  );
  return {
    kind: 'token',
    userId: creator.userId,
    tokenId: token.id,
    name: `token:${token.name}`,
    displayName: token.name,
    orgId: token.orgId,
    orgKind: org.kind,
    townId: org.townId,
    scopePath: await scopeOf(q, org),
    roles: [],
    permissions: new Set(granted),
  };
}
