import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { loadUserActor } from '../auth/actor-loader.js';

// tenancy: the demo seed runs as the system

/**
 * The demo runs the real services as the demo accounts, on the day each step happened in 2024:
 * the clocks, tasks and audit events then carry those dates.
 */
export const on = (deps: Deps, day: string, time = '09:30'): Deps => {
  const at = new Date(`${day}T${time}:00+08:00`);
  return { ...deps, time: { now: () => at } };
};

export async function actorCtx(deps: Deps, username: string): Promise<RequestContext> {
  const user = await deps.db.kysely
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  const actor = user ? await loadUserActor(deps.db.kysely, user.id) : null;
  if (!actor) throw new Error(`demo account ${username} missing`);
  return { actor, ip: null, userAgent: 'demo-seed', requestId: 'demo-seed' };
}

/**
 * Runs a whole demo seed in one database transaction: the services' own `mutation()` calls join it
 * instead of committing one by one. Each service still writes its audit events; the seed commits (or
 * fails) as a whole, and a few hundred fsyncs become one.
 */
export async function inOneTransaction(deps: Deps, fn: (d: Deps) => Promise<void>): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const joined = new Proxy(trx, {
      get(target, prop) {
        if (prop === 'transaction')
          return () => ({ execute: <T>(f: (t: typeof trx) => Promise<T>) => f(target) });
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value;
      },
    });
    await fn({ ...deps, db: { ...deps.db, kysely: joined as unknown as Deps['db']['kysely'] } });
  });
}
