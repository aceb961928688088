import type { RoleKey } from '@fazhi/shared';
import type { Q } from '../../core/db/database.js';
import type { UsersTable } from '../../core/db/schema.js';
import { newId } from '../../core/ids.js';

export const findUserByUsername = (q: Q, username: string) => q.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

export interface NewUser {
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
    createdAt: at,
    updatedAt: at,
  };
  await q.insertInto('users').values(row).execute();
  return row;
}

export async function setRoles(q: Q, userId: string, roles: RoleKey[], grantedBy: string | null, now: Date): Promise<void> {
  await q.deleteFrom('userRoles').where('userId', '=', userId).execute();
  if (roles.length) {
    await q
      .insertInto('userRoles')
      .values(roles.map((roleKey) => ({ userId, roleKey, grantedBy, grantedAt: now.toISOString() })))
      .execute();
  }
}

export const rolesOf = async (q: Q, userId: string): Promise<RoleKey[]> =>
  (await q.selectFrom('userRoles').select('roleKey').where('userId', '=', userId).orderBy('roleKey').execute()).map((r) => r.roleKey as RoleKey);
