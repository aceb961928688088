import { isCalendarDate } from '@fazhi/shared';
import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { issueToken, listTokens, revokeToken } from './token.service.js';

const tags = ['接口令牌'];
const tokenOut = z.object({
  id: z.string(),
  name: z.string(),
  tokenPrefix: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  permissions: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable().describe('旧令牌可能为 null（永不过期），新令牌都有有效期'),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const tokenRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/tokens',
    {
      schema: {
        tags,
        summary: '接口令牌列表',
        response: { 200: z.object({ items: z.array(tokenOut) }) },
      },
    },
    async (req) => ({
      items: await listTokens(deps, contextOf(req)),
    }),
  );

  api.post(
    '/tokens',
    {
      schema: {
        tags,
        summary: '签发接口令牌（令牌明文只显示这一次）',
        body: z
          .object({
            name: z.string().trim().min(2, '名称至少 2 个字').max(60),
            permissions: z.array(z.string().max(60)).min(1, '至少选择一项权限').max(50),
            expiresAt: z
              .string()
              .refine(isCalendarDate, '有效期格式应为 YYYY-MM-DD')
              .optional()
              .describe('有效期至（含当日）；默认 90 天，最长一年'),
          })
          .strict(),
        response: {
          201: z.object({
            id: z.string(),
            token: z.string().describe('Authorization: Bearer <token>'),
          }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await issueToken(deps, contextOf(req), req.body)),
  );

  api.post(
    '/tokens/:id/revoke',
    {
      schema: {
        tags,
        summary: '吊销令牌',
        params: z.object({ id: z.string().uuid('令牌编号格式有误') }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await revokeToken(deps, contextOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};
