import { describe, expect, it } from 'vitest';
import { blockedSteps, checkStep, openSteps } from '../../../core/workflow/index.js';
import type { QuizState } from '../pufa.vocabulary.js';
import { QUIZ_WORKFLOW, type QuizAction, type QuizFacts } from './quiz.workflow.js';

const facts = (state: QuizState, over: Partial<QuizFacts> = {}): QuizFacts => ({
  state,
  poolSize: 20,
  questionCount: 10,
  ...over,
});
const result = (a: QuizAction, f: QuizFacts) => {
  const c = checkStep(QUIZ_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};
const office = new Set(['office'] as const);

describe('知识竞赛 lifecycle (pure)', () => {
  it.each<[QuizState, QuizAction, Partial<QuizFacts>, string]>([
    ['draft', 'open', {}, 'open'],
    ['draft', 'open', { poolSize: 10 }, 'open'],
    ['draft', 'open', { poolSize: 9 }, 'QUIZ_POOL_SHORT'],
    ['open', 'open', {}, 'INVALID_STATE'],
    ['open', 'close', {}, 'closed'],
    ['draft', 'close', {}, 'INVALID_STATE'],
    ['closed', 'open', {}, 'INVALID_STATE'],
    ['closed', 'close', {}, 'INVALID_STATE'],
  ])('%s + %s %o → %s', (state, action, over, expected) => {
    expect(result(action, facts(state, over))).toBe(expected);
  });

  it('reports the bank size with a short pool, for the form to say how many are missing', () => {
    const c = checkStep(QUIZ_WORKFLOW, 'open', facts('draft', { poolSize: 3 }));
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.refusal).toMatchObject({ status: 422, details: { poolSize: 3 } });
  });

  it('offers open on a draft with enough questions, and explains why not otherwise', () => {
    expect([...openSteps(QUIZ_WORKFLOW, facts('draft'), office)]).toEqual(['open']);
    expect(openSteps(QUIZ_WORKFLOW, facts('draft', { poolSize: 2 }), office).size).toBe(0);
    expect(blockedSteps(QUIZ_WORKFLOW, facts('draft', { poolSize: 2 }), office)).toEqual([
      expect.objectContaining({ action: 'open', code: 'QUIZ_POOL_SHORT' }),
    ]);
    expect([...openSteps(QUIZ_WORKFLOW, facts('open'), office)]).toEqual(['close']);
    expect(openSteps(QUIZ_WORKFLOW, facts('closed'), office).size).toBe(0);
  });

  it('offers nothing to someone who does not run the quizzes', () => {
    expect(openSteps(QUIZ_WORKFLOW, facts('draft'), new Set()).size).toBe(0);
  });
});
