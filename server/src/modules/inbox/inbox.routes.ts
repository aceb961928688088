import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { listInbox } from './inbox.query.js';

const urgency = z.enum(['overdue', 'due_soon', 'on_track']);

const inboxItem = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  module: z.string(),
  kind: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  title: z.string(),
  link: z.string().describe('打开办理页面的前端路由'),
  assigneeUserId: z.string().nullable(),
  assigneeRole: z.string().nullable(),
  clockId: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: urgency.describe('overdue 已超期（红）/ due_soon 即将到期（黄）/ on_track 未到期（绿）'),
  paused: z.boolean().describe('所关联期限正在暂停'),
  supervise: z
    .boolean()
    .describe('督办：乡镇的事项，上级机关工作人员跟踪督促，由乡镇办理（不能代为办理）'),
  daysLeft: z.number().nullable().describe('剩余工作日，超期为负数'),
  createdAt: z.string(),
});

export const inboxRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/inbox',
    {
      schema: {
        tags: ['我的待办'],
        summary: '我的待办：按截止日排序（无截止日的排最后），分页，附各状态数量',
        querystring: z
          .object({
            status: urgency.optional().describe('只看某一状态'),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(100).default(20),
          })
          .strict(),
        response: {
          200: z.object({
            items: z.array(inboxItem),
            counts: z.object({
              overdue: z.number(),
              due_soon: z.number(),
              on_track: z.number(),
              total: z.number(),
            }),
            page: z.number(),
            pageSize: z.number(),
            total: z.number().describe('符合筛选条件的待办数'),
          }),
        },
      },
    },
    async (req) => listInbox(deps, contextOf(req), req.query),
  );
};
