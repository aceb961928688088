import { ROLES, type RoleKey } from '@fazhi/shared';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import type { UsersTable } from '../../core/db/schema.js';
import { newId } from '../../core/ids.js';
import { indexEntry } from '../../core/search/search-index.js';

// tenancy: usernames are unique platform-wide
export const findUserByUsername = (q: Q, username: string) =>
  q.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

interface NewUser {
  orgId: string;
  username: string;
  displayName: string;
  passwordHash: string;
  phoneEnc?: string | null;
  phoneIndex?: string | null;
  mustChangePassword: boolean;
  isDemo?: boolean;
  now: Date;
}

export async function insertUser(q: Q, u: NewUser): Promise<UsersTable> {
  const at = u.now.toISOString();
  const row: UsersTable = {
    id: newId(),
    orgId: u.orgId,
    username: u.username,
    displayName: u.displayName,
    phoneEnc: u.phoneEnc ?? null,
    phoneIndex: u.phoneIndex ?? null,
    passwordHash: u.passwordHash,
    mustChangePassword: u.mustChangePassword ? 1 : 0,
    passwordChangedAt: null,
    failedLoginCount: 0,
    lockedUntil: null,
    totpSecretEnc: null,
    totpEnabledAt: null,
    status: 'active',
    isDemo: u.isDemo ? 1 : 0,
    lastLoginAt: null,
    chosenTownId: null,
    createdAt: at,
    updatedAt: at,
  };
  await q.insertInto('users').values(row).execute();
  await indexUser(q, row, u.now);
  return row;
}

/** Keeps the account findable in global search by people allowed to list accounts. */
export async function indexUser(
  q: Q,
  user: Pick<UsersTable, 'id' | 'orgId' | 'username' | 'displayName'>,
  now: Date,
) {
  const org = await q
    .selectFrom('orgs')
    .select('name')
    .where('id', '=', user.orgId)
    .executeTakeFirst();
  await indexEntry(
    q,
    {
      orgId: user.orgId,
      entityType: 'user',
      entityId: user.id,
      title: `${user.displayName}（${user.username}）`,
      body: org?.name ?? '',
      permission: 'user.read',
      link: `/admin/users?focus=${user.id}`,
    },
    now,
  );
}

export async function setRoles(
  q: Q,
  userId: string,
  roles: RoleKey[],
  grantedBy: string | null,
  now: Date,
): Promise<void> {
  await q.deleteFrom('userRoles').where('userId', '=', userId).execute();
  if (roles.length) {
    await q
      .insertInto('userRoles')
      .values(
        roles.map((roleKey) => ({ userId, roleKey, grantedBy, grantedAt: now.toISOString() })),
      )
      .execute();
  }
}

export const rolesOf = async (q: Q, userId: string): Promise<RoleKey[]> =>
  (
    await q
      .selectFrom('userRoles')
      .select('roleKey')
      .where('userId', '=', userId)
      .orderBy('roleKey')
      .execute()
  ).map((r) => r.roleKey as RoleKey);

export interface UserFilter {
  q?: string | undefined;
  orgPath?: string | undefined;
  role?: string | undefined;
  status?: 'active' | 'disabled' | 'locked' | undefined;
  nowIso: string;
}

/** Users in the actor's subtree matching the filter, with their org name. */
export function userQuery(q: Q, actor: Actor, f: UserFilter) {
  let query = scoped(q, actor).selectFrom('users').innerJoin('orgs', 'orgs.id', 'users.orgId');
  if (f.q)
    query = query.where((eb) =>
      eb.or([
        eb('users.username', 'like', `%${f.q}%`),
        eb('users.displayName', 'like', `%${f.q}%`),
      ]),
    );
  if (f.orgPath) query = query.where('orgs.path', 'like', `${f.orgPath}%`);
  if (f.role)
    query = query.where(
      'users.id',
      'in',
      q.selectFrom('userRoles').select('userId').where('roleKey', '=', f.role),
    );
  if (f.status === 'locked') query = query.where('users.lockedUntil', '>', f.nowIso);
  else if (f.status) query = query.where('users.status', '=', f.status);
  return query;
}

export const USER_COLUMNS = [
  'users.id',
  'users.username',
  'users.displayName',
  'users.orgId',
  'orgs.name as orgName',
  'users.phoneEnc',
  'users.status',
  'users.lockedUntil',
  'users.mustChangePassword',
  'users.totpEnabledAt',
  'users.lastLoginAt',
  'users.isDemo',
] as const;

/** Role keys and names for a batch of users, in one query. */
export async function rolesByUser(
  q: Q,
  userIds: string[],
): Promise<Map<string, { key: string; name: string }[]>> {
  const out = new Map<string, { key: string; name: string }[]>();
  if (!userIds.length) return out;
  const rows = await q
    .selectFrom('userRoles')
    .select(['userId', 'roleKey'])
    .where('userId', 'in', userIds)
    .orderBy('roleKey')
    .execute();
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    list.push({ key: r.roleKey, name: ROLES[r.roleKey as RoleKey]?.name ?? r.roleKey });
    out.set(r.userId, list);
  }
  return out;
}
