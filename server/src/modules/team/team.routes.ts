import { authorize } from '../../core/authz/authorize.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { addContract, addServiceLog, listContracts } from './contract.service.js';
import { addMember, addTraining, listMembers, memberLeaves } from './member.service.js';
import {
  contractsOut,
  createdOut,
  membersOut,
  plansOut,
  sessionsOut,
  shufaOut,
  statsOut,
  vocabularyOut,
} from './team.responses.js';
import { addShufa, listShufa } from './shufa.service.js';
import { teamStats } from './stats.service.js';
import { addPlan, addSession, listPlans, listSessions } from './study.service.js';
import {
  contractBody,
  idParams,
  leaveBody,
  listQuery,
  memberBody,
  planBody,
  serviceLogBody,
  sessionBody,
  shufaBody,
  trainingBody,
  yearQuery,
} from './team.schema.js';
import { DEGREES, SERVICE_KINDS, SHUFA_FORMS, STUDY_KINDS, TEAM_ROLES } from './team.vocabulary.js';

const tags = ['法治队伍与学法述法'];

/** The roster, adviser contracts, 学法 and 述法, and the year's figures. */
export const teamRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/team/vocabulary',
    { schema: { tags, summary: '职责、学位、学法类型等取值', response: { 200: vocabularyOut } } },
    async (req) => {
      authorize(contextOf(req), 'team.read');
      return {
        roles: TEAM_ROLES,
        degrees: DEGREES,
        studyKinds: STUDY_KINDS,
        serviceKinds: SERVICE_KINDS,
        shufaForms: SHUFA_FORMS,
      };
    },
  );
  api.get(
    '/team/members',
    {
      schema: {
        tags,
        summary: '法治队伍名册（学历、法律职业资格、执法证、培训学时）',
        querystring: listQuery,
        response: { 200: membersOut },
      },
    },
    async (req) => listMembers(deps, contextOf(req), req.query),
  );
  api.post(
    '/team/members',
    { schema: { tags, summary: '加入法治队伍', body: memberBody, response: { 201: createdOut } } },
    async (req, reply) => reply.status(201).send(await addMember(deps, contextOf(req), req.body)),
  );
  api.post(
    '/team/members/:id/leave',
    {
      schema: {
        tags,
        summary: '离开队伍',
        params: idParams,
        body: leaveBody,
        response: { 200: createdOut },
      },
    },
    async (req) => memberLeaves(deps, contextOf(req), req.params.id, req.body),
  );
  api.post(
    '/team/members/:id/trainings',
    {
      schema: {
        tags,
        summary: '登记培训学时',
        params: idParams,
        body: trainingBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addTraining(deps, contextOf(req), req.params.id, req.body)),
  );
  api.get(
    '/team/contracts',
    {
      schema: {
        tags,
        summary: '法律顾问合同及服务记录',
        querystring: listQuery,
        response: { 200: contractsOut },
      },
    },
    async (req) => listContracts(deps, contextOf(req), req.query),
  );
  api.post(
    '/team/contracts',
    {
      schema: {
        tags,
        summary: '登记法律顾问合同',
        body: contractBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) => reply.status(201).send(await addContract(deps, contextOf(req), req.body)),
  );
  api.post(
    '/team/contracts/:id/logs',
    {
      schema: {
        tags,
        summary: '登记顾问服务记录',
        params: idParams,
        body: serviceLogBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addServiceLog(deps, contextOf(req), req.params.id, req.body)),
  );
  api.get(
    '/team/study-plans',
    { schema: { tags, summary: '学法计划', querystring: listQuery, response: { 200: plansOut } } },
    async (req) => listPlans(deps, contextOf(req), req.query),
  );
  api.post(
    '/team/study-plans',
    { schema: { tags, summary: '制定学法计划', body: planBody, response: { 201: createdOut } } },
    async (req, reply) => reply.status(201).send(await addPlan(deps, contextOf(req), req.body)),
  );
  api.get(
    '/team/study-sessions',
    {
      schema: {
        tags,
        summary: '学法活动（会前学法、专题法治学习会）',
        querystring: listQuery,
        response: { 200: sessionsOut },
      },
    },
    async (req) => listSessions(deps, contextOf(req), req.query),
  );
  api.post(
    '/team/study-sessions',
    {
      schema: {
        tags,
        summary: '登记学法活动（出勤、材料）',
        body: sessionBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) => reply.status(201).send(await addSession(deps, contextOf(req), req.body)),
  );
  api.get(
    '/team/shufa',
    {
      schema: {
        tags,
        summary: '述法及评议得分',
        querystring: listQuery,
        response: { 200: shufaOut },
      },
    },
    async (req) => listShufa(deps, contextOf(req), req.query),
  );
  api.post(
    '/team/shufa',
    {
      schema: {
        tags,
        summary: '登记述法及评议打分',
        body: shufaBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) => reply.status(201).send(await addShufa(deps, contextOf(req), req.body)),
  );
  api.get(
    '/team/stats',
    {
      schema: {
        tags,
        summary: '法治队伍和学法述法年度统计',
        querystring: yearQuery,
        response: { 200: statsOut },
      },
    },
    async (req) => teamStats(deps, contextOf(req), req.query),
  );
};
