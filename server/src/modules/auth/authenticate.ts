import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sm3Hex } from '../../core/crypto/sm.js';
import type { Actor } from '../../core/authz/actor.js';
import type { SessionStage } from '../../core/db/schema.js';
import type { Deps } from '../../core/deps.js';
import { forbidden, unauthorized } from '../../core/errors.js';
import { loadTokenActor, loadUserActor } from './actor-loader.js';
import { TOKEN_MAX_DAYS } from '../tokens/token.service.js';
import { findSession, revokeSessions, sessionIdOf } from './session.repository.js';

export const SESSION_COOKIE = 'fazhi_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_EVERY_MS = 60_000;

/**
 * Who a session's person is (roles, permissions, scope) for up to 30 s, so a request costs one session
 * lookup instead of four queries. It is a cache of database rows, not state: the session row is still
 * read on every request, and every change of roles, org or status ends the person's sessions.
 */
const ACTOR_TTL_MS = 30_000;
const ACTOR_CACHE_SIZE = 5_000;
type ActorCache = Map<string, { actor: Actor; until: number }>;

/** Routes a session may call before it is fully signed in, by stage. */
const STAGE_ROUTES: Record<
  Exclude<SessionStage, 'active'>,
  { routes: string[]; message: string }
> = {
  password_change: { routes: ['/api/v1/auth/password'], message: '请先修改初始密码' },
  mfa_enroll: {
    routes: ['/api/v1/auth/totp/enroll', '/api/v1/auth/totp/activate'],
    message: '管理员账号须先绑定动态口令（TOTP）',
  },
  mfa_verify: { routes: ['/api/v1/auth/totp/verify'], message: '请输入动态口令完成登录' },
};
const ALWAYS_ALLOWED = ['/api/v1/auth/me', '/api/v1/auth/logout'];

/**
 * Resolves who is calling on every request: a Bearer API token (machine clients, no CSRF) or the
 * session cookie (people; writes must echo the session's CSRF token in `X-CSRF-Token`).
 */
export function installAuthentication(app: FastifyInstance, deps: Deps): void {
  const actors: ActorCache = new Map();
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) return authenticateToken(req, deps, bearer);
    const cookieToken = req.cookies[SESSION_COOKIE];
    if (cookieToken) await authenticateSession(req, deps, cookieToken, actors);
  });
}

async function authenticateToken(req: FastifyRequest, deps: Deps, token: string) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  // tenancy: resolving a bearer token, before there is an actor
  const row = await q
    .selectFrom('apiTokens')
    .selectAll()
    .where('tokenHash', '=', sm3Hex(token))
    .executeTakeFirst();
  // A token made before tokens expired (no expiresAt) lasts at most a year from its creation.
  const expiresAt = row
    ? (row.expiresAt ??
      new Date(Date.parse(row.createdAt) + TOKEN_MAX_DAYS * 86_400_000).toISOString())
    : '';
  const usable = row && !row.revokedAt && expiresAt > now.toISOString();
  const actor = usable ? await loadTokenActor(q, row) : null;
  if (!row || !actor) throw unauthorized('接口令牌无效、已过期或已吊销', 'INVALID_TOKEN');
  req.actor = actor;
  req.authVia = 'token';
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_EVERY_MS) {
    await q
      .updateTable('apiTokens')
      .set({ lastUsedAt: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
}

async function authenticateSession(
  req: FastifyRequest,
  deps: Deps,
  cookieToken: string,
  actors: ActorCache,
) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  const session = await findSession(q, sessionIdOf(cookieToken));
  if (!session || session.revokedAt || session.expiresAt <= now.toISOString()) return;
  const idleLimit = Date.parse(session.lastSeenAt) + deps.config.sessionIdleMinutes * 60_000;
  if (now.getTime() > idleLimit) {
    await revokeSessions(q, { id: session.id }, 'idle_timeout', now);
    return;
  }

  const path = req.url.split('?')[0] ?? '';
  if (!SAFE_METHODS.has(req.method)) {
    const sent = String(req.headers['x-csrf-token'] ?? '');
    if (!sameToken(sent, session.csrfToken))
      throw forbidden('安全校验失败（CSRF），请刷新页面后重试', 'CSRF_FAILED');
  }
  req.session = {
    id: session.id,
    userId: session.userId,
    stage: session.stage,
    csrfToken: session.csrfToken,
  };
  if (session.stage !== 'active') {
    const stage = STAGE_ROUTES[session.stage];
    if (!stage.routes.includes(path) && !ALWAYS_ALLOWED.includes(path)) {
      throw forbidden(stage.message, 'LOGIN_INCOMPLETE', { stage: session.stage });
    }
  } else {
    req.actor = await cachedActor(q, session.id, session.userId, now.getTime(), actors);
    if (!req.actor) return;
    req.authVia = 'session';
  }
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    await q
      .updateTable('sessions')
      .set({ lastSeenAt: now.toISOString() })
      .where('id', '=', session.id)
      .execute();
  }
}

async function cachedActor(
  q: Deps['db']['kysely'],
  sessionId: string,
  userId: string,
  nowMs: number,
  actors: ActorCache,
): Promise<Actor | null> {
  const hit = actors.get(sessionId);
  if (hit && hit.until > nowMs) return hit.actor;
  const actor = await loadUserActor(q, userId);
  actors.delete(sessionId);
  if (actor) {
    actors.set(sessionId, { actor, until: nowMs + ACTOR_TTL_MS });
    if (actors.size > ACTOR_CACHE_SIZE) actors.delete(actors.keys().next().value!);
  }
  return actor;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
