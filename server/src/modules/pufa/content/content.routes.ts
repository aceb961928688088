import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { idParams } from '../quiz/quiz.schema.js';
import {
  contentBody,
  contentListQuery,
  dutyItemBody,
  participantsBody,
  publishBody,
  villageLeaderBody,
  withdrawBody,
  villageLeaderQuery,
  yearOnlyQuery,
} from './content.schema.js';
import {
  createContent,
  getContent,
  listContents,
  publishContent,
  recordParticipants,
  withdrawContent,
} from './content.service.js';
import { publicContent, publicContents } from './content-portal.service.js';
import { addDutyItem, listDutyItems, publicDutyItems } from './duty-list.service.js';
import { addVillageLeader, listVillageLeaders } from './village-leaders.service.js';

import {
  contentDetailOut,
  contentListOut,
  contentOut,
  createdOut,
  dutyListOut,
  villageLeadersOut,
} from './content.responses.js';

const tags = ['普法·内容'];
const portalTags = ['普法·内容·门户（公开，无需登录）'];

/** 普法 content under the town's brand, the 谁执法谁普法 list, the villages' 法律明白人. */
export const contentRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/pufa/contents',
    {
      schema: {
        tags,
        summary: '普法文章、视频、直播',
        querystring: contentListQuery,
        response: { 200: contentListOut },
      },
    },
    async (req) => listContents(deps, contextOf(req), req.query),
  );
  api.post(
    '/pufa/contents',
    { schema: { tags, summary: '撰写普法内容', body: contentBody, response: { 201: contentOut } } },
    async (req, reply) =>
      reply.status(201).send(await createContent(deps, contextOf(req), req.body)),
  );
  api.post(
    '/pufa/contents/:id/publish',
    {
      schema: {
        tags,
        summary: '发布到门户',
        params: idParams,
        body: publishBody,
        response: { 200: contentDetailOut },
      },
    },
    async (req) => publishContent(deps, contextOf(req), req.params.id, req.body),
  );
  api.post(
    '/pufa/contents/:id/withdraw',
    {
      schema: {
        tags,
        summary: '从门户撤回',
        params: idParams,
        body: withdrawBody,
        response: { 200: contentDetailOut },
      },
    },
    async (req) => withdrawContent(deps, contextOf(req), req.params.id, req.body),
  );
  api.get(
    '/pufa/contents/:id',
    {
      schema: {
        tags,
        summary: '普法内容详情（含可执行操作）',
        params: idParams,
        response: { 200: contentDetailOut },
      },
    },
    async (req) => getContent(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/pufa/contents/:id/participants',
    {
      schema: {
        tags,
        summary: '登记参与人数（直播、活动）',
        params: idParams,
        body: participantsBody,
        response: { 200: contentOut },
      },
    },
    async (req) => recordParticipants(deps, contextOf(req), req.params.id, req.body),
  );
  api.get(
    '/pufa/duty-list',
    {
      schema: {
        tags,
        summary: '谁执法谁普法责任清单',
        querystring: yearOnlyQuery,
        response: { 200: dutyListOut },
      },
    },
    async (req) => listDutyItems(deps, contextOf(req), req.query.year),
  );
  api.post(
    '/pufa/duty-list',
    {
      schema: {
        tags,
        summary: '增加部门普法责任',
        body: dutyItemBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) => reply.status(201).send(await addDutyItem(deps, contextOf(req), req.body)),
  );
  api.get(
    '/pufa/village-leaders',
    {
      schema: {
        tags,
        summary: '各村法律明白人、法治带头人名册',
        querystring: villageLeaderQuery,
        response: { 200: villageLeadersOut },
      },
    },
    async (req) => listVillageLeaders(deps, contextOf(req), req.query.villageId),
  );
  api.post(
    '/pufa/village-leaders',
    {
      schema: {
        tags,
        summary: '登记法律明白人、法治带头人',
        body: villageLeaderBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addVillageLeader(deps, contextOf(req), req.body)),
  );
  api.get(
    '/public/pufa/contents',
    {
      schema: {
        tags: portalTags,
        summary: '桥尚法·普法内容',
        querystring: contentListQuery,
        response: { 200: contentListOut },
      },
    },
    async (req) => publicContents(deps, req.query),
  );
  api.get(
    '/public/pufa/contents/:id',
    {
      schema: {
        tags: portalTags,
        summary: '普法内容全文（计阅读数）',
        params: idParams,
        response: { 200: contentOut },
      },
    },
    async (req) => publicContent(deps, req.params.id),
  );
  api.get(
    '/public/pufa/duty-list',
    {
      schema: {
        tags: portalTags,
        summary: '谁执法谁普法责任清单',
        querystring: yearOnlyQuery,
        response: { 200: dutyListOut },
      },
    },
    async (req) => publicDutyItems(deps, req.query.year),
  );
};
