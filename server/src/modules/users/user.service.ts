import { ROLE_KEYS, ROLES, type RoleKey } from '@fazhi/shared';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors.js';
import { inPages } from '../../core/documents/row-pages.js';
import { mutation } from '../../core/mutation.js';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords.js';
import { revokeSessions } from '../auth/session.repository.js';
import { roleSetProblems, userAbilitiesFor } from './user.policy.js';
import { presentUser } from './user.present.js';
import {
  findUserByUsername,
  indexUser,
  insertUser,
  rolesByUser,
  rolesOf,
  setRoles,
  USER_COLUMNS,
  userQuery,
  type UserFilter,
} from './user.repository.js';

export const normalisePhone = (p: string) => p.replace(/\s+/g, '');

/** A page of accounts in the actor's subtree. */
export async function listUsers(
  deps: Deps,
  ctx: RequestContext,
  f: Omit<UserFilter, 'nowIso' | 'orgPath'> & {
    orgId?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const actor = authorize(ctx, 'user.read');
  const q = deps.db.kysely;
  const nowIso = deps.time.now().toISOString();
  const orgPath = f.orgId ? (await scoped(q, actor).assertOrgVisible(f.orgId)).path : undefined;
  const base = userQuery(q, actor, { ...f, orgPath, nowIso });
  const [{ n }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([...USER_COLUMNS])
      .orderBy('orgs.path')
      .orderBy('users.username')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  const roles = await rolesByUser(
    q,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentUser(deps.secrets, r, roles.get(r.id) ?? [], nowIso)),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

/**
 * Every row of the filtered list, a page at a time, for the XLSX export. Authorisation and the org
 * filter are checked before the caller starts streaming a 200 response.
 */
export async function streamUsers(
  deps: Deps,
  ctx: RequestContext,
  f: Omit<UserFilter, 'nowIso' | 'orgPath'> & { orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'user.read');
  const q = deps.db.kysely;
  const nowIso = deps.time.now().toISOString();
  const orgPath = f.orgId ? (await scoped(q, actor).assertOrgVisible(f.orgId)).path : undefined;
  return inPages(async (offset, limit) => {
    const rows = await userQuery(q, actor, { ...f, orgPath, nowIso })
      .select([...USER_COLUMNS])
      .orderBy('orgs.path')
      .orderBy('users.username')
      .limit(limit)
      .offset(offset)
      .execute();
    const roles = await rolesByUser(
      q,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentUser(deps.secrets, r, roles.get(r.id) ?? [], nowIso));
  }, 500);
}

async function loadVisible(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'user.read');
  const row = await scoped(deps.db.kysely, actor)
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select([...USER_COLUMNS, 'users.totpSecretEnc', 'users.phoneIndex'])
    .where('users.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('账号不存在或不在您的管辖范围内');
  return { actor, row };
}

export async function getUser(deps: Deps, ctx: RequestContext, id: string) {
  const { actor, row } = await loadVisible(deps, ctx, id);
  const nowIso = deps.time.now().toISOString();
  const roles = (await rolesByUser(deps.db.kysely, [id])).get(id) ?? [];
  const view = presentUser(deps.secrets, row, roles, nowIso);
  return { ...view, abilities: userAbilitiesFor(actor, view) };
}

interface CreateUserInput {
  username: string;
  displayName: string;
  orgId: string;
  phone?: string | undefined;
  password: string;
}

/** Creates an account with an initial password the person must change at first sign-in. */
export async function createUser(deps: Deps, ctx: RequestContext, input: CreateUserInput) {
  const actor = authorize(ctx, 'user.manage');
  assertPasswordAcceptable(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return mutation(deps, ctx, async (m) => {
    await scoped(m.trx, actor).assertOrgVisible(input.orgId);
    if (await findUserByUsername(m.trx, input.username))
      throw conflict(`用户名“${input.username}”已被使用`, 'DUPLICATE_USERNAME');
    const phone = input.phone ? normalisePhone(input.phone) : null;
    const user = await insertUser(m.trx, {
      orgId: input.orgId,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      phoneEnc: phone ? deps.secrets.encrypt(phone) : null,
      phoneIndex: phone ? deps.secrets.blindIndex(phone) : null,
      mustChangePassword: true,
      now: m.now,
    });
    await m.audit({
      action: 'user.user.created',
      targetType: 'user',
      targetId: user.id,
      orgId: user.orgId,
      changes: {
        username: { before: null, after: user.username },
        displayName: { before: null, after: user.displayName },
        phone: { before: null, after: phone ? '（已设置）' : null },
      },
    });
    return user;
  });
}

export async function updateUser(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  patch: {
    displayName?: string | undefined;
    orgId?: string | undefined;
    phone?: string | null | undefined;
    status?: 'active' | 'disabled' | undefined;
  },
) {
  authorize(ctx, 'user.manage');
  const { actor, row } = await loadVisible(deps, ctx, id);
  if (patch.status === 'disabled' && actor.userId === id)
    throw badRequest('不能停用自己的账号', null, 'SELF_ACTION');
  return mutation(deps, ctx, async (m) => {
    if (patch.orgId && patch.orgId !== row.orgId)
      await scoped(m.trx, actor).assertOrgVisible(patch.orgId);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    const set: Record<string, unknown> = {};
    if (patch.displayName !== undefined && patch.displayName !== row.displayName) {
      changes.displayName = { before: row.displayName, after: patch.displayName };
      set.displayName = patch.displayName;
    }
    if (patch.orgId !== undefined && patch.orgId !== row.orgId) {
      changes.orgId = { before: row.orgId, after: patch.orgId };
      set.orgId = patch.orgId;
    }
    if (patch.status !== undefined && patch.status !== row.status) {
      changes.status = { before: row.status, after: patch.status };
      set.status = patch.status;
    }
    if (patch.phone !== undefined) {
      const phone = patch.phone ? normalisePhone(patch.phone) : null;
      // The trail records that the number changed, never the number itself.
      changes.phone = {
        before: row.phoneEnc ? '（原号码）' : null,
        after: phone ? '（新号码）' : null,
      };
      set.phoneEnc = phone ? deps.secrets.encrypt(phone) : null;
      set.phoneIndex = phone ? deps.secrets.blindIndex(phone) : null;
    }
    if (!Object.keys(set).length) return;
    await m.trx
      .updateTable('users')
      .set({ ...set, updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    // A new org is a new scope, and a disabled account may do nothing: either takes effect at once.
    if (set.status === 'disabled') await revokeSessions(m.trx, { userId: id }, 'disabled', m.now);
    else if (set.orgId) await revokeSessions(m.trx, { userId: id }, 'org_changed', m.now);
    if (set.displayName || set.orgId)
      await indexUser(
        m.trx,
        {
          id,
          username: row.username,
          displayName: (set.displayName as string) ?? row.displayName,
          orgId: (set.orgId as string) ?? row.orgId,
        },
        m.now,
      );
    await m.audit({
      action: 'user.user.updated',
      targetType: 'user',
      targetId: id,
      orgId: (set.orgId as string) ?? row.orgId,
      changes,
    });
  });
}

export async function resetPassword(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  newPassword: string,
) {
  authorize(ctx, 'user.manage');
  const { actor, row } = await loadVisible(deps, ctx, id);
  if (actor.userId === id) throw badRequest('请在个人中心修改自己的密码', null, 'SELF_ACTION');
  assertPasswordAcceptable(newPassword, row.username);
  const hash = await hashPassword(newPassword);
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ passwordHash: hash, mustChangePassword: 1, updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await revokeSessions(m.trx, { userId: id }, 'password_reset', m.now);
    await m.audit({
      action: 'user.password.reset',
      targetType: 'user',
      targetId: id,
      orgId: row.orgId,
    });
  });
}

export async function unlockUser(deps: Deps, ctx: RequestContext, id: string) {
  authorize(ctx, 'user.unlock');
  const { row } = await loadVisible(deps, ctx, id);
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ lockedUntil: null, failedLoginCount: 0, updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await m.audit({
      action: 'user.user.unlocked',
      targetType: 'user',
      targetId: id,
      orgId: row.orgId,
      changes: { lockedUntil: { before: row.lockedUntil, after: null } },
    });
  });
}

/** Replaces a person's roles. 三员分立: never one's own, never two administrator roles together. */
export async function assignRoles(deps: Deps, ctx: RequestContext, id: string, roles: string[]) {
  authorize(ctx, 'role.assign');
  const { actor, row } = await loadVisible(deps, ctx, id);
  if (actor.userId === id) throw forbidden('三员分立：不能为自己分配或收回角色', 'SELF_ACTION');
  const unknown = roles.filter((r) => !ROLE_KEYS.includes(r as RoleKey));
  if (unknown.length)
    throw badRequest(`未知角色：${unknown.join('、')}`, { unknown }, 'UNKNOWN_ROLE');
  const next = [...new Set(roles as RoleKey[])].sort();
  await mutation(deps, ctx, async (m) => {
    const before = await rolesOf(m.trx, id);
    const problems = roleSetProblems(next, before);
    if (problems.length) throw badRequest(problems.join('；'), { problems }, 'ROLE_CONFLICT');
    await setRoles(m.trx, id, next, actor.userId, m.now);
    // New roles take effect at the next sign-in; end current sessions so nobody keeps stale powers.
    await revokeSessions(m.trx, { userId: id }, 'roles_changed', m.now);
    await m.audit({
      action: 'user.roles.assigned',
      targetType: 'user',
      targetId: id,
      orgId: row.orgId,
      changes: {
        roles: {
          before: before.map((r) => ROLES[r]?.name ?? r),
          after: next.map((r) => ROLES[r].name),
        },
      },
    });
  });
}

/** The full phone number, for roles that need it; every read is an audit event. */
export async function readPii(deps: Deps, ctx: RequestContext, id: string) {
  authorize(ctx, 'user.pii.read');
  const { row } = await loadVisible(deps, ctx, id);
  return mutation(deps, ctx, async (m) => {
    await m.audit({
      action: 'user.pii.read',
      targetType: 'user',
      targetId: id,
      orgId: row.orgId,
      meta: { fields: ['phone'] },
    });
    return { phone: row.phoneEnc ? deps.secrets.decrypt(row.phoneEnc) : null };
  });
}

export async function revokeUserSessions(deps: Deps, ctx: RequestContext, id: string) {
  authorize(ctx, 'session.manage');
  const { row } = await loadVisible(deps, ctx, id);
  return mutation(deps, ctx, async (m) => {
    const n = await revokeSessions(m.trx, { userId: id }, 'revoked_by_admin', m.now);
    await m.audit({
      action: 'auth.session.revoked_by_admin',
      targetType: 'user',
      targetId: id,
      orgId: row.orgId,
      meta: { sessions: n },
    });
    return n;
  });
}

/** Clears a lost second factor; the person enrols again at the next sign-in. */
export async function resetTotp(deps: Deps, ctx: RequestContext, id: string) {
  authorize(ctx, 'user.unlock');
  const { actor, row } = await loadVisible(deps, ctx, id);
  if (actor.userId === id) throw forbidden('不能重置自己的动态口令', 'SELF_ACTION');
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ totpSecretEnc: null, totpEnabledAt: null, updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await revokeSessions(m.trx, { userId: id }, 'totp_reset', m.now);
    await m.audit({
      action: 'auth.totp.reset',
      targetType: 'user',
      targetId: id,
      orgId: row.orgId,
    });
  });
}
