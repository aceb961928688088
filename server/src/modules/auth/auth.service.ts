import type { RequestContext } from '../../core/authz/actor.js';
import { countHit, firstThisMinute, giveBackHit } from '../../core/db/atomic-counter.js';
import type { SessionStage, UsersTable } from '../../core/db/schema.js';
import type { Deps } from '../../core/deps.js';
import { maskPhone } from '../../core/crypto/mask.js';
import { badRequest, tooManyRequests, unauthorized } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { addMinutes } from '../../core/time.js';
import { claimAttempt, clearFailures, lockIfExhausted, returnAttempt } from './account-lock.js';
import { mfaRequiredFor } from '../roles/role-mfa.js';
import { rolesAndPermissions } from './actor-loader.js';
import {
  assertPasswordAcceptable,
  burnVerification,
  hashPassword,
  verifyPassword,
} from './passwords.js';
import { createSession, revokeSessions } from './session.repository.js';
import { totpValid } from './totp.js';

interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
}

type UserRow = Pick<UsersTable, 'id' | 'mustChangePassword' | 'totpEnabledAt'>;

/**
 * Which step of signing in comes next: the second factor, then the initial-password change, then
 * enrolment. A second factor is asked of everyone who enrolled one, and enrolment of everyone whose
 * role requires it (the 三员 always; other roles by the setting in modules/roles/role-mfa.ts).
 */
function nextStage(user: UserRow, mfaRequired: boolean, done: { mfa: boolean }): SessionStage {
  if (user.totpEnabledAt && !done.mfa) return 'mfa_verify';
  if (user.mustChangePassword) return 'password_change';
  if (mfaRequired && !user.totpEnabledAt) return 'mfa_enroll';
  return 'active';
}

const stageOf = async (q: Deps['db']['kysely'], user: UserRow, done: { mfa: boolean }) =>
  nextStage(user, await mfaRequiredFor(q, (await rolesAndPermissions(q, user.id)).roles), done);

/**
 * Password sign-in with the 等保 controls: an atomic per-address throttle, an atomic lock after N
 * failures, login history, and a session whose stage says what the person must still do.
 * Every failure looks the same (one status, one message), so nobody learns which accounts exist.
 */
export async function login(deps: Deps, ctx: RequestContext, input: LoginInput) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  await throttleAddress(deps, ctx, input.username, now);

  // tenancy: sign-in, before there is an actor
  const user = await findSignInUser(deps, input.username);
  if (!user || user.status !== 'active') {
    await burnVerification(input.password);
    return refuse(deps, ctx, input.username, user, user ? 'disabled' : 'unknown_user');
  }
  if ((await claimAttempt(q, user.id, now, deps.config.loginMaxFailures)) === null) {
    await burnVerification(input.password);
    return refuse(deps, ctx, input.username, user, 'locked');
  }
  if (!(await verifyPassword(user.passwordHash, input.password)))
    return refuse(deps, ctx, input.username, user, 'bad_password');

  let mfaDone = false;
  if (input.totp !== undefined && user.totpEnabledAt && user.totpSecretEnc) {
    mfaDone = totpValid(deps.secrets.decrypt(user.totpSecretEnc), input.totp, now);
    if (!mfaDone) return refuse(deps, ctx, input.username, user, 'bad_totp');
  }
  const stage = await stageOf(q, user, { mfa: mfaDone });
  await giveBackAddress(deps, ctx, now);

  const session = await mutation(deps, ctx, async (m) => {
    // The count is cleared only once no second factor is pending: a right password alone must not
    // reset the guesses at the code (it only returns the slot it claimed).
    if (stage === 'mfa_verify') await returnAttempt(m.trx, user.id);
    else await clearFailures(m.trx, user.id, now);
    await insertAttempt(
      m.trx,
      ctx,
      input.username,
      user.id,
      true,
      stage === 'active' ? 'ok' : stage,
      now,
    );
    await m.audit({
      action: 'auth.session.created',
      targetType: 'user',
      targetId: user.id,
      orgId: user.orgId,
      actorOverride: { userId: user.id, name: user.username },
      meta: { stage },
    });
    return createSession(m.trx, {
      userId: user.id,
      stage,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      now,
      maxHours: deps.config.sessionMaxHours,
    });
  });
  return { ...session, stage, userId: user.id };
}

/** The one answer to every failed sign-in (unknown account, wrong password, locked, disabled). */
function signInFailed(deps: Deps) {
  return unauthorized(
    `用户名或密码错误。连续失败 ${deps.config.loginMaxFailures} 次的账号将锁定 ${deps.config.loginLockMinutes} 分钟，如需帮助请联系安全管理员`,
    'INVALID_CREDENTIALS',
  );
}

/** Records a failed sign-in (history, lock, audit event) and throws the uniform failure. */
async function refuse(
  deps: Deps,
  ctx: RequestContext,
  username: string,
  user: UsersTable | undefined,
  reason: FailureReason,
): Promise<never> {
  const now = deps.time.now();
  await mutation(deps, ctx, async (m) => {
    const locked =
      user && counts(reason)
        ? await lockIfExhausted(
            m.trx,
            user.id,
            deps.config.loginMaxFailures,
            addMinutes(now, deps.config.loginLockMinutes),
          )
        : false;
    await insertAttempt(m.trx, ctx, username, user?.id ?? null, false, reason, now);
    await m.audit({
      action: locked ? 'auth.account.locked' : 'auth.login.failed',
      targetType: 'user',
      targetId: user?.id ?? null,
      orgId: user?.orgId ?? null,
      actorOverride: { userId: user?.id ?? null, name: user?.username ?? maskedName(username) },
      meta: { reason, ...(locked ? { lockedMinutes: deps.config.loginLockMinutes } : {}) },
    });
  });
  throw signInFailed(deps);
}

/**
 * Per-address throttle (等保: limit failed sign-ins per source): every attempt counts when it starts and
 * is given back when it succeeds, so a parallel burst is stopped at the limit. A flood leaves one
 * `auth.login.throttled` event per address per minute.
 */
export async function throttleAddress(
  deps: Deps,
  ctx: RequestContext,
  username: string | null,
  now: Date,
): Promise<void> {
  if (!ctx.ip) return;
  const q = deps.db.kysely;
  const key = addressKey(ctx.ip);
  if ((await countHit(q, key, THROTTLE_WINDOW_MINUTES, now)) <= deps.config.loginIpLimit) return;
  if (await firstThisMinute(q, key, now)) {
    await mutation(deps, ctx, (m) =>
      m.audit({
        action: 'auth.login.throttled',
        orgId: null,
        targetType: 'address',
        targetId: ctx.ip,
        actorOverride: { userId: null, name: username ? maskedName(username) : '-' },
        meta: { limit: deps.config.loginIpLimit, windowMinutes: THROTTLE_WINDOW_MINUTES },
      }),
    );
  }
  throw tooManyRequests(`该地址登录失败次数过多，请 ${THROTTLE_WINDOW_MINUTES} 分钟后再试`);
}

const THROTTLE_WINDOW_MINUTES = 15;

/** A right answer gives back the address's hit counted at `countedAt` (the throttle counts failures). */
export async function giveBackAddress(deps: Deps, ctx: RequestContext, countedAt: Date) {
  if (ctx.ip)
    await giveBackHit(deps.db.kysely, addressKey(ctx.ip), THROTTLE_WINDOW_MINUTES, countedAt);
}

/** By username; a 公众 account also by its phone number, found through the blind index. */
async function findSignInUser(deps: Deps, username: string): Promise<UsersTable | undefined> {
  const q = deps.db.kysely;
  // tenancy: sign-in, before there is an actor
  const byName = await q
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  if (byName || !PHONE.test(username)) return byName;
  // tenancy: sign-in by a 公众 account's phone, before there is an actor
  const byPhone = await q
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .selectAll('users')
    .where('users.phoneIndex', '=', deps.secrets.blindIndex(username))
    .where('userRoles.roleKey', '=', 'public')
    .limit(2)
    .execute();
  return byPhone.length === 1 ? byPhone[0] : undefined;
}
const PHONE = /^1[3-9]\d{9}$/;
const addressKey = (ip: string) => `login-ip:${ip}`;

type FailureReason = 'unknown_user' | 'disabled' | 'locked' | 'bad_password' | 'bad_totp';
const counts = (reason: FailureReason) => reason === 'bad_password' || reason === 'bad_totp';

/** A typed username may be someone's phone number: the trail keeps it masked. */
const maskedName = (username: string) =>
  /^1\d{10}$/.test(username) ? maskPhone(username) : username.slice(0, 64);

function insertAttempt(
  q: Deps['db']['kysely'],
  ctx: RequestContext,
  username: string,
  userId: string | null,
  success: boolean,
  reason: string,
  now: Date,
) {
  return q
    .insertInto('loginAttempts')
    .values({
      id: newId(),
      username: maskedName(username),
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
export async function advanceSession(
  deps: Deps,
  sessionId: string,
  userId: string,
  done: { mfa: boolean },
) {
  const q = deps.db.kysely;
  // tenancy: the session's own user
  const user = await q
    .selectFrom('users')
    .select(['id', 'mustChangePassword', 'totpEnabledAt'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const stage = await stageOf(q, user, done);
  await q.updateTable('sessions').set({ stage }).where('id', '=', sessionId).execute();
  return stage;
}

export async function logout(
  deps: Deps,
  ctx: RequestContext,
  session: { id: string; userId: string },
  everywhere: boolean,
) {
  // tenancy: the session's own user
  const user = await deps.db.kysely
    .selectFrom('users')
    .select(['username', 'orgId'])
    .where('id', '=', session.userId)
    .executeTakeFirstOrThrow();
  return mutation(deps, ctx, async (m) => {
    const n = await revokeSessions(
      m.trx,
      everywhere ? { userId: session.userId } : { id: session.id },
      everywhere ? 'logout_all' : 'logout',
      m.now,
    );
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
export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  session: { id: string; userId: string },
  current: string,
  next: string,
) {
  // tenancy: the session's own user
  const user = await deps.db.kysely
    .selectFrom('users')
    .selectAll()
    .where('id', '=', session.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, current)))
    throw badRequest('当前密码不正确', null, 'WRONG_PASSWORD');
  if (current === next) throw badRequest('新密码不能与当前密码相同', null, 'WEAK_PASSWORD');
  assertPasswordAcceptable(next, user.username);
  const hash = await hashPassword(next);
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({
        passwordHash: hash,
        mustChangePassword: 0,
        passwordChangedAt: m.now.toISOString(),
        updatedAt: m.now.toISOString(),
      })
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
