import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { badRequest, conflict } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { advanceSession } from './auth.service.js';
import { enrolment, newTotpSecret, totpValid } from './totp.js';

type SessionRef = { id: string; userId: string };

// tenancy: the session's own user
const userOf = (deps: Deps, id: string) => deps.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/**
 * Starts TOTP enrolment: a new secret is stored (encrypted, not yet active) and shown once as a QR code.
 * Re-enrolling an active factor is refused; the security admin resets it instead.
 */
export async function startEnrolment(deps: Deps, ctx: RequestContext, session: SessionRef) {
  const user = await userOf(deps, session.userId);
  if (user.totpEnabledAt) throw conflict('动态口令已绑定；如需更换请联系安全管理员重置', 'TOTP_ALREADY_ENABLED');
  const secret = newTotpSecret();
  await mutation(deps, ctx, async (m) => {
    await m.trx.updateTable('users').set({ totpSecretEnc: deps.secrets.encrypt(secret), updatedAt: m.now.toISOString() }).where('id', '=', user.id).execute();
    await m.audit({ action: 'auth.totp.enrolment_started', targetType: 'user', targetId: user.id, orgId: user.orgId, actorOverride: { userId: user.id, name: user.username } });
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
    await m.trx.updateTable('users').set({ totpEnabledAt: m.now.toISOString(), updatedAt: m.now.toISOString() }).where('id', '=', user.id).execute();
    await m.audit({ action: 'auth.totp.enabled', targetType: 'user', targetId: user.id, orgId: user.orgId, actorOverride: { userId: user.id, name: user.username } });
  });
  return advanceSession(deps, session.id, user.id, { mfa: true });
}

/** The second step of an administrator's sign-in. Wrong codes count towards the lock like passwords. */
export async function verifySecondFactor(deps: Deps, ctx: RequestContext, session: SessionRef, code: string) {
  const user = await userOf(deps, session.userId);
  if (!user.totpSecretEnc || !user.totpEnabledAt) throw badRequest('该账号未绑定动态口令', null, 'TOTP_NOT_ENABLED');
  if (!totpValid(deps.secrets.decrypt(user.totpSecretEnc), code, deps.time.now())) {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= deps.config.loginMaxFailures;
    await mutation(deps, ctx, async (m) => {
      await m.trx
        .updateTable('users')
        .set({ failedLoginCount: lock ? 0 : failures, lockedUntil: lock ? new Date(m.now.getTime() + deps.config.loginLockMinutes * 60_000).toISOString() : null })
        .where('id', '=', user.id)
        .execute();
      if (lock) {
        await m.trx.updateTable('sessions').set({ revokedAt: m.now.toISOString(), revokedReason: 'locked' }).where('userId', '=', user.id).where('revokedAt', 'is', null).execute();
      }
      await m.audit({ action: lock ? 'auth.account.locked' : 'auth.login.failed', targetType: 'user', targetId: user.id, orgId: user.orgId, actorOverride: { userId: user.id, name: user.username }, meta: { reason: 'bad_totp', failures } });
    });
    throw badRequest(lock ? '动态口令多次错误，账号已被锁定' : '动态口令不正确', { remainingAttempts: deps.config.loginMaxFailures - failures }, 'TOTP_INVALID');
  }
  await mutation(deps, ctx, async (m) => {
    await m.trx.updateTable('users').set({ failedLoginCount: 0 }).where('id', '=', user.id).execute();
    await m.audit({ action: 'auth.totp.verified', targetType: 'user', targetId: user.id, orgId: user.orgId, actorOverride: { userId: user.id, name: user.username } });
  });
  return advanceSession(deps, session.id, user.id, { mfa: true });
}
