import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { unauthorized } from '../../core/errors.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { SESSION_COOKIE } from './authenticate.js';
import { changePassword, login, logout } from './auth.service.js';
import {
  chooseTownBody,
  codeBody,
  enrolmentResponse,
  loginBody,
  loginHistoryItem,
  meSchema,
  passwordBody,
  sessionItem,
  stageResponse,
} from './auth.schema.js';
import { describeMe } from './me.js';
import { activate, startEnrolment, verifySecondFactor } from './mfa.service.js';
import { listLoginHistory, listOwnSessions, revokeOwnSession } from './self-service.js';
import { setSessionCookie } from './session-cookie.js';
import { chooseTown } from './town-choice.js';

const tags = ['认证与会话'];

function requireSession(req: FastifyRequest) {
  if (!req.session) throw unauthorized('会话已失效，请重新登录', 'UNAUTHENTICATED');
  return req.session;
}

export const authRoutes: RoutesPlugin = (api, deps) => {
  const setCookie = (reply: FastifyReply, token: string) => setSessionCookie(reply, deps, token);

  api.post(
    '/auth/login',
    { schema: { tags, summary: '用户名密码登录', body: loginBody, response: { 200: meSchema } } },
    async (req, reply) => {
      const result = await login(deps, contextOf(req), req.body);
      setCookie(reply, result.token);
      return {
        stage: result.stage,
        csrfToken: result.csrfToken,
        user: await describeMe(deps, result.userId),
      };
    },
  );

  api.get(
    '/auth/me',
    { schema: { tags, summary: '当前登录用户', response: { 200: meSchema } } },
    async (req) => {
      const s = requireSession(req);
      return { stage: s.stage, csrfToken: s.csrfToken, user: await describeMe(deps, s.userId) };
    },
  );

  api.put(
    '/auth/me/town',
    {
      schema: {
        tags,
        summary: '县级及以上人员选择要查看的乡镇（按乡镇的页面随之切换，下次登录仍打开该乡镇）',
        body: chooseTownBody,
        response: { 200: z.object({ id: z.string(), name: z.string() }) },
      },
    },
    async (req) => chooseTown(deps, contextOf(req), requireSession(req).userId, req.body.townId),
  );

  api.post(
    '/auth/logout',
    { schema: { tags, summary: '退出登录', response: { 204: z.null() } } },
    async (req, reply) => {
      await logout(deps, contextOf(req), requireSession(req), false);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/auth/logout-all',
    {
      schema: {
        tags,
        summary: '在所有设备上退出登录',
        response: { 200: z.object({ revoked: z.number() }) },
      },
    },
    async (req, reply) => {
      const revoked = await logout(deps, contextOf(req), requireSession(req), true);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { revoked };
    },
  );

  api.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: '修改本人密码',
        body: passwordBody,
        response: { 200: stageResponse },
      },
    },
    async (req) => {
      const stage = await changePassword(
        deps,
        contextOf(req),
        requireSession(req),
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { stage };
    },
  );

  api.post(
    '/auth/totp/enroll',
    { schema: { tags, summary: '获取动态口令绑定二维码', response: { 200: enrolmentResponse } } },
    async (req) => startEnrolment(deps, contextOf(req), requireSession(req)),
  );

  api.post(
    '/auth/totp/activate',
    {
      schema: {
        tags,
        summary: '确认绑定动态口令',
        body: codeBody,
        response: { 200: stageResponse },
      },
    },
    async (req) => ({
      stage: await activate(deps, contextOf(req), requireSession(req), req.body.code),
    }),
  );

  api.post(
    '/auth/totp/verify',
    {
      schema: {
        tags,
        summary: '输入动态口令完成登录',
        body: codeBody,
        response: { 200: stageResponse },
      },
    },
    async (req) => ({
      stage: await verifySecondFactor(deps, contextOf(req), requireSession(req), req.body.code),
    }),
  );

  api.get(
    '/auth/sessions',
    {
      schema: {
        tags,
        summary: '本人的在线会话',
        response: { 200: z.object({ items: z.array(sessionItem) }) },
      },
    },
    async (req) => ({
      items: await listOwnSessions(deps, requireSession(req)),
    }),
  );

  api.delete(
    '/auth/sessions/:id',
    {
      schema: {
        tags,
        summary: '结束本人的某个会话',
        params: z.object({ id: z.string().min(6).max(64) }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await revokeOwnSession(deps, contextOf(req), requireSession(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/auth/login-history',
    {
      schema: {
        tags,
        summary: '本人的登录记录',
        response: { 200: z.object({ items: z.array(loginHistoryItem) }) },
      },
    },
    async (req) => ({ items: await listLoginHistory(deps, requireSession(req).userId) }),
  );
};
