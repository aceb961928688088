import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { homeOf } from './home.query.js';

const task = z.object({
  id: z.string(),
  module: z.string(),
  moduleLabel: z.string(),
  title: z.string(),
  link: z.string(),
  dueDate: z.string().nullable(),
  orgName: z.string(),
  daysLeft: z.number().nullable().describe('剩余工作日，超期为负数'),
});

export const homeRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/home',
    {
      schema: {
        tags: ['我的待办'],
        summary: '首页：各模块待办（含本周到期、已超期）、最近待办、未读消息数、常用入口',
        response: {
          200: z.object({
            day: z.string(),
            weekEnd: z.string().describe('本周日'),
            modules: z.array(
              z.object({
                module: z.string(),
                label: z.string(),
                path: z.string(),
                open: z.number().int(),
                overdue: z.number().int(),
                dueThisWeek: z.number().int(),
              }),
            ),
            dueThisWeek: z.array(task),
            overdue: z.array(task),
            recent: z.array(task),
            unreadNotifications: z.number().int(),
            links: z.array(z.object({ label: z.string(), path: z.string() })),
          }),
        },
      },
    },
    async (req) => homeOf(deps, contextOf(req)),
  );
};
