import { z } from 'zod';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { settingPatch } from '../review.settings.js';
import { updateSettings, viewSettings } from './settings.service.js';

const tags = ['合法性审查'];
const townQuery = z
  .object({
    orgId: z
      .string()
      .uuid('机构编号格式有误')
      .optional()
      .describe('乡镇（县级及以上人员须指定；默认本人所在乡镇）'),
  })
  .strict();
const sourced = <T extends z.ZodType>(t: T) => z.object({ value: t, source: z.string() });
const settingsResponse = z.object({
  periods: z.array(
    z.object({
      type: z.string(),
      typeLabel: z.string(),
      days: z.number(),
      unit: z.string(),
      basis: z.string(),
      source: z.string(),
      confirmed: z.boolean(),
    }),
  ),
  pauseDuringCoReview: sourced(z.boolean()),
  tradingThresholdFen: sourced(z.number()),
  majorContractThresholdFen: sourced(z.number()),
  abilities: z.object({ manage: z.boolean() }),
});

/** The town's configurable review rules, each with its default and where that default comes from. */
export const settingsRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/review/settings',
    {
      schema: {
        tags,
        summary: '审查期限等可配置规则（含默认值来源）',
        querystring: townQuery,
        response: { 200: settingsResponse },
      },
    },
    async (req) => viewSettings(deps, contextOf(req), req.query.orgId),
  );
  api.put(
    '/review/settings',
    {
      schema: {
        tags,
        summary: '修改本镇的审查期限等规则',
        querystring: townQuery,
        body: settingPatch,
        response: { 200: settingsResponse },
      },
    },
    async (req) => updateSettings(deps, contextOf(req), req.body, req.query.orgId),
  );
};
