import path from 'node:path';
import { ROOT } from './procs.mjs';

/**
 * Fazhi's app in this process (from server/dist) on the engine's database, the scheduler off: for
 * figures that must not depend on sockets or on a load generator sharing the cores (`app.inject`).
 * @param {import('./engines.mjs').Engine} engine
 */
export async function inProcessApp(engine) {
  Object.assign(process.env, engine.fazhiEnv, { FAZHI_SCHEDULER: '0', FAZHI_LOG_LEVEL: 'warn' });
  const dist = path.join(ROOT, 'server/dist');
  const { openDeps } = await import(path.join(dist, 'bootstrap.js'));
  const { buildApp } = await import(path.join(dist, 'app.js'));
  const deps = await openDeps();
  const app = await buildApp(deps, { logger: false });
  return {
    deps,
    /** @type {import('fastify').FastifyInstance} */ app,
    close: async () => {
      await app.close();
      await deps.db.close();
    },
  };
}
