import { describe, expect, it } from 'vitest';
import { checkStep } from '../../../core/workflow/index.js';
import {
  HAZARD_WORKFLOW,
  isOverdue,
  type HazardAction,
  type HazardFacts,
  type HazardState,
} from './hazard.workflow.js';

const facts = (state: HazardState, over: Partial<HazardFacts> = {}): HazardFacts => ({
  state,
  today: '2024-06-03',
  newDeadline: '2024-06-14',
  recheckPassed: null,
  rechecked: false,
  ...over,
});
const result = (a: HazardAction, f: HazardFacts) => {
  const c = checkStep(HAZARD_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};

describe('隐患整改 and 挂牌督办 (pure)', () => {
  it.each<[HazardState, HazardAction, Partial<HazardFacts>, string]>([
    ['found', 'order', {}, 'ordered'],
    ['ordered', 'start', {}, 'rectifying'],
    ['rectifying', 'recheck', { recheckPassed: true }, 'closed'],
    ['rectifying', 'recheck', { recheckPassed: false }, 'rectifying'],
    ['rectifying', 'order', {}, 'ordered'],
    ['found', 'escalate', {}, 'escalated'],
    ['rectifying', 'escalate', {}, 'escalated'],
    ['ordered', 'supervise', {}, 'supervised'],
    ['supervised', 'recheck', { recheckPassed: true }, 'supervised'],
    ['supervised', 'clear', { rechecked: true }, 'cleared'],
    ['found', 'start', {}, 'INVALID_STATE'],
    ['found', 'recheck', {}, 'INVALID_STATE'],
    ['closed', 'order', {}, 'INVALID_STATE'],
    ['cleared', 'supervise', {}, 'INVALID_STATE'],
    ['escalated', 'clear', {}, 'INVALID_STATE'],
    ['supervised', 'escalate', {}, 'INVALID_STATE'],
  ])('%s --%s (%o)--> %s', (state, action, over, expected) => {
    expect(result(action, facts(state, over))).toBe(expected);
  });

  it('refuses each guard with its code and article', () => {
    const refusal = (a: HazardAction, f: HazardFacts) => {
      const c = checkStep(HAZARD_WORKFLOW, a, f);
      return c.ok ? null : [c.refusal.code, c.refusal.status, c.refusal.basis];
    };
    expect(refusal('order', facts('found', { newDeadline: '2024-06-02' }))).toEqual([
      'DEADLINE_IN_PAST',
      422,
      '《安全生产法》第六十五条第一款第二项',
    ]);
    expect(refusal('supervise', facts('rectifying', { newDeadline: '2024-05-31' }))?.[0]).toBe(
      'DEADLINE_IN_PAST',
    );
    expect(refusal('clear', facts('supervised', { rechecked: false }))).toEqual([
      'RECHECK_REQUIRED',
      422,
      '《安全生产法》第六十五条第一款第三项',
    ]);
    // A deadline of today is still ahead: the day itself counts.
    expect(refusal('order', facts('found', { newDeadline: '2024-06-03' }))).toBeNull();
  });

  it('lets the leaders, not the team, supervise and clear', () => {
    const t = HAZARD_WORKFLOW.transitions;
    expect([t.supervise.by, t.clear.by]).toEqual(['head', 'head']);
    expect(t.clear.permission).toBe('enforcement.hazard.supervise');
    expect(t.order.by).toBe('team');
  });

  it.each<[HazardState, string | null, string, boolean]>([
    ['ordered', '2024-06-02', '2024-06-03', true],
    ['rectifying', '2024-06-03', '2024-06-03', false],
    ['supervised', '2024-05-01', '2024-06-03', true],
    ['closed', '2024-05-01', '2024-06-03', false],
    ['escalated', '2024-05-01', '2024-06-03', false],
    ['found', null, '2024-06-03', false],
  ])('overdue: %s due %s on %s → %s', (state, due, day, expected) => {
    expect(isOverdue(state, due, day)).toBe(expected);
  });
});
