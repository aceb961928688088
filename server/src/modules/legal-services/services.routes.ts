import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import {
  adviserLogs,
  appointAdviser,
  listAdvisers,
  logAdviserService,
} from './advisers/advisers.service.js';
import { adviserEvaluations, evaluateAdviser } from './advisers/evaluation.service.js';
import {
  evaluationBody,
  evaluationListResponse,
  evaluationResponse,
} from './advisers/evaluation.schema.js';
import { listAssistance, recordAssistance } from './assistance/assistance.service.js';
import {
  adviserBody,
  adviserLogBody,
  assistanceBody,
  idParams,
  townQuery,
  yearListQuery,
} from './legal-services.schema.js';
import {
  adviserLogOut,
  adviserLogsOut,
  adviserOut,
  advisersOut,
  assistanceListOut,
  assistanceOut,
} from './services.responses.js';

const tags = ['司法协助与村法律顾问'];

/** 司法协助 records, and 一村一法律顾问 with the advisers' service logs. */
export const servicesRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/legal-services/assistance',
    {
      schema: {
        tags,
        summary: '司法协助记录',
        querystring: yearListQuery,
        response: { 200: assistanceListOut },
      },
    },
    async (req) => listAssistance(deps, contextOf(req), req.query),
  );
  api.post(
    '/legal-services/assistance',
    {
      schema: {
        tags,
        summary: '登记司法协助',
        body: assistanceBody,
        response: { 201: assistanceOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordAssistance(deps, contextOf(req), req.body)),
  );
  api.get(
    '/legal-services/advisers',
    {
      schema: {
        tags,
        summary: '各村法律顾问及本年度服务次数',
        querystring: townQuery,
        response: { 200: advisersOut },
      },
    },
    async (req) => listAdvisers(deps, contextOf(req), req.query.orgId),
  );
  api.post(
    '/legal-services/advisers',
    {
      schema: { tags, summary: '聘任村法律顾问', body: adviserBody, response: { 201: adviserOut } },
    },
    async (req, reply) =>
      reply.status(201).send(await appointAdviser(deps, contextOf(req), req.body)),
  );
  api.get(
    '/legal-services/advisers/:id/logs',
    {
      schema: {
        tags,
        summary: '法律顾问服务记录',
        params: idParams,
        response: { 200: adviserLogsOut },
      },
    },
    async (req) => adviserLogs(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/legal-services/advisers/:id/logs',
    {
      schema: {
        tags,
        summary: '记录法律顾问服务',
        params: idParams,
        body: adviserLogBody,
        response: { 201: adviserLogOut },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await logAdviserService(deps, contextOf(req), req.params.id, req.body)),
  );
  api.get(
    '/legal-services/advisers/:id/evaluations',
    {
      schema: {
        tags,
        summary: '法律顾问历年年度考核',
        params: idParams,
        response: { 200: evaluationListResponse },
      },
    },
    async (req) => adviserEvaluations(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/legal-services/advisers/:id/evaluations',
    {
      schema: {
        tags,
        summary: '登记法律顾问年度考核（每年度一次）',
        params: idParams,
        body: evaluationBody,
        response: { 201: evaluationResponse },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await evaluateAdviser(deps, contextOf(req), req.params.id, req.body)),
  );
};
