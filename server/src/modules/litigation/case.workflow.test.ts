import { describe, expect, it } from 'vitest';
import { checkStep } from '../../core/workflow/index.js';
import { answerPeriod, appealPeriod } from './answer-period.js';
import {
  LITIGATION_WORKFLOW,
  type LitigationAction,
  type LitigationFacts,
  type LitigationState,
} from './case.workflow.js';
import { isCorrection, isLoss, isSettled, table4Column } from './outcome-sets.js';

const facts = (state: LitigationState, over: Partial<LitigationFacts> = {}): LitigationFacts => ({
  state,
  kind: 'litigation',
  consulted: true,
  consultedSinceDecision: false,
  appealable: false,
  appealedBy: null,
  appealDue: null,
  appeal: null,
  outcome: null,
  leaderAppeared: null,
  standIns: null,
  absenceExplanation: null,
  ...over,
});
const result = (a: LitigationAction, f: LitigationFacts) => {
  const c = checkStep(LITIGATION_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};

describe('行政复议与行政应诉 (pure)', () => {
  it('takes an appeal of a first-instance judgment or ruling only, the town in time and after a 会商', () => {
    const judged = { appealable: true, appealDue: '2025-06-15' };
    const town = (on: string) => ({ appeal: { by: 'town' as const, on } });
    expect(result('appeal', facts('concluded', { ...judged, ...town('2025-06-10') }))).toBe(
      'CONSULTATION_REQUIRED',
    );
    const consulted = { ...judged, consultedSinceDecision: true };
    expect(result('appeal', facts('concluded', { ...consulted, ...town('2025-06-15') }))).toBe(
      'appealed',
    );
    expect(result('appeal', facts('concluded', { ...consulted, ...town('2025-06-16') }))).toBe(
      'APPEAL_LATE',
    );
    expect(result('appeal', facts('concluded', { ...town('2025-06-10') }))).toBe('NOT_APPEALABLE');
    // The other party's appeal needs nothing of the town; its answer then needs a new 会商.
    const other = { appeal: { by: 'other' as const, on: '2025-06-20' } };
    expect(result('appeal', facts('concluded', { ...judged, ...other }))).toBe('appealed');
    expect(result('answer', facts('appealed', { appealedBy: 'other', consulted: false }))).toBe(
      'CONSULTATION_REQUIRED',
    );
    expect(result('answer', facts('appealed', { appealedBy: 'other' }))).toBe('answered');
    expect(result('answer', facts('appealed', { appealedBy: 'town' }))).toBe('OWN_APPEAL');
    expect(result('reconsult', facts('concluded'))).toBe('concluded');
    expect(result('reconsult', facts('received'))).toBe('INVALID_STATE');
  });

  it.each<[LitigationState, LitigationAction, Partial<LitigationFacts>, string]>([
    ['received', 'consult', { consulted: false }, 'consulted'],
    ['consulted', 'answer', {}, 'answered'],
    ['received', 'answer', { consulted: false }, 'CONSULTATION_REQUIRED'],
    ['answered', 'hear', { leaderAppeared: true }, 'heard'],
    ['answered', 'hear', { leaderAppeared: false }, 'STAND_IN_REQUIRED'],
    [
      'answered',
      'hear',
      { leaderAppeared: false, standIns: '赵经办' },
      'ABSENCE_EXPLANATION_REQUIRED',
    ],
    [
      'answered',
      'hear',
      { leaderAppeared: false, standIns: '赵经办', absenceExplanation: '公务冲突' },
      'heard',
    ],
    ['heard', 'conclude', { outcome: 'dismissed' }, 'concluded'],
    ['heard', 'conclude', { outcome: 'upheld' }, 'OUTCOME_NOT_FOR_KIND'],
    ['answered', 'conclude', { kind: 'reconsideration', outcome: 'upheld' }, 'concluded'],
    ['answered', 'conclude', { kind: 'reconsideration', outcome: 'pay' }, 'OUTCOME_NOT_FOR_KIND'],
    ['concluded', 'evaluate', {}, 'evaluated'],
    ['evaluated', 'rectify', {}, 'closed'],
    ['received', 'hear', {}, 'INVALID_STATE'],
    ['consulted', 'conclude', { outcome: 'dismissed' }, 'INVALID_STATE'],
    ['answered', 'consult', {}, 'INVALID_STATE'],
    ['closed', 'evaluate', {}, 'INVALID_STATE'],
  ])('%s --%s (%o)--> %s', (state, action, over, expected) => {
    expect(result(action, facts(state, over))).toBe(expected);
  });

  it('refuses an answer without 会商 as 422 with its basis', () => {
    const c = checkStep(LITIGATION_WORKFLOW, 'answer', facts('received', { consulted: false }));
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.refusal.status).toBe(422);
      expect(c.refusal.basis).toContain('会商');
    }
  });

  it('counts 纠错, 败诉, 调撤 and the 表四 column from the outcome sets', () => {
    expect(isCorrection('reconsideration', 'revoked')).toBe(true);
    expect(isCorrection('reconsideration', 'upheld')).toBe(false);
    expect(isCorrection('litigation', 'revoked')).toBe(false);
    expect(isLoss('litigation', 'illegal')).toBe(true);
    expect(isLoss('litigation', 'dismissed')).toBe(false);
    expect(isSettled('withdrawn')).toBe(true);
    expect(table4Column('reconsideration', 'upheld')).toBe('upheld');
    expect(table4Column('litigation', 'dismissed')).toBe('upheld');
    expect(table4Column('reconsideration', 'changed')).toBe('corrected');
    expect(table4Column('litigation', 'withdrawn')).toBe('other');
    expect(table4Column('litigation', null)).toBe('pending');
  });

  it('gives the answer and appeal periods of the statutes', () => {
    expect(answerPeriod('reconsideration', false)).toMatchObject({
      limitDays: 10,
      unit: 'working',
    });
    expect(answerPeriod('reconsideration', true)).toMatchObject({ limitDays: 5, unit: 'working' });
    expect(answerPeriod('litigation', false)).toMatchObject({ limitDays: 15, unit: 'calendar' });
    expect(appealPeriod('litigation', 'judgment')?.limitDays).toBe(15);
    expect(appealPeriod('litigation', 'ruling')?.limitDays).toBe(10);
    expect(appealPeriod('reconsideration', 'decision')).toBeNull();
  });
});
