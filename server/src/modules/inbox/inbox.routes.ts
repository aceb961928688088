import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { assignees, assignTasks, MAX_ASSIGN } from './assignment.service.js';
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
  poolRole: z.string().nullable().describe('已分派给个人的岗位待办：原属岗位（可改派、退回岗位）'),
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
            abilities: z.object({ assign: z.boolean().describe('可分派本人岗位的待办') }),
          }),
        },
      },
    },
    async (req) => listInbox(deps, contextOf(req), req.query),
  );

  const ids = z.array(z.string().min(1)).min(1, '请至少选择一项待办').max(MAX_ASSIGN);
  api.get(
    '/inbox/assignees',
    {
      schema: {
        tags: ['我的待办'],
        summary: '分派：可接手所选全部待办的人员（各待办所属岗位在本镇的在岗人员）',
        querystring: z.object({ ids: z.string().min(1).describe('待办编号，逗号分隔') }).strict(),
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), name: z.string() })),
            roles: z.array(z.object({ key: z.string(), label: z.string() })),
          }),
        },
      },
    },
    async (req) => assignees(deps, contextOf(req), ids.parse(req.query.ids.split(','))),
  );

  api.post(
    '/inbox/assign',
    {
      schema: {
        tags: ['我的待办'],
        summary:
          '分派、改派或退回岗位：把所选岗位待办交给同岗位的一名人员（userId 为空则退回岗位待办池）',
        body: z.object({ ids, userId: z.string().min(1).nullable() }).strict(),
        response: { 200: z.object({ assigned: z.number(), userId: z.string().nullable() }) },
      },
    },
    async (req) => assignTasks(deps, contextOf(req), req.body),
  );
};
