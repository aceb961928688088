import { describe, expect, it } from 'vitest';
import { checkStep } from '../../../core/workflow/index.js';
import { PLAN_WORKFLOW, type PlanAction, type PlanFacts, type PlanState } from './plan.workflow.js';

const facts = (state: PlanState, over: Partial<PlanFacts> = {}): PlanFacts => ({
  state,
  eligibleOfficers: 3,
  officersPerInspection: 2,
  ...over,
});
const result = (a: PlanAction, f: PlanFacts) => {
  const c = checkStep(PLAN_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};

describe('双随机、一公开 plan (pure)', () => {
  it.each<[PlanState, PlanAction, Partial<PlanFacts>, string]>([
    ['draft', 'draw', {}, 'drawn'],
    ['draft', 'draw', { eligibleOfficers: 2 }, 'drawn'],
    ['draft', 'draw', { eligibleOfficers: 1 }, 'NOT_ENOUGH_OFFICERS'],
    ['draft', 'draw', { eligibleOfficers: 2, officersPerInspection: 3 }, 'NOT_ENOUGH_OFFICERS'],
    ['drawn', 'publish', {}, 'published'],
    ['draft', 'publish', {}, 'NOT_DRAWN'],
    ['drawn', 'draw', {}, 'INVALID_STATE'],
    ['published', 'draw', {}, 'INVALID_STATE'],
    ['published', 'publish', {}, 'INVALID_STATE'],
  ])('%s --%s (%o)--> %s', (state, action, over, expected) => {
    expect(result(action, facts(state, over))).toBe(expected);
  });

  it('cites article 42 for the officers and the regulation’s article 21 for publication', () => {
    const refusal = (a: PlanAction, f: PlanFacts) => {
      const c = checkStep(PLAN_WORKFLOW, a, f);
      return c.ok ? null : [c.refusal.status, c.refusal.basis];
    };
    expect(refusal('draw', facts('draft', { eligibleOfficers: 0 }))).toEqual([
      422,
      '《行政处罚法》第四十二条',
    ]);
    expect(refusal('publish', facts('draft'))).toEqual([
      422,
      '《浙江省综合行政执法条例》第二十一条',
    ]);
  });
});
