import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { meSchema } from '../auth/auth.schema.js';
import { login } from '../auth/auth.service.js';
import { describeMe } from '../auth/me.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { register, sendRegistrationCode } from './registration.service.js';

const tags = ['认证与会话'];

/** 公众注册: citizens and enterprises sign up with their phone, then are signed in. */
export const registrationRoutes: RoutesPlugin = (api, deps) => {
  const phone = z
    .string()
    .trim()
    .regex(/^1[3-9]\d{9}$/, '手机号格式有误（应为 11 位中国大陆手机号）');
  api.post(
    '/auth/register/code',
    {
      schema: {
        tags,
        summary: '公众注册：获取短信验证码',
        body: z.object({ phone }).strict(),
        response: { 202: z.object({ expiresInSeconds: z.number() }) },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await sendRegistrationCode(deps, contextOf(req), req.body.phone)),
  );

  api.post(
    '/auth/register',
    {
      schema: {
        tags,
        summary:
          '公众注册（手机号 + 姓名），先核验短信验证码；用户名由系统生成，可用手机号登录；注册后自动登录',
        body: z
          .object({
            phone,
            displayName: z.string().trim().min(2, '姓名（或单位名称）至少 2 个字').max(60),
            password: z.string().min(1, '请设置密码').max(128),
            code: z.string().regex(/^\d{6}$/, '验证码为 6 位数字'),
          })
          .strict(),
        response: { 201: meSchema },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const user = await register(deps, ctx, req.body);
      const result = await login(deps, ctx, {
        username: user.username,
        password: req.body.password,
      });
      setSessionCookie(reply, deps, result.token);
      return reply.status(201).send({
        stage: result.stage,
        csrfToken: result.csrfToken,
        user: await describeMe(deps, result.userId),
      });
    },
  );
};
