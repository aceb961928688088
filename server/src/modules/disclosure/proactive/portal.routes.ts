import { z } from 'zod';
import { sendStoredFile } from '../../../core/http/download.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { CATEGORY_KEYS } from './categories.js';
import {
  portalHost,
  publicAttachment,
  publicCatalogue,
  publicCategories,
  publicGuide,
  publicItem,
} from './portal.service.js';
import {
  publicCategoriesOut,
  publicGuideOut,
  publicItemDetailOut,
  publicItemsOut,
} from './proactive.responses.js';

const tags = ['政务公开·门户（公开，无需登录）'];
const idParams = z.object({ id: z.string().uuid('编号格式有误') }).strict();

/** The public portal's disclosure pages: no sign-in, published entries only. */
export const disclosurePortalRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/public/disclosure/items',
    {
      schema: {
        tags,
        summary: '政府信息公开目录与全文检索（中文分词）',
        querystring: z
          .object({
            category: z.enum(CATEGORY_KEYS).optional().describe('公开类别'),
            q: z.string().trim().max(100, '检索内容不超过 100 字').optional().describe('检索词'),
            sort: z
              .enum(['date', 'relevance'])
              .default('date')
              .describe('检索结果排序：date 按发布时间（新的在前）；relevance 按相关度'),
            page: z.coerce.number().int().min(1).max(5000).default(1),
            pageSize: z.coerce.number().int().min(1).max(50).default(20),
          })
          .strict(),
        response: { 200: publicItemsOut },
      },
    },
    async (req) => publicCatalogue(deps, { ...req.query, q: req.query.q || undefined }),
  );
  api.get(
    '/public/portal',
    {
      schema: {
        tags,
        summary: '门户主办单位（乡镇及所属县市）以及是否为演示数据',
        response: {
          200: z.object({
            town: z.object({ name: z.string(), code: z.string() }),
            county: z.string().nullable(),
            demo: z.boolean(),
          }),
        },
      },
    },
    async () => portalHost(deps),
  );
  api.get(
    '/public/disclosure/categories',
    { schema: { tags, summary: '公开类别及各类信息数量', response: { 200: publicCategoriesOut } } },
    async () => publicCategories(deps),
  );
  api.get(
    '/public/disclosure/guide',
    { schema: { tags, summary: '政府信息公开指南', response: { 200: publicGuideOut } } },
    async () => publicGuide(deps),
  );
  api.get(
    '/public/disclosure/items/:id',
    {
      schema: {
        tags,
        summary: '公开信息全文',
        params: idParams,
        response: { 200: publicItemDetailOut },
      },
    },
    async (req) => publicItem(deps, req.params.id),
  );
  api.get(
    '/public/disclosure/items/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: '下载公开信息的附件',
        params: z
          .object({
            id: z.string().uuid('编号格式有误'),
            fileId: z.string().uuid('附件编号格式有误'),
          })
          .strict(),
      },
    },
    async (req, reply) => {
      const file = await publicAttachment(deps, req.params.id, req.params.fileId);
      return sendStoredFile(reply, deps.config.dataDir, file, 'public');
    },
  );
};
