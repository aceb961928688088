import { z } from 'zod';
import { blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { QUESTION_KIND_KEYS, QUIZ_STATES, type QuizState } from '../pufa.vocabulary.js';

/** Response shapes of the 知识竞赛 endpoints, for staff and the portal (documented in OpenAPI from here). */

const n = z.string().nullable();
const labels = z.record(z.string(), z.string());
const quizStates = Object.keys(QUIZ_STATES) as [QuizState, ...QuizState[]];
const kind = z.enum(QUESTION_KIND_KEYS);
const paging = { total: z.number(), page: z.number(), pageSize: z.number() };

export const vocabularyOut = z.object({
  questionKinds: labels,
  quizStates: labels,
  attemptStates: labels,
});

export const questionOut = z.object({
  id: z.string(),
  topic: z.string(),
  kind,
  kindLabel: z.string(),
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.array(z.number()).describe('正确选项的序号（从 0 起）'),
  explanation: z.string(),
  basis: z.string().describe('法律依据'),
  retired: z.boolean(),
  createdAt: z.string(),
});

export const questionListOut = z.object({ items: z.array(questionOut), ...paging });

export const quizOut = z.object({
  id: z.string(),
  title: z.string(),
  intro: z.string(),
  topic: z.string(),
  questionCount: z.number(),
  pointsPerQuestion: z.number(),
  fullScore: z.number(),
  timeLimitSeconds: z.number(),
  attemptsPerDay: z.number(),
  smsRequired: z.boolean(),
  targetPopulation: z.number(),
  targetLabel: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(quizStates),
  statusLabel: z.string(),
});

const figures = {
  attempts: z.number().describe('已交卷的答卷数'),
  participants: z.number().describe('参与人数（按手机号去重、已交卷）'),
  targetPopulation: z.number(),
  participationRate: z.number().nullable().describe('参与率（%）'),
  participationDefinition: z.string().describe('参与率口径'),
};

export const quizListOut = z.object({ items: z.array(quizOut.extend(figures)) });

export const quizDetailOut = quizOut.extend({
  ...figures,
  poolSize: z.number().describe('题库中可抽取的题目数'),
  abilities: z.array(z.string()).describe('本人当前可执行的步骤'),
  blocked: blockedSchema,
});

export const resultsOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string().describe('乡镇以上为脱敏姓名'),
      phoneMasked: z.string(),
      unit: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      startedAt: z.string(),
      submittedAt: n,
      durationMs: z.number().nullable(),
      durationSeconds: z.number().nullable(),
      score: z.number().nullable(),
      correctCount: z.number().nullable(),
    }),
  ),
  ...paging,
});

export const leaderboardOut = z.object({
  items: z.array(
    z.object({
      rank: z.number(),
      name: z.string(),
      unit: z.string(),
      phoneMasked: z.string(),
      score: z.number(),
      durationMs: z.number(),
      durationSeconds: z.number(),
      submittedAt: z.string(),
    }),
  ),
});

const answeringNow = z.boolean().describe('今日在答题时间内且竞赛已开放');

export const publicQuizListOut = z.object({ items: z.array(quizOut.extend({ answeringNow })) });

export const publicQuizOut = quizOut.extend({
  answeringNow,
  participants: z.number(),
  participationRate: z.number().nullable(),
  leaderboard: z
    .array(
      z.object({
        rank: z.number(),
        name: z.string().describe('脱敏姓名'),
        unit: z.string(),
        score: z.number(),
        durationSeconds: z.number(),
      }),
    )
    .describe('排行榜前十名'),
});

export const smsCodeOut = z.object({ expiresInSeconds: z.number() });

export const attemptOut = z.object({
  attemptId: z.string(),
  token: z.string().describe('交卷用的一次性令牌'),
  startedAt: z.string(),
  deadlineAt: z.string(),
  timeLimitSeconds: z.number(),
  attemptsLeftToday: z.number(),
  questions: z.array(
    z.object({
      kind,
      kindLabel: z.string(),
      stem: z.string(),
      options: z.array(z.string()).describe('按本次抽题的乱序排列'),
    }),
  ),
});

export const submitOut = z.object({
  score: z.number(),
  fullScore: z.number(),
  correctCount: z.number(),
  questionCount: z.number(),
  durationSeconds: z.number(),
  rank: z.number().nullable(),
  review: z.array(
    z.object({
      stem: z.string(),
      chosen: z.array(z.number()),
      rightPositions: z.array(z.number()),
      right: z.boolean(),
      explanation: z.string(),
      basis: z.string(),
    }),
  ),
});
