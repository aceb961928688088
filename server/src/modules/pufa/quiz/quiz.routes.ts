import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { QUESTION_KINDS, QUIZ_STATES, ATTEMPT_STATES } from '../pufa.vocabulary.js';
import { authorize } from '../../../core/authz/authorize.js';
import { createQuestion, listQuestions, retireQuestion } from './question.service.js';
import {
  idParams,
  leaderboardQuery,
  questionBody,
  questionListQuery,
  quizBody,
  resultsQuery,
} from './quiz.schema.js';
import { closeQuiz, createQuiz, getQuiz, listQuizzes, openQuiz } from './quiz.service.js';
import { exportResults, quizLeaderboard, quizResults } from './results.service.js';

import {
  leaderboardOut,
  questionListOut,
  questionOut,
  quizDetailOut,
  quizListOut,
  quizOut,
  resultsOut,
  vocabularyOut,
} from './quiz.responses.js';

const tags = ['普法·知识竞赛'];

/** The question bank, quizzes, results, leaderboard and export, for the town's staff. */
export const quizRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/pufa/vocabulary',
    { schema: { tags, summary: '题型、竞赛和答卷状态取值', response: { 200: vocabularyOut } } },
    async (req) => {
      authorize(contextOf(req), 'pufa.read');
      return {
        questionKinds: QUESTION_KINDS,
        quizStates: QUIZ_STATES,
        attemptStates: ATTEMPT_STATES,
      };
    },
  );
  api.get(
    '/pufa/questions',
    {
      schema: {
        tags,
        summary: '题库',
        querystring: questionListQuery,
        response: { 200: questionListOut },
      },
    },
    async (req) => listQuestions(deps, contextOf(req), req.query),
  );
  api.post(
    '/pufa/questions',
    {
      schema: {
        tags,
        summary: '新增题目（含解析和法律依据）',
        body: questionBody,
        response: { 201: questionOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createQuestion(deps, contextOf(req), req.body)),
  );
  api.post(
    '/pufa/questions/:id/retire',
    {
      schema: {
        tags,
        summary: '停用题目（已抽到的答卷仍按原题评分）',
        params: idParams,
        response: { 200: questionOut },
      },
    },
    async (req) => retireQuestion(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/pufa/quizzes',
    { schema: { tags, summary: '知识竞赛及参与率', response: { 200: quizListOut } } },
    async (req) => listQuizzes(deps, contextOf(req)),
  );
  api.post(
    '/pufa/quizzes',
    { schema: { tags, summary: '设置知识竞赛', body: quizBody, response: { 201: quizOut } } },
    async (req, reply) => reply.status(201).send(await createQuiz(deps, contextOf(req), req.body)),
  );
  api.get(
    '/pufa/quizzes/:id',
    {
      schema: {
        tags,
        summary: '竞赛详情、参与人数和参与率',
        params: idParams,
        response: { 200: quizDetailOut },
      },
    },
    async (req) => getQuiz(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/pufa/quizzes/:id/open',
    { schema: { tags, summary: '开放答题', params: idParams, response: { 200: quizDetailOut } } },
    async (req) => openQuiz(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/pufa/quizzes/:id/close',
    { schema: { tags, summary: '结束竞赛', params: idParams, response: { 200: quizDetailOut } } },
    async (req) => closeQuiz(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/pufa/quizzes/:id/results',
    {
      schema: {
        tags,
        summary: '答题结果（全部答卷）',
        params: idParams,
        querystring: resultsQuery,
        response: { 200: resultsOut },
      },
    },
    async (req) => quizResults(deps, contextOf(req), req.params.id, req.query),
  );
  api.get(
    '/pufa/quizzes/:id/leaderboard',
    {
      schema: {
        tags,
        summary: '排行榜（先比得分，再比用时）',
        params: idParams,
        querystring: leaderboardQuery,
        response: { 200: leaderboardOut },
      },
    },
    async (req) => quizLeaderboard(deps, contextOf(req), req.params.id, req.query.limit),
  );
  api.get(
    '/pufa/quizzes/:id/results/export',
    { schema: { tags, summary: '导出答题结果（XLSX，导出留痕）', params: idParams } },
    async (req, reply) => exportResults(deps, contextOf(req), reply, req.params.id),
  );
};
