import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { badRequest, conflict, unauthorized } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { addMinutes } from '../../core/time.js';
import { claimAttempt, clearFailures, lockIfExhausted } from './account-lock.js';
import { advanceSession, giveBackAddress, throttleAddress } from './auth.service.js';
import { revokeSessions } from './session.repository.js';
import { enrolment, newTotpSecret, totpValid } from './totp.js';

type SessionRef = { id: string; userId: string };

// tenancy: the session's own user
const userOf = (deps: Deps, id: string) =>
  deps.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/**
 * Starts TOTP enrolment: a new secret is stored (encrypted, not yet active) and shown once as a QR code.
 * Re-enrolling an active factor is refused; the security admin resets it instead.
 */
export async function startEnrolment(deps: Deps, ctx: RequestContext, session: SessionRef) {
  const user = await userOf(deps, session.userId);
  if (user.totpEnabledAt)
    throw conflict('动态口令已绑定；如需更换请联系安全管理员重置', 'TOTP_ALREADY_ENABLED');
  const secret = newTotpSecret();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ totpSecretEnc: deps.secrets.encrypt(secret), updatedAt: m.now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await m.audit({
      action: 'auth.totp.enrolment_started',
      targetType: 'user',
      targetId: user.id,
      orgId: user.orgId,
      actorOverride: { userId: user.id, name: user.username },
    });
  });
  return enrolment(secret, user.username);
}

/** Confirms enrolment with a first code from the app; the factor is active from now on. */
export async function activate(deps: Deps, ctx: RequestContext, session: SessionRef, code: string) {
  const user = await userOf(deps, session.userId);
  if (user.totpEnabledAt) throw conflict('动态口令已绑定', 'TOTP_ALREADY_ENABLED');
  if (!user.totpSecretEnc) throw badRequest('请先获取绑定二维码', null, 'TOTP_NOT_STARTED');
  if (!totpValid(deps.secrets.decrypt(user.totpSecretEnc), code, deps.time.now())) {
    throw badRequest('动态口令不正确，请核对手机时间后重试', null, 'TOTP_INVALID');
  }
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('users')
      .set({ totpEnabledAt: m.now.toISOString(), updatedAt: m.now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await m.audit({
      action: 'auth.totp.enabled',
      targetType: 'user',
      targetId: user.id,
      orgId: user.orgId,
      actorOverride: { userId: user.id, name: user.username },
    });
  });
  return advanceSession(deps, session.id, user.id, { mfa: true });
}

/**
 * The second step of an administrator's sign-in. A code claims a slot of the account's lock count and a
 * hit of the address throttle before it is checked (atomically, so parallel guesses are counted too);
 * only a right code clears the count. Five wrong codes lock the account and end its sessions.
 */
export async function verifySecondFactor(
  deps: Deps,
  ctx: RequestContext,
  session: SessionRef,
  code: string,
) {
  const q = deps.db.kysely;
  const user = await userOf(deps, session.userId);
  if (!user.totpSecretEnc || !user.totpEnabledAt)
    throw badRequest('该账号未绑定动态口令', null, 'TOTP_NOT_ENABLED');
  const now = deps.time.now();
  await throttleAddress(deps, ctx, user.username, now);
  const max = deps.config.loginMaxFailures;
  const slot = await claimAttempt(q, user.id, now, max);
  if (slot !== null && totpValid(deps.secrets.decrypt(user.totpSecretEnc), code, now)) {
    await giveBackAddress(deps, ctx, now);
    await mutation(deps, ctx, async (m) => {
      await clearFailures(m.trx, user.id, now);
      await m.audit({
        action: 'auth.totp.verified',
        targetType: 'user',
        targetId: user.id,
        orgId: user.orgId,
        actorOverride: { userId: user.id, name: user.username },
      });
    });
    return advanceSession(deps, session.id, user.id, { mfa: true });
  }
  const locked = await mutation(deps, ctx, async (m) => {
    const lockedNow =
      slot !== null &&
      (await lockIfExhausted(m.trx, user.id, max, addMinutes(now, deps.config.loginLockMinutes)));
    if (slot === null || lockedNow) await revokeSessions(m.trx, { userId: user.id }, 'locked', now);
    await m.audit({
      action: lockedNow ? 'auth.account.locked' : 'auth.login.failed',
      targetType: 'user',
      targetId: user.id,
      orgId: user.orgId,
      actorOverride: { userId: user.id, name: user.username },
      meta: { reason: slot === null ? 'locked' : 'bad_totp', failures: slot ?? max },
    });
    return slot === null || lockedNow;
  });
  if (locked)
    throw unauthorized(
      `动态口令多次错误，账号已锁定 ${deps.config.loginLockMinutes} 分钟，请稍后重新登录`,
      'ACCOUNT_LOCKED',
    );
  throw badRequest('动态口令不正确', { remainingAttempts: max - (slot ?? max) }, 'TOTP_INVALID');
}
