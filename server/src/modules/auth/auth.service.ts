import { ADMIN_ROLE_KEYS, type RoleKey } from '@fazhi/shared';
import type { RequestContext } from '../../core/authz/actor.js';
import type { SessionStage, UsersTable } from '../../core/db/schema.js';
import type { Deps } from '../../core/deps.js';
import { AppError, badRequest, tooManyRequests, unauthorized } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { addMinutes } from '../../core/time.js';
import { rolesAndPermissions } from './actor-loader.js';
import { assertPasswordAcceptable, burnVerification, hashPassword, verifyPassword } from './passwords.js';
import { createSession, revokeSessions } from './session.repository.js';
import { totpValid } from './totp.js';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
}

type UserRow = Pick<UsersTable, 'id' | 'mustChangePassword' | 'totpEnabledAt'>;

/** Which step of signing in comes next: the second factor, then the initial-password change, then enrolment. */
export function nextStage(user: UserRow, roles: RoleKey[], done: { mfa: boolean }): SessionStage {
  const isAdmin = roles.some((r) => ADMIN_ROLE_KEYS.includes(r));
  if (isAdmin && user.totpEnabledAt && !done.mfa) return 'mfa_verify';
  if (user.mustChangePassword) return 'password_change';
  if (isAdmin && !user.totpEnabledAt) return 'mfa_enroll';
  return 'active';
}

const WINDOW_MINUTES = 15;

/**
 * Password sign-in with the 等保 controls: throttling per IP, lock after N failures, login history,
 * and a session whose stage says what the person must still do (second factor, new password).
 */
export async function login(deps: Deps, ctx: RequestContext, input: LoginInput) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  const windowStart = addMinutes(now, -WINDOW_MINUTES).toISOString();

  if (ctx.ip) {
    const recent = await q
      .selectFrom('loginAttempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ip', '=', ctx.ip)
      .where('success', '=', 0)
      .where('at', '>', windowStart)
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= deps.config.loginIpLimit) {
      throw tooManyRequests(`该地址登录失败次数过多，请 ${WINDOW_MINUTES} 分钟后再试`);
    }
  }

  // tenancy: sign-in, before there is an actor
  const user = await q.selectFrom('users').selectAll().where('username', '=', input.username).executeTakeFirst();
  if (!user) {
    await burnVerification(input.password);
    await recordAttempt(deps, ctx, input.username, null, false, 'unknown_user');
    throw unauthorized('用户名或密码错误', 'INVALID_CREDENTIALS');
  }
  if (user.status !== 'active') {
    await recordAttempt(deps, ctx, input.username, user.id, false, 'disabled');
    throw unauthorized('用户名或密码错误', 'INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) {
    await recordAttempt(deps, ctx, input.username, user.id, false, 'locked');
    throw lockedError(user.lockedUntil);
  }

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    return failLogin(deps, ctx, user);
  }

  const { roles } = await rolesAndPermissions(q, user.id);
  let mfaDone = false;
  if (input.totp !== undefined && user.totpEnabledAt && user.totpSecretEnc) {
    mfaDone = totpValid(deps.secrets.decrypt(user.totpSecretEnc), input.totp, now);
    if (!mfaDone) return failLogin(deps, ctx, user, 'bad_totp');
  }
  const stage = nextStage(user, roles, { mfa: mfaDone });

  const session = await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await insertAttempt(m.trx, ctx, input.username, user.id, true, stage === 'active' ? 'ok' : stage, now);
    await m.audit({
      action: 'auth.session.created',
      targetType: 'user',
      targetId: user.id,
      orgId: user.orgId,
      actorOverride: { userId: user.id, name: user.username },
      meta: { stage },
    });
    return createSession(m.trx, { userId: user.id, stage, ip: ctx.ip, userAgent: ctx.userAgent, now, maxHours: deps.config.sessionMaxHours });
  });
  return { ...session, stage, userId: user.id };
}

async function failLogin(deps: Deps, ctx: RequestContext, user: UsersTable, reason = 'bad_password'): Promise<never> {
  const now = deps.time.now();
  const failures = user.failedLoginCount + 1;
  const lock = failures >= deps.config.loginMaxFailures;
  const lockedUntil = lock ? addMinutes(now, deps.config.loginLockMinutes).toISOString() : null;
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ failedLoginCount: lock ? 0 : failures, lockedUntil })
      .where('id', '=', user.id)
      .execute();
    await insertAttempt(m.trx, ctx, user.username, user.id, false, reason, now);
    await m.audit({
      action: lock ? 'auth.account.locked' : 'auth.login.failed',
      targetType: 'user',
      targetId: user.id,
      orgId: user.orgId,
      actorOverride: { userId: user.id, name: user.username },
      meta: { reason, failures, ...(lockedUntil ? { lockedUntil } : {}) },
    });
  });
  if (lockedUntil) throw lockedError(lockedUntil);
  const remaining = deps.config.loginMaxFailures - failures;
  throw unauthorized(
    reason === 'bad_totp' ? `动态口令错误，再失败 ${remaining} 次账号将被锁定` : `用户名或密码错误，再失败 ${remaining} 次账号将被锁定`,
    'INVALID_CREDENTIALS',
    { remainingAttempts: remaining },
  );
}

function lockedError(until: string) {
  const local = new Date(until).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return new AppError(423, 'ACCOUNT_LOCKED', `账号因多次登录失败已被锁定，请于 ${local} 后重试或联系安全管理员解锁`, { lockedUntil: until });
}

async function recordAttempt(deps: Deps, ctx: RequestContext, username: string, userId: string | null, success: boolean, reason: string) {
  await insertAttempt(deps.db.kysely, ctx, username, userId, success, reason, deps.time.now());
}

function insertAttempt(q: Deps['db']['kysely'], ctx: RequestContext, username: string, userId: string | null, success: boolean, reason: string, now: Date) {
  return q
    .insertInto('loginAttempts')
    .values({
      id: newId(),
      username: username.slice(0, 100),
      userId,
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 400) ?? null,
      success: success ? 1 : 0,
      reason,
      at: now.toISOString(),
    })
    .execute();
}

/** Advances a half-finished session after the person completed a step. */
export async function advanceSession(deps: Deps, sessionId: string, userId: string, done: { mfa: boolean }) {
  const q = deps.db.kysely;
  // tenancy: the session's own user
  const user = await q.selectFrom('users').select(['id', 'mustChangePassword', 'totpEnabledAt']).where('id', '=', userId).executeTakeFirstOrThrow();
  const { roles } = await rolesAndPermissions(q, userId);
  const stage = nextStage(user, roles, done);
  await q.updateTable('sessions').set({ stage }).where('id', '=', sessionId).execute();
  return stage;
}

export async function logout(deps: Deps, ctx: RequestContext, session: { id: string; userId: string }, everywhere: boolean) {
  // tenancy: the session's own user
  const user = await deps.db.kysely.selectFrom('users').select(['username', 'orgId']).where('id', '=', session.userId).executeTakeFirstOrThrow();
  return mutation(deps, ctx, async (m) => {
    const n = await revokeSessions(m.trx, everywhere ? { userId: session.userId } : { id: session.id }, everywhere ? 'logout_all' : 'logout', m.now);
    await m.audit({
      action: everywhere ? 'auth.session.revoked_all' : 'auth.session.revoked',
      targetType: 'user',
      targetId: session.userId,
      orgId: user.orgId,
      actorOverride: { userId: session.userId, name: user.username },
      meta: { sessions: n },
    });
    return n;
  });
}

/** Changing one's own password (also the forced change of an initial password). */
export async function changePassword(deps: Deps, ctx: RequestContext, session: { id: string; userId: string }, current: string, next: string) {
  // tenancy: the session's own user
  const user = await deps.db.kysely.selectFrom('users').selectAll().where('id', '=', session.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, current))) throw badRequest('当前密码不正确', null, 'WRONG_PASSWORD');
  if (current === next) throw badRequest('新密码不能与当前密码相同', null, 'WEAK_PASSWORD');
  assertPasswordAcceptable(next, user.username);
  const hash = await hashPassword(next);
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ passwordHash: hash, mustChangePassword: 0, passwordChangedAt: m.now.toISOString(), updatedAt: m.now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    // Other sessions of this person end: whoever knew the old password is out.
    await m.trx
      .updateTable('sessions')
      .set({ revokedAt: m.now.toISOString(), revokedReason: 'password_changed' })
      .where('userId', '=', user.id)
      .where('id', '!=', session.id)
      .where('revokedAt', 'is', null)
      .execute();
    await m.audit({
      action: 'auth.password.changed',
      targetType: 'user',
      targetId: user.id,
      orgId: user.orgId,
      actorOverride: { userId: user.id, name: user.username },
    });
  });
  return advanceSession(deps, session.id, user.id, { mfa: true });
}

