import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { submitPublicComment } from './comments.service.js';
import { sendCommentCode } from './comment-verification.service.js';
import { commentCodeBody, idParams, publicCommentBody, yearParams } from './decisions.schema.js';
import {
  portalTownOf,
  publicCatalogue,
  publicDecision,
  publicDecisions,
} from './portal.service.js';
import {
  publicCatalogueOut,
  publicDecisionOut,
  publicDecisionsOut,
} from './decisions.responses.js';

const tags = ['重大行政决策·门户（公开，无需登录）'];

/** The portal's pages of 重大行政决策: the catalogue, drafts for comment, published decisions. */
export const decisionsPortalRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/public/decisions',
    {
      schema: {
        tags,
        summary: '正在征求意见的决策草案和已公布的决策',
        response: { 200: publicDecisionsOut },
      },
    },
    async () => publicDecisions(deps),
  );
  api.get(
    '/public/decisions/catalogues/:year',
    {
      schema: {
        tags,
        summary: '年度重大行政决策事项目录（含调整）',
        params: yearParams,
        response: { 200: publicCatalogueOut },
      },
    },
    async (req) => publicCatalogue(deps, req.params.year),
  );
  api.get(
    '/public/decisions/:id',
    {
      schema: {
        tags,
        summary: '决策草案（按条）、公众意见和采纳情况',
        params: idParams,
        response: { 200: publicDecisionOut },
      },
    },
    async (req) => publicDecision(deps, req.params.id),
  );
  api.post(
    '/public/decisions/:id/comments',
    {
      schema: {
        tags,
        summary: '对决策草案提出意见（无需登录；乡镇未要求短信验证时姓名、手机号可不填）',
        params: idParams,
        body: publicCommentBody,
        response: { 201: z.object({ id: z.string(), message: z.string() }) },
      },
    },
    async (req, reply) => {
      const town = await portalTownOf(deps);
      return reply
        .status(201)
        .send(await submitPublicComment(deps, contextOf(req), town.id, req.params.id, req.body));
    },
  );
  api.post(
    '/public/decisions/:id/comments/code',
    {
      schema: {
        tags,
        summary: '获取提出意见的短信验证码（乡镇要求短信验证时）',
        params: idParams,
        body: commentCodeBody,
        response: { 200: z.object({ expiresInSeconds: z.number() }) },
      },
    },
    async (req) => {
      const town = await portalTownOf(deps);
      return sendCommentCode(deps, contextOf(req), town.id, req.params.id, req.body.phone);
    },
  );
};
