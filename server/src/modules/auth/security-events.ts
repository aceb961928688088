import type { FastifyInstance, FastifyRequest } from 'fastify';
import { countHit, firstThisMinute } from '../../core/db/atomic-counter.js';
import type { Deps } from '../../core/deps.js';
import { isAppError, type AppError } from '../../core/errors.js';
import { contextOf } from '../../core/http/context.js';
import { mutation } from '../../core/mutation.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Refusals from one address audited one by one each minute; past that, one summary event a minute. */
const SINGLE_EVENTS_PER_MINUTE = 10;

/**
 * 等保 security audit: a refused write (403, or 404 for a record outside the caller's scope, CSRF
 * failures included) is a security event. Written before the answer goes out; a flood from one
 * address is aggregated so the trail cannot be drowned.
 */
export function installSecurityEvents(app: FastifyInstance, deps: Deps): void {
  app.addHook('onError', async (req, _reply, err) => {
    if (
      SAFE_METHODS.has(req.method) ||
      !req.url.startsWith('/api/') ||
      !isAppError(err) ||
      (err.status !== 403 && err.status !== 404)
    )
      return;
    try {
      await recordRefusal(deps, req, err);
    } catch (e) {
      // The refusal still goes out; a trail that cannot be written is an operations alarm, not a 500.
      req.log.error({ err: e }, 'security event not recorded');
    }
  });
}

async function recordRefusal(deps: Deps, req: FastifyRequest, err: AppError) {
  const ctx = contextOf(req);
  const now = deps.time.now();
  const key = `denied:${ctx.ip ?? '-'}`;
  const n = await countHit(deps.db.kysely, key, 1, now);
  if (n > SINGLE_EVENTS_PER_MINUTE && !(await firstThisMinute(deps.db.kysely, key, now))) return;
  const route = req.routeOptions.url ?? req.url.split('?')[0];
  await mutation(deps, ctx, (m) =>
    m.audit({
      action:
        n > SINGLE_EVENTS_PER_MINUTE ? 'security.access.denied_flood' : 'security.access.denied',
      targetType: 'route',
      targetId: `${req.method} ${route}`.slice(0, 200),
      meta: {
        status: err.status,
        code: err.code,
        ...(n > SINGLE_EVENTS_PER_MINUTE ? { refusalsThisMinute: n } : {}),
      },
    }),
  );
}
