import type { Q } from '../../core/db/database.js';
import type { SessionStage, SessionsTable } from '../../core/db/schema.js';
import { fixedQuery } from '../../core/db/fixed-query.js';
import { randomToken, sm3Hex } from '../../core/crypto/sm.js';

/** Server-side sessions: the cookie holds a random token, the database only its SM3 digest. */
export const sessionIdOf = (cookieToken: string): string => sm3Hex(cookieToken);

export async function createSession(
  q: Q,
  input: {
    userId: string;
    stage: SessionStage;
    ip: string | null;
    userAgent: string | null;
    now: Date;
    maxHours: number;
  },
): Promise<{ token: string; id: string; csrfToken: string }> {
  const token = randomToken();
  const id = sessionIdOf(token);
  const csrfToken = randomToken(24);
  const at = input.now.toISOString();
  await q
    .insertInto('sessions')
    .values({
      id,
      userId: input.userId,
      csrfToken,
      stage: input.stage,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 400) ?? null,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: new Date(input.now.getTime() + input.maxHours * 3_600_000).toISOString(),
      revokedAt: null,
      revokedReason: null,
    })
    .execute();
  return { token, id, csrfToken };
}

const sessionById = fixedQuery<{ id: string }, SessionsTable>((q, s) =>
  q.selectFrom('sessions').selectAll().where('id', '=', s.id),
);

export const findSession = async (q: Q, id: string) => (await sessionById(q, { id }))[0];

export async function revokeSessions(
  q: Q,
  where: { id?: string; userId?: string },
  reason: string,
  now: Date,
): Promise<number> {
  let u = q
    .updateTable('sessions')
    .set({ revokedAt: now.toISOString(), revokedReason: reason })
    .where('revokedAt', 'is', null);
  if (where.id) u = u.where('id', '=', where.id);
  if (where.userId) u = u.where('userId', '=', where.userId);
  const res = await u.executeTakeFirst();
  return Number(res.numUpdatedRows);
}
