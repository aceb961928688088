import { contextOf } from '../../../core/http/context.js';
import { pageQuery } from '../../../core/http/paging.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import { getPlan, listPlans, publicPlans } from './plan-read.service.js';
import { createPlan, drawPlan, publishPlan } from './plan.service.js';
import {
  emptyPlanBody,
  newPlanBody,
  planDetailOut,
  planListQuery,
  planPageOut,
  planParams,
  publicPlanPageOut,
} from './plans.schema.js';

const tags = ['行政执法'];

/** 双随机、一公开 抽查计划: create, draw (seeded), publish; the portal's list of published plans. */
export const planRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/enforcement/plans',
    {
      schema: {
        tags,
        summary: '双随机抽查计划列表',
        querystring: planListQuery,
        response: { 200: planPageOut },
      },
    },
    async (req) => listPlans(deps, contextOf(req), req.query),
  );
  api.post(
    '/enforcement/plans',
    {
      schema: {
        tags,
        summary: '制定双随机抽查计划（浙江省综合行政执法条例第二十一条）',
        body: newPlanBody,
        response: { 201: planDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await createPlan(deps, ctx, req.body);
      return reply.status(201).send(await getPlan(deps, ctx, id));
    },
  );
  api.get(
    '/enforcement/plans/:id',
    {
      schema: {
        tags,
        summary: '抽查计划详情（含抽取结果和可办理步骤）',
        params: planParams,
        response: { 200: planDetailOut },
      },
    },
    async (req) => getPlan(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/public/enforcement/plans',
    {
      schema: {
        tags,
        summary: '公开的双随机抽查计划和抽取结果',
        querystring: pageQuery,
        response: { 200: publicPlanPageOut },
      },
    },
    async (req) => publicPlans(deps, req.query),
  );

  const step = stepRoutes(api, {
    base: '/enforcement/plans/:id',
    tags,
    params: planParams,
    response: planDetailOut,
    detail: (ctx, id) => getPlan(deps, ctx, id),
  });
  step('draw', '随机抽取检查对象和执法人员', emptyPlanBody, (ctx, id) => drawPlan(deps, ctx, id));
  step('publish', '公开抽查计划和抽取结果', emptyPlanBody, (ctx, id) => publishPlan(deps, ctx, id));
};
