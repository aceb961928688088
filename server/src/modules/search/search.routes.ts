import { z } from 'zod';
import { authorize } from '../../core/authz/authorize.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { searchEntries } from '../../core/search/search-index.js';
import { searchRules, typeLabel } from '../../core/search/search-types.js';

/** One search box over everything the caller may see (org scope and permission both apply). */
export const searchRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/search',
    {
      schema: {
        tags: ['搜索'],
        summary: '全局搜索（中文分词，仅返回本人有权查看的记录）',
        querystring: z
          .object({
            q: z.string().trim().min(1, '请输入搜索内容').max(100, '搜索内容不超过 100 字'),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(50).default(20),
          })
          .strict(),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                entityType: z.string(),
                typeLabel: z.string(),
                entityId: z.string(),
                title: z.string(),
                snippet: z.string(),
                link: z.string(),
              }),
            ),
            total: z.number(),
            page: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const actor = authorize(contextOf(req), 'search.use');
      const { page, pageSize, q } = req.query;
      const res = await searchEntries(
        deps.db.kysely,
        actor,
        q,
        { limit: pageSize, offset: (page - 1) * pageSize },
        searchRules(),
      );
      return {
        items: res.items.map((i) => ({
          entityType: i.entityType,
          typeLabel: typeLabel(i.entityType),
          entityId: i.entityId,
          title: i.title,
          snippet: i.snippet,
          link: i.link,
        })),
        total: res.total,
        page,
      };
    },
  );
};
