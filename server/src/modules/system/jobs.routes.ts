import { z } from 'zod';
import { authorize } from '../../core/authz/authorize.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';

const run = z.object({
  slot: z.string(),
  instanceId: z.string(),
  status: z.string(),
  output: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** What the scheduler did: each job's next slot and its latest runs (which instance ran each slot). */
export const jobRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/system/jobs',
    {
      schema: {
        tags: ['运维'],
        summary: '定时任务及最近运行记录',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                name: z.string(),
                nextRunAt: z.string(),
                lastRunAt: z.string().nullable(),
                lastStatus: z.string().nullable(),
                runs: z.array(run),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      authorize(contextOf(req), 'system.jobs.read');
      const q = deps.db.kysely;
      const jobs = await q
        .selectFrom('scheduledJobs')
        .select(['name', 'nextRunAt', 'lastRunAt', 'lastStatus'])
        .orderBy('name')
        .execute();
      const items = [];
      for (const j of jobs) {
        const runs = await q
          .selectFrom('jobRuns')
          .select(['slot', 'instanceId', 'status', 'output', 'startedAt', 'finishedAt'])
          .where('jobName', '=', j.name)
          .orderBy('slot', 'desc')
          .limit(20)
          .execute();
        items.push({ ...j, runs });
      }
      return { items };
    },
  );
};
