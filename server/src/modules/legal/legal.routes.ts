import { z } from 'zod';
import { ARTICLES } from '../../core/legal/articles.js';
import { STATUTES } from '../../core/legal/statutes.js';
import type { RoutesPlugin } from '../../core/http/types.js';

const article = z.object({
  statute: z.string().describe('法律法规名称（不含“中华人民共和国”）'),
  article: z.number().int().describe('条'),
  summary: z.string().describe('要点（本平台概括，非法条原文）'),
  version: z.string().nullable().describe('所依据文本的版本日期；未收录原文的为 null'),
});

const registry = z.object({
  statutes: z.array(
    z.object({
      name: z.string(),
      version: z.string().nullable(),
      checked: z.boolean().describe('是否已与收录的法规原文逐条核对'),
    }),
  ),
  articles: z.array(article),
});

/** The legal-basis registry, public: every article the platform cites, with its summary. */
export const legalRoutes: RoutesPlugin = (api) => {
  api.get(
    '/legal-basis',
    {
      schema: {
        tags: ['法律依据'],
        summary: '法律依据登记：平台引用的每一条法律法规条文及其要点（公开）',
        response: { 200: registry },
      },
    },
    async () => ({
      statutes: STATUTES.map((s) => ({
        name: s.name,
        version: s.version,
        checked: s.files.length > 0,
      })),
      articles: [...ARTICLES],
    }),
  );
};
