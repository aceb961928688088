import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { startAttempt } from './attempt.service.js';
import { sendQuizCode } from './quiz-code.service.js';
import { publicQuiz, publicQuizzes } from './quiz-portal.service.js';
import { idParams, smsCodeBody, startBody, submitBody } from './quiz.schema.js';
import { submitAttempt } from './submit.service.js';

import {
  attemptOut,
  publicQuizListOut,
  publicQuizOut,
  smsCodeOut,
  submitOut,
} from './quiz.responses.js';

const tags = ['普法·知识竞赛·门户（公开，无需登录）'];

/** Taking a quiz from the portal without an account: rules, SMS code, start, hand in, leaderboard. */
export const quizPortalRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/public/pufa/quizzes',
    { schema: { tags, summary: '本镇知识竞赛', response: { 200: publicQuizListOut } } },
    async () => publicQuizzes(deps),
  );
  api.get(
    '/public/pufa/quizzes/:id',
    {
      schema: {
        tags,
        summary: '竞赛规则、参与人数和排行榜前十名',
        params: idParams,
        response: { 200: publicQuizOut },
      },
    },
    async (req) => publicQuiz(deps, req.params.id),
  );
  api.post(
    '/public/pufa/quizzes/:id/sms-code',
    {
      schema: {
        tags,
        summary: '获取答题短信验证码',
        params: idParams,
        body: smsCodeBody,
        response: { 200: smsCodeOut },
      },
    },
    async (req) => sendQuizCode(deps, contextOf(req), req.params.id, req.body.phone),
  );
  api.post(
    '/public/pufa/quizzes/:id/attempts',
    {
      schema: {
        tags,
        summary: '实名开始答题（随机抽题、选项乱序）',
        params: idParams,
        body: startBody,
        response: { 201: attemptOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await startAttempt(deps, contextOf(req), req.params.id, req.body)),
  );
  api.post(
    '/public/pufa/attempts/:id/submit',
    {
      schema: {
        tags,
        summary: '交卷（服务器按抽题记录评分、计时）',
        params: idParams,
        body: submitBody,
        response: { 200: submitOut },
      },
    },
    async (req) => submitAttempt(deps, contextOf(req), req.params.id, req.body),
  );
};
