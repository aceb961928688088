import { sql } from 'kysely';
import { z } from 'zod';
import type { RoutesPlugin } from '../../core/http/types.js';

/** Liveness (process answers) and readiness (database answers), for load balancers and monitors. */
export const healthRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/healthz',
    {
      schema: {
        tags: ['运维'],
        summary: '存活检查',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({
      status: 'ok' as const,
    }),
  );
  api.get(
    '/readyz',
    {
      schema: {
        tags: ['运维'],
        summary: '就绪检查（访问数据库）',
        response: { 200: z.object({ status: z.literal('ready'), database: z.string() }) },
      },
    },
    async () => {
      await sql`select 1`.execute(deps.db.kysely);
      return { status: 'ready' as const, database: deps.db.dialect };
    },
  );
};
