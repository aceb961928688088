import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';

/** Sessions are shown by a prefix of their digest; the full id never leaves the server. */
const shortId = (id: string) => id.slice(0, 12);

export async function listOwnSessions(deps: Deps, session: { id: string; userId: string }) {
  const rows = await deps.db.kysely
    .selectFrom('sessions')
    .select(['id', 'ip', 'userAgent', 'createdAt', 'lastSeenAt'])
    .where('userId', '=', session.userId)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', deps.time.now().toISOString())
    .orderBy('lastSeenAt', 'desc')
    .execute();
  const idleCutoff = deps.time.now().getTime() - deps.config.sessionIdleMinutes * 60_000;
  return rows
    .filter((r) => Date.parse(r.lastSeenAt) >= idleCutoff)
    .map((r) => ({ ...r, id: shortId(r.id), current: r.id === session.id }));
}

export async function revokeOwnSession(
  deps: Deps,
  ctx: RequestContext,
  session: { id: string; userId: string },
  short: string,
) {
  const rows = await deps.db.kysely
    .selectFrom('sessions')
    .select(['id'])
    .where('userId', '=', session.userId)
    .where('revokedAt', 'is', null)
    .where('id', 'like', `${short}%`)
    .execute();
  if (rows.length !== 1 || !rows[0]) throw notFound('会话不存在或已结束');
  const target = rows[0].id;
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('sessions')
      .set({ revokedAt: m.now.toISOString(), revokedReason: 'ended_by_owner' })
      .where('id', '=', target)
      .execute();
    await m.audit({
      action: 'auth.session.revoked',
      targetType: 'user',
      targetId: session.userId,
      meta: { session: short },
    });
  });
}

export async function listLoginHistory(deps: Deps, userId: string) {
  const rows = await deps.db.kysely
    .selectFrom('loginAttempts')
    .select(['at', 'ip', 'userAgent', 'success', 'reason'])
    .where('userId', '=', userId)
    .orderBy('at', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => ({ ...r, success: r.success === 1 }));
}
