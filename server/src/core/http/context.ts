import type { FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../authz/actor.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** How the actor was authenticated; cookie sessions need a CSRF token on writes. */
    authVia: 'session' | 'token' | null;
    /** The cookie session, whatever its stage (a session mid-login has no actor yet). */
    session: {
      id: string;
      userId: string;
      stage: import('../db/schema.js').SessionStage;
      csrfToken: string;
    } | null;
  }
}

/** The service-facing view of a request: no HTTP objects travel past the route. */
export function contextOf(req: FastifyRequest): RequestContext {
  return {
    actor: req.actor,
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    requestId: String(req.id),
  };
}
