import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { idParams } from './decisions.schema.js';
import { chooseExperts, declareConflict, recordOpinion } from './expert-picks.service.js';
import { addExpert, listExperts } from './expert-pool.service.js';
import { recordHearing, scheduleHearing } from './hearing.service.js';
import { getProcedures } from './procedures-read.service.js';
import {
  chooseExpertsBody,
  conflictBody,
  expertParams,
  expertPoolResponse,
  expertResponse,
  hearingBody,
  hearingRecordBody,
  opinionBody,
  poolExpertBody,
  poolQuery,
  proceduresResponse,
  riskReportBody,
} from './procedures.schema.js';
import { recordRiskReport } from './risk-report.service.js';

const tags = ['重大行政决策'];
const response = { 200: proceduresResponse };

/** 听证、专家论证、风险评估报告 of a decision (条例 第十六至二十四条), and the town's expert pool. */
export const decisionProceduresRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/decisions/experts',
    {
      schema: {
        tags,
        summary: '决策咨询论证专家库',
        querystring: poolQuery,
        response: { 200: expertPoolResponse },
      },
    },
    async (req) => listExperts(deps, contextOf(req), req.query),
  );
  api.post(
    '/decisions/experts',
    {
      schema: {
        tags,
        summary: '专家库新增专家',
        body: poolExpertBody,
        response: { 201: expertResponse },
      },
    },
    async (req, reply) => reply.status(201).send(await addExpert(deps, contextOf(req), req.body)),
  );
  api.get(
    '/decisions/:id/procedures',
    {
      schema: { tags, summary: '听证、专家论证和风险评估报告', params: idParams, response },
    },
    async (req) => getProcedures(deps, contextOf(req), req.params.id),
  );
  const write = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    call: (ctx: RequestContext, id: string, b: z.infer<B>) => Promise<unknown>,
  ) =>
    api.post(
      `/decisions/:id/${path}`,
      { schema: { tags, summary, params: idParams, body, response } },
      async (req) => {
        const ctx = contextOf(req);
        const { id } = req.params as z.infer<typeof idParams>;
        await call(ctx, id, req.body as z.infer<B>);
        return getProcedures(deps, ctx, id);
      },
    );
  write(
    'hearing',
    '公告听证会（时间地点、遴选办法、参加人名单、材料送达）',
    hearingBody,
    (ctx, id, b) => scheduleHearing(deps, ctx, id, b),
  );
  write('hearing/record', '录入听证会记录', hearingRecordBody, (ctx, id, b) =>
    recordHearing(deps, ctx, id, b),
  );
  write('expert-conflicts', '登记专家回避声明', conflictBody, (ctx, id, b) =>
    declareConflict(deps, ctx, id, b),
  );
  write('experts', '选择论证专家（排除有利害关系的专家）', chooseExpertsBody, (ctx, id, b) =>
    chooseExperts(deps, ctx, id, b),
  );
  write('risk-report', '登记风险评估报告', riskReportBody, (ctx, id, b) =>
    recordRiskReport(deps, ctx, id, b),
  );
  api.post(
    '/decisions/:id/experts/:expertId/opinion',
    {
      schema: {
        tags,
        summary: '录入专家署名的书面论证意见',
        params: expertParams,
        body: opinionBody,
        response,
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await recordOpinion(deps, ctx, req.params.id, req.params.expertId, req.body);
      return getProcedures(deps, ctx, req.params.id);
    },
  );
};
