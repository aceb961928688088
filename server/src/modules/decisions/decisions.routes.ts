import { authorize } from '../../core/authz/authorize.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { stepRoutes } from '../../core/workflow/index.js';
import {
  addDraftVersion,
  answerComment,
  listComments,
  moderateComment,
} from './comments.service.js';
import { sendDecisionFile } from './decision-file.service.js';
import { getDecision, listDecisions } from './decision-read.service.js';
import {
  assessRisk,
  changeDecision,
  closeComment,
  createDecision,
  decideDecision,
  draftDecision,
  evaluateDecision,
  implementDecision,
  launchDecision,
  linkLegality,
  openComment,
  publishDecision,
  recordExperts,
  reportToParty,
  reviewFairCompetition,
  withholdParticipation,
} from './decision.service.js';
import { DECISION_STATES } from './decision.workflow.js';
import {
  answerBody,
  changeBody,
  commentParams,
  decideBody,
  decisionListQuery,
  draftBody,
  evaluateBody,
  expertBody,
  fcrBody,
  idParams,
  implementBody,
  launchBody,
  linkLegalityBody,
  moderateBody,
  newDecisionBody,
  noticeParams,
  openCommentBody,
  partyBody,
  publishBody,
  riskBody,
  statsQuery,
  withholdBody,
} from './decisions.schema.js';
import {
  ADOPTIONS,
  CATALOGUE_STATES,
  FCR_CONCLUSIONS,
  MATERIALS,
  PROCEDURES,
  RISK_LEVELS,
} from './decisions.vocabulary.js';
import {
  commentsOut,
  decisionDetailOut,
  decisionListOut,
  legalityCandidatesOut,
  statsOut,
  vocabularyOut,
} from './decisions.responses.js';
import { issueNotice } from './notices.service.js';
import { legalityCandidates } from './review-item-link.js';
import { decisionStats } from './stats.service.js';

const tags = ['重大行政决策'];

/** 重大行政决策: the catalogue, the decisions with one line per step, comments and statistics. */
export const decisionsRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/decisions/vocabulary',
    {
      schema: {
        tags,
        summary: '履行程序、材料、采纳情况、状态等取值',
        response: { 200: vocabularyOut },
      },
    },
    async (req) => {
      authorize(contextOf(req), 'decisions.read');
      return {
        procedures: PROCEDURES,
        materials: MATERIALS,
        adoptions: ADOPTIONS,
        riskLevels: RISK_LEVELS,
        fcrConclusions: FCR_CONCLUSIONS,
        catalogueStates: CATALOGUE_STATES,
        states: DECISION_STATES,
      };
    },
  );
  api.get(
    '/decisions',
    {
      schema: {
        tags,
        summary: '重大行政决策事项',
        querystring: decisionListQuery,
        response: { 200: decisionListOut },
      },
    },
    async (req) => listDecisions(deps, contextOf(req), req.query),
  );
  api.post(
    '/decisions',
    {
      schema: {
        tags,
        summary: '从目录事项提出决策',
        body: newDecisionBody,
        response: { 201: decisionDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await createDecision(deps, ctx, req.body);
      return reply.status(201).send(await getDecision(deps, ctx, id));
    },
  );
  api.get(
    '/decisions/stats',
    {
      schema: {
        tags,
        summary: '年度决策数、备案数、公布数（按记录统计）',
        querystring: statsQuery,
        response: { 200: statsOut },
      },
    },
    async (req) => decisionStats(deps, contextOf(req), req.query),
  );
  api.get(
    '/decisions/:id',
    {
      schema: {
        tags,
        summary: '决策详情（含草案、审查、可办理步骤）',
        params: idParams,
        response: { 200: decisionDetailOut },
      },
    },
    async (req) => getDecision(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/decisions/:id/legality-candidates',
    {
      schema: {
        tags,
        summary: '可关联的合法性审查事项（本镇“重大行政决策”类别、未关联其他决策）',
        params: idParams,
        response: { 200: legalityCandidatesOut },
      },
    },
    async (req) => legalityCandidates(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/decisions/:id/notices/:kind',
    {
      schema: {
        tags,
        summary:
          '发布决策公告（征求意见、听证、采纳情况说明、决策公告；每种一次，听证会变更后重新发布听证公告）',
        params: noticeParams,
        response: { 201: decisionDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      await issueNotice(deps, ctx, req.params.id, req.params.kind);
      return reply.status(201).send(await getDecision(deps, ctx, req.params.id));
    },
  );
  api.get(
    '/decisions/:id/file',
    { schema: { tags, summary: '下载决策案卷（ZIP：卷内目录及各环节文书）', params: idParams } },
    async (req, reply) => sendDecisionFile(deps, contextOf(req), reply, req.params.id),
  );
  api.post(
    '/decisions/:id/drafts',
    {
      schema: {
        tags,
        summary: '登记决策草案修改稿（新版本）',
        params: idParams,
        body: draftBody,
        response: { 200: decisionDetailOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await addDraftVersion(deps, ctx, req.params.id, req.body);
      return getDecision(deps, ctx, req.params.id);
    },
  );
  api.get(
    '/decisions/:id/comments',
    {
      schema: {
        tags,
        summary: '公众意见（审核和采纳情况）',
        params: idParams,
        response: { 200: commentsOut },
      },
    },
    async (req) => listComments(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/decisions/:id/comments/:commentId/moderate',
    {
      schema: {
        tags,
        summary: '审核公众意见（公开或不予公开）',
        params: commentParams,
        body: moderateBody,
        response: { 200: commentsOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await moderateComment(deps, ctx, req.params.id, req.params.commentId, req.body);
      return listComments(deps, ctx, req.params.id);
    },
  );
  api.post(
    '/decisions/:id/comments/:commentId/answer',
    {
      schema: {
        tags,
        summary: '答复公众意见的采纳情况',
        params: commentParams,
        body: answerBody,
        response: { 200: commentsOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await answerComment(deps, ctx, req.params.id, req.params.commentId, req.body);
      return listComments(deps, ctx, req.params.id);
    },
  );

  const step = stepRoutes(api, {
    base: '/decisions/:id',
    tags,
    params: idParams,
    response: decisionDetailOut,
    detail: (ctx, id) => getDecision(deps, ctx, id),
  });
  step('launch', '启动决策程序（明确承办单位）', launchBody, (ctx, id, b) =>
    launchDecision(deps, ctx, id, b),
  );
  step('draft', '登记决策草案（按条拆分）', draftBody, (ctx, id, b) =>
    draftDecision(deps, ctx, id, b),
  );
  step('open-comment', '公开征求意见', openCommentBody, (ctx, id, b) =>
    openComment(deps, ctx, id, b),
  );
  step('withhold-participation', '依法不公开征求意见', withholdBody, (ctx, id, b) =>
    withholdParticipation(deps, ctx, id, b),
  );
  step('close-comment', '结束征求意见', null, (ctx, id) => closeComment(deps, ctx, id));
  step('expert-review', '记录专家论证', expertBody, (ctx, id, b) =>
    recordExperts(deps, ctx, id, b),
  );
  step('assess-risk', '记录风险评估', riskBody, (ctx, id, b) => assessRisk(deps, ctx, id, b));
  step('fair-competition', '记录公平竞争审查结论', fcrBody, (ctx, id, b) =>
    reviewFairCompetition(deps, ctx, id, b),
  );
  step('link-legality', '关联合法性审查事项', linkLegalityBody, (ctx, id, b) =>
    linkLegality(deps, ctx, id, b),
  );
  step('report-party', '向党委请示报告', partyBody, (ctx, id, b) =>
    reportToParty(deps, ctx, id, b),
  );
  step('decide', '记录集体讨论决定', decideBody, (ctx, id, b) => decideDecision(deps, ctx, id, b));
  step('publish', '公布决策', publishBody, (ctx, id, b) => publishDecision(deps, ctx, id, b));
  step('implement', '明确执行单位', implementBody, (ctx, id, b) =>
    implementDecision(deps, ctx, id, b),
  );
  step('evaluate', '决策后评估', evaluateBody, (ctx, id, b) => evaluateDecision(deps, ctx, id, b));
  step('adjust', '调整决策', changeBody, (ctx, id, b) =>
    changeDecision(deps, ctx, id, 'adjust', b),
  );
  step('stop', '停止执行', changeBody, (ctx, id, b) => changeDecision(deps, ctx, id, 'stop', b));
};
