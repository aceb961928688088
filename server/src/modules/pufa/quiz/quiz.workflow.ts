import { rule, type Workflow } from '../../../core/workflow/index.js';
import { QUIZ_STATES, type QuizState } from '../pufa.vocabulary.js';

/**
 * A 知识竞赛's life: set up (未开放) → 开放答题 → 结束. A quiz never reopens: once closed its leaderboard
 * and participation rate are final, which is what the 普法 figures report.
 */
export type QuizAction = 'open' | 'close';

export interface QuizFacts {
  state: QuizState;
  /** Active questions of the quiz's topic in the town's bank. */
  poolSize: number;
  /** Questions drawn for each attempt. */
  questionCount: number;
}

type Party = 'office';

/** One draw takes `questionCount` distinct questions: a smaller pool cannot serve any attempt. */
const poolLargeEnough = (f: QuizFacts) =>
  f.poolSize >= f.questionCount
    ? null
    : rule(
        'QUIZ_POOL_SHORT',
        `题库该专题只有 ${f.poolSize} 道有效题目，少于每次抽题数 ${f.questionCount}`,
        null,
        { poolSize: f.poolSize },
      );

export const QUIZ_WORKFLOW: Workflow<QuizState, QuizAction, QuizFacts, Party> = {
  key: 'pufa-quiz',
  title: '普法知识竞赛（开放答题、结束）',
  states: QUIZ_STATES,
  initial: ['draft'],
  permission: 'pufa.manage',
  parties: { office: { label: '镇普法工作人员', townOffice: true } },
  transitions: {
    open: {
      label: '开放答题',
      verb: 'opened',
      from: ['draft'],
      to: 'open',
      by: 'office',
      basis: null,
      guard: poolLargeEnough,
    },
    close: {
      label: '结束竞赛',
      verb: 'closed',
      from: ['open'],
      to: 'closed',
      by: 'office',
      basis: null,
    },
  },
};
