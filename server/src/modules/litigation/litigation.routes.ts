import type { z } from 'zod';
import { authorize } from '../../core/authz/authorize.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { getCase, listCases } from './case-read.service.js';
import { appealCase } from './appeal.service.js';
import { consultCase } from './consultation.service.js';
import {
  answerCase,
  concludeCase,
  createCase,
  evaluateCase,
  hearCase,
  rectifyCase,
} from './case.service.js';
import { LITIGATION_STATES } from './case.workflow.js';
import {
  answerBody,
  appealBody,
  caseFilterQuery,
  caseListQuery,
  concludeBody,
  consultBody,
  evaluateBody,
  hearBody,
  idParams,
  newCaseBody,
  rectifyBody,
  statsQuery,
} from './litigation.schema.js';
import {
  CASE_KINDS,
  COURT_OUTCOMES,
  APPEALED_BY,
  DECISION_FORMS,
  MANDATORY_REASONS,
  REVIEW_OUTCOMES,
} from './litigation.vocabulary.js';
import { litigationStats, sendLedger } from './stats.service.js';
import { caseDetailOut, caseListOut, statsOut, vocabularyOut } from './litigation.responses.js';

const tags = ['行政复议与行政应诉'];

/** 行政复议与行政应诉: the register, one line per step, statistics and the ledger. */
export const litigationRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/litigation/vocabulary',
    {
      schema: { tags, summary: '案件类别、法定结果、状态等取值', response: { 200: vocabularyOut } },
    },
    async (req) => {
      authorize(contextOf(req), 'litigation.case.read');
      return {
        kinds: CASE_KINDS,
        reviewOutcomes: REVIEW_OUTCOMES,
        courtOutcomes: COURT_OUTCOMES,
        decisionForms: DECISION_FORMS,
        appealedBy: APPEALED_BY,
        mandatoryReasons: MANDATORY_REASONS,
        states: LITIGATION_STATES,
      };
    },
  );
  api.get(
    '/litigation/cases',
    {
      schema: {
        tags,
        summary: '行政复议、行政诉讼案件登记',
        querystring: caseListQuery,
        response: { 200: caseListOut },
      },
    },
    async (req) => listCases(deps, contextOf(req), req.query),
  );
  api.get(
    '/litigation/cases/export',
    { schema: { tags, summary: '导出复议应诉案件台账（XLSX）', querystring: caseFilterQuery } },
    async (req, reply) => sendLedger(deps, contextOf(req), reply, req.query),
  );
  api.get(
    '/litigation/stats',
    {
      schema: {
        tags,
        summary: '发案量、出庭应诉率、纠错率、败诉率（按年度）',
        querystring: statsQuery,
        response: { 200: statsOut },
      },
    },
    async (req) => litigationStats(deps, contextOf(req), req.query),
  );
  api.post(
    '/litigation/cases',
    {
      schema: {
        tags,
        summary: '登记行政复议或行政诉讼案件',
        body: newCaseBody,
        response: { 201: caseDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await createCase(deps, ctx, req.body);
      return reply.status(201).send(await getCase(deps, ctx, id));
    },
  );
  api.get(
    '/litigation/cases/:id',
    {
      schema: {
        tags,
        summary: '案件详情（含可办理步骤）',
        params: idParams,
        response: { 200: caseDetailOut },
      },
    },
    async (req) => getCase(deps, contextOf(req), req.params.id),
  );

  const step = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: ReturnType<typeof contextOf>, id: string, b: z.infer<B>) => Promise<unknown>,
  ) =>
    api.post(
      `/litigation/cases/:id/${path}`,
      { schema: { tags, summary, params: idParams, body, response: { 200: caseDetailOut } } },
      async (req) => {
        const ctx = contextOf(req);
        const id = (req.params as { id: string }).id;
        await run(ctx, id, req.body as z.infer<B>);
        return getCase(deps, ctx, id);
      },
    );
  step('consult', '案件会商', consultBody, (ctx, id, b) => consultCase(deps, ctx, id, b));
  step('reconsult', '再次会商（上诉前、二审答辩前等）', consultBody, (ctx, id, b) =>
    consultCase(deps, ctx, id, b, 'reconsult'),
  );
  step('answer', '提交答复/答辩（可出具答辩状/答复书 DOCX）', answerBody, (ctx, id, b) =>
    answerCase(deps, ctx, id, b),
  );
  step('appeal', '上诉（本机关上诉或收到对方上诉状副本）', appealBody, (ctx, id, b) =>
    appealCase(deps, ctx, id, b),
  );
  step('hear', '记录庭审和负责人出庭应诉', hearBody, (ctx, id, b) => hearCase(deps, ctx, id, b));
  step('conclude', '登记结果', concludeBody, (ctx, id, b) => concludeCase(deps, ctx, id, b));
  step('evaluate', '一案一评', evaluateBody, (ctx, id, b) => evaluateCase(deps, ctx, id, b));
  step('rectify', '整改反馈', rectifyBody, (ctx, id, b) => rectifyCase(deps, ctx, id, b));
};
