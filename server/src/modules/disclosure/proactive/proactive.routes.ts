import { z } from 'zod';
import { can } from '../../../core/authz/actor.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import {
  annualStatsBody,
  getProactiveFigures,
  saveAnnualStats,
  yearParams,
} from './annual-stats.service.js';
import { sendCatalogueExport } from './catalogue-export.js';
import {
  CATEGORIES,
  ITEM_KINDS,
  NORMATIVE_KINDS,
  PUBLISH_MODES,
  WITHHOLD_GROUNDS,
} from './categories.js';
import { getGuide, guideBody, saveGuide } from './guide.service.js';
import { attachToItem, createItem, getItem, listItems, updateDraft } from './item.service.js';
import {
  abolishBody,
  attachBody,
  createItemBody,
  idParams,
  itemDetailOut,
  itemListQuery,
  itemPageOut,
  opinionBody,
  reasonBody,
  reassessBody,
  updateItemBody,
  withholdBody,
} from './proactive.schema.js';
import {
  approveItem,
  reassessItem,
  recordAbolition,
  returnItem,
  submitItem,
  withdrawItem,
  withholdItem,
} from './review.service.js';
import { figuresOut, guideOut, settingsOut, vocabularyOut } from './proactive.responses.js';
import { getProactiveSettings, saveProactiveSettings } from './settings.js';
import { patchBody } from '../../../core/http/patch-body.js';
import { readWithin } from '../../orgs/orgs.public.js';

const tags = ['政务公开·主动公开'];
const orgQuery = z
  .object({
    orgId: z.string().uuid('机构编号格式有误').optional().describe('乡镇（默认本人所在乡镇）'),
  })
  .strict();

/** Staff side of proactive disclosure: the catalogue, its workflow, the guide, settings and 表二 figures. */
export const proactiveRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/disclosure/vocabulary',
    {
      schema: {
        tags,
        summary: '公开类别（第二十条、第二十一条）、不予公开依据等取值',
        response: { 200: vocabularyOut },
      },
    },
    async () => ({
      categories: [...CATEGORIES],
      kinds: ITEM_KINDS,
      publishModes: PUBLISH_MODES,
      normativeKinds: NORMATIVE_KINDS,
      withholdGrounds: WITHHOLD_GROUNDS,
    }),
  );

  api.get(
    '/disclosure/items',
    {
      schema: {
        tags,
        summary: '政府信息公开目录（含各状态；可筛选、分页、导出 XLSX）',
        querystring: itemListQuery,
        response: { 200: itemPageOut },
      },
    },
    async (req, reply) => {
      const { page, pageSize, format, orgId, ...filter } = req.query;
      const ctx = await readWithin(deps.db.kysely, contextOf(req), orgId);
      if (format === 'xlsx') return sendCatalogueExport(deps, ctx, reply, filter);
      return {
        ...(await listItems(deps, ctx, { ...filter, page, pageSize })),
        abilities: { create: can(ctx.actor, 'disclosure.item.write') },
      };
    },
  );

  api.post(
    '/disclosure/items',
    {
      schema: {
        tags,
        summary: '起草主动公开信息（第二十六条公开期限自生成日期起算）',
        body: createItemBody,
        response: { 201: itemDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const id = await createItem(deps, ctx, req.body);
      return reply.status(201).send(await getItem(deps, ctx, id));
    },
  );

  api.get(
    '/disclosure/items/:id',
    {
      schema: { tags, summary: '公开信息详情', params: idParams, response: { 200: itemDetailOut } },
    },
    async (req) => getItem(deps, contextOf(req), req.params.id),
  );

  api.patch(
    '/disclosure/items/:id',
    {
      schema: {
        tags,
        summary: '修改草稿',
        params: idParams,
        body: patchBody(updateItemBody),
        response: { 200: itemDetailOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await updateDraft(deps, ctx, req.params.id, req.body);
      return getItem(deps, ctx, req.params.id);
    },
  );

  api.post(
    '/disclosure/items/:id/attachments',
    {
      schema: {
        tags,
        summary: '为草稿添加附件',
        params: idParams,
        body: attachBody,
        response: { 200: itemDetailOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await attachToItem(deps, ctx, req.params.id, req.body.fileId);
      return getItem(deps, ctx, req.params.id);
    },
  );

  const step = stepRoutes(api, {
    base: '/disclosure/items/:id',
    tags,
    params: idParams,
    response: itemDetailOut,
    detail: (ctx, id) => getItem(deps, ctx, id),
  });
  step('submit', '提交保密审查（第十七条）', z.object({}).strict(), (ctx, id) =>
    submitItem(deps, ctx, id),
  );
  step(
    'approve',
    '保密审查通过并公开（须由起草人、提交人以外的人员审查）',
    opinionBody,
    (ctx, id, b) => approveItem(deps, ctx, id, b.opinion),
  );
  step('return', '保密审查退回修改', reasonBody, (ctx, id, b) =>
    returnItem(deps, ctx, id, b.reason),
  );
  step(
    'withhold',
    '决定不予公开（第十四至十六条），并安排定期评估（第十八条）',
    withholdBody,
    (ctx, id, b) => withholdItem(deps, ctx, id, b.ground, b.reason),
  );
  step('reassess', '不予公开信息定期评估审查（第十八条）', reassessBody, (ctx, id, b) =>
    reassessItem(deps, ctx, id, b.release, b.opinion),
  );
  step('withdraw', '撤回已公开信息', reasonBody, (ctx, id, b) =>
    withdrawItem(deps, ctx, id, b.reason),
  );
  step('abolish', '登记规范性文件废止日期', abolishBody, (ctx, id, b) =>
    recordAbolition(deps, ctx, id, b.abolishedOn),
  );

  api.get(
    '/disclosure/guide',
    {
      schema: {
        tags,
        summary: '政府信息公开指南（第十二条）',
        querystring: orgQuery,
        response: { 200: guideOut },
      },
    },
    async (req) => getGuide(deps, contextOf(req), req.query.orgId),
  );
  api.put(
    '/disclosure/guide',
    {
      schema: {
        tags,
        summary: '修改政府信息公开指南',
        querystring: orgQuery,
        body: guideBody,
        response: { 200: guideOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await saveGuide(deps, ctx, req.body, req.query.orgId);
      return getGuide(deps, ctx, req.query.orgId);
    },
  );

  api.get(
    '/disclosure/proactive-settings',
    {
      schema: {
        tags,
        summary: '主动公开参数（[U] 可配置项及其默认值来源）',
        querystring: orgQuery,
        response: { 200: settingsOut },
      },
    },
    async (req) => getProactiveSettings(deps, contextOf(req), req.query.orgId),
  );
  api.put(
    '/disclosure/proactive-settings',
    {
      schema: {
        tags,
        summary: '修改主动公开参数',
        querystring: orgQuery,
        body: z
          .object({
            reassessMonths: z
              .number()
              .int()
              .min(1, '评估周期至少 1 个月')
              .max(60, '评估周期不超过 60 个月')
              .describe('不予公开信息的评估周期（月）'),
          })
          .strict(),
        response: { 200: settingsOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await saveProactiveSettings(deps, ctx, req.body, req.query.orgId);
      return getProactiveSettings(deps, ctx, req.query.orgId);
    },
  );

  api.get(
    '/disclosure/proactive-figures/:year',
    {
      schema: {
        tags,
        summary: '年度报告表二（主动公开政府信息情况）的数据',
        params: yearParams,
        querystring: orgQuery,
        response: { 200: figuresOut },
      },
    },
    async (req) => getProactiveFigures(deps, contextOf(req), req.params.year, req.query.orgId),
  );
  api.put(
    '/disclosure/annual-stats/:year',
    {
      schema: {
        tags,
        summary: '录入表二所需的许可、处罚、强制决定数和收费金额（注明来源）',
        params: yearParams,
        querystring: orgQuery,
        body: annualStatsBody,
        response: { 200: figuresOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await saveAnnualStats(deps, ctx, req.params.year, req.body, req.query.orgId);
      return getProactiveFigures(deps, ctx, req.params.year, req.query.orgId);
    },
  );
};
