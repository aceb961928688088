import { PERMISSIONS, type Permission } from '@fazhi/shared';
import { forbidden, unauthorized } from '../errors.js';
import { can, type Actor, type RequestContext } from './actor.js';

/** The signed-in actor, or 401. */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthorized();
  return ctx.actor;
}

/** The actor, if it holds `permission`; otherwise 401 (anonymous) or 403. */
export function authorize(ctx: RequestContext, permission: Permission): Actor {
  const actor = requireActor(ctx);
  if (!can(actor, permission)) {
    const label = PERMISSIONS[permission];
    throw forbidden(`您没有执行此操作的权限（${label}）`, 'FORBIDDEN', { permission });
  }
  return actor;
}
