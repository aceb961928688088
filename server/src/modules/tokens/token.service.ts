import { TOKEN_EXCLUDED_PERMISSIONS } from '@fazhi/shared';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { addDays } from '../../core/calendar/dates.js';
import { scoped } from '../../core/authz/scope.js';
import { randomToken, sm3Hex } from '../../core/crypto/sm.js';
import { today as todayOf, type Deps } from '../../core/deps.js';
import { badRequest, conflict, forbidden } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';

/** Lifetime of a token: 90 days unless the issuer chooses another day, at most a year (等保: credentials expire). */
const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

/**
 * API tokens for machine clients (e.g. county systems pulling statistics). A token carries a subset
 * of its creator's permissions (never the account-management ones), acts for its creator within the
 * creator's org subtree, expires, and is shown exactly once.
 */
export async function issueToken(
  deps: Deps,
  ctx: RequestContext,
  input: { name: string; permissions: string[]; expiresAt?: string | undefined },
) {
  const actor = authorize(ctx, 'token.manage');
  if (actor.kind !== 'user') throw forbidden('接口令牌不能签发令牌', 'TOKEN_NOT_ALLOWED');
  const excluded = input.permissions.filter((p) =>
    (TOKEN_EXCLUDED_PERMISSIONS as readonly string[]).includes(p),
  );
  if (excluded.length)
    throw badRequest(
      `接口令牌不能带有账号、角色、会话或令牌管理权限：${excluded.join('、')}`,
      { excluded },
      'PERMISSION_NOT_FOR_TOKENS',
    );
  const notHeld = input.permissions.filter((p) => !actor.permissions.has(p));
  if (notHeld.length)
    throw badRequest(
      `令牌权限不能超出您本人的权限：${notHeld.join('、')}`,
      { notHeld },
      'PERMISSION_NOT_HELD',
    );
  const today = todayOf(deps);
  const lastDay = input.expiresAt ?? addDays(today, TOKEN_DEFAULT_DAYS);
  if (lastDay <= today) throw badRequest('有效期须晚于今天', null, 'BAD_EXPIRY');
  if (lastDay > addDays(today, TOKEN_MAX_DAYS))
    throw badRequest(`有效期最长一年（至 ${addDays(today, TOKEN_MAX_DAYS)}）`, null, 'BAD_EXPIRY');
  const token = `fz_${randomToken(30)}`;
  return mutation(deps, ctx, async (m) => {
    // tenancy: name clash among the actor's own tokens
    const clash = await m.trx
      .selectFrom('apiTokens')
      .select('id')
      .where('name', '=', input.name)
      .where('createdBy', '=', actor.userId!)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    if (clash) throw conflict(`已有同名的有效令牌“${input.name}”`, 'DUPLICATE_NAME');
    const row = {
      id: newId(),
      name: input.name,
      tokenHash: sm3Hex(token),
      tokenPrefix: token.slice(0, 10),
      orgId: actor.orgId,
      permissions: JSON.stringify([...new Set(input.permissions)].sort()),
      createdBy: actor.userId!,
      createdAt: m.now.toISOString(),
      // The end of the last day in Beijing time.
      expiresAt: new Date(`${lastDay}T16:00:00Z`).toISOString(),
      revokedAt: null,
      lastUsedAt: null,
    };
    await m.trx.insertInto('apiTokens').values(row).execute();
    await m.audit({
      action: 'auth.token.issued',
      targetType: 'api_token',
      targetId: row.id,
      meta: { name: row.name, permissions: JSON.parse(row.permissions), expiresAt: row.expiresAt },
    });
    return { token, id: row.id };
  });
}

export async function listTokens(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'token.manage');
  const rows = await scoped(deps.db.kysely, actor)
    .selectFrom('apiTokens')
    .innerJoin('orgs', 'orgs.id', 'apiTokens.orgId')
    .innerJoin('users', 'users.id', 'apiTokens.createdBy')
    .select([
      'apiTokens.id',
      'apiTokens.name',
      'apiTokens.tokenPrefix',
      'apiTokens.orgId',
      'orgs.name as orgName',
      'apiTokens.permissions',
      'users.displayName as createdBy',
      'apiTokens.createdAt',
      'apiTokens.expiresAt',
      'apiTokens.revokedAt',
      'apiTokens.lastUsedAt',
    ])
    .orderBy('apiTokens.createdAt', 'desc')
    .execute();
  return rows.map(({ orgId, orgName, permissions, ...r }) => ({
    ...r,
    org: { id: orgId, name: orgName },
    permissions: JSON.parse(permissions) as string[],
  }));
}

export async function revokeToken(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'token.manage');
  const row = await scoped(deps.db.kysely, actor).getById('apiTokens', id);
  if (row.revokedAt) return;
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('apiTokens')
      .set({ revokedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await m.audit({
      action: 'auth.token.revoked',
      targetType: 'api_token',
      targetId: id,
      orgId: row.orgId,
      meta: { name: row.name },
    });
  });
}
