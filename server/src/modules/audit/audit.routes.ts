import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { eventOut, eventQuery, verifyOut } from './audit.schema.js';
import { listEvents, verifyVisibleChains } from './audit.service.js';

const tags = ['审计'];

/** The trail is read-only through the API: there is no route that changes or removes an event. */
export const auditRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/audit/events',
    {
      schema: {
        tags,
        summary: '审计日志（审计管理员）',
        querystring: eventQuery,
        response: { 200: z.object({ items: z.array(eventOut), total: z.number(), page: z.number(), pageSize: z.number() }) },
      },
    },
    async (req) => listEvents(deps, contextOf(req), req.query),
  );

  api.post('/audit/verify', { schema: { tags, summary: '校验审计日志哈希链（SM3）', response: { 200: verifyOut } } }, async (req) =>
    verifyVisibleChains(deps, contextOf(req)),
  );
};
