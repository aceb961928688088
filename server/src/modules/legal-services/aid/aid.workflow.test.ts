import { describe, expect, it } from 'vitest';
import { checkStep } from '../../../core/workflow/index.js';
import { advanceAllowed } from './advance-provision.js';
import { AID_WORKFLOW, type AidAction, type AidFacts, type AidState } from './aid.workflow.js';
import { ASSIGNMENT_PERIOD } from './assignment-period.js';
import { DECISION_PERIOD } from './decision-period.js';
import { meansRefusal } from './means-test.js';
import { OBJECTION_PERIOD } from './objection-period.js';

const facts = (state: AidState, over: Partial<AidFacts> = {}): AidFacts => ({
  state,
  matter: 'a31_labour',
  method: 'pledge',
  pledgeSigned: true,
  exemption: null,
  advanceAllowed: false,
  materialsOverdue: false,
  objectionUpheld: null,
  ...over,
});
const result = (a: AidAction, f: AidFacts) => {
  const c = checkStep(AID_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};

describe('法律援助 (pure)', () => {
  it.each<[AidState, AidAction, Partial<AidFacts>, string]>([
    ['received', 'forward', {}, 'forwarded'],
    ['received', 'forward', { pledgeSigned: false }, 'PLEDGE_REQUIRED'],
    ['received', 'forward', { method: 'not_required' }, 'MEANS_TEST_REQUIRED'],
    ['received', 'forward', { method: 'exempt' }, 'EXEMPTION_REQUIRED'],
    ['received', 'forward', { method: 'exempt', exemption: 'migrant_worker' }, 'forwarded'],
    ['received', 'forward', { method: 'shared_data', pledgeSigned: false }, 'forwarded'],
    ['received', 'forward', { matter: 'a32_abuse', method: 'not_required' }, 'forwarded'],
    ['received', 'forward', { matter: 'a32_abuse' }, 'MEANS_TEST_NOT_APPLICABLE'],
    ['forwarded', 'requestMaterials', {}, 'awaiting_materials'],
    ['awaiting_materials', 'supplyMaterials', {}, 'forwarded'],
    ['awaiting_materials', 'deemWithdrawn', {}, 'MATERIALS_NOT_OVERDUE'],
    ['awaiting_materials', 'deemWithdrawn', { materialsOverdue: true }, 'withdrawn'],
    ['awaiting_materials', 'grant', {}, 'INVALID_STATE'],
    ['forwarded', 'grant', {}, 'granted'],
    ['forwarded', 'advance', {}, 'ADVANCE_NOT_ALLOWED'],
    ['received', 'advance', { advanceAllowed: true }, 'granted'],
    ['received', 'advance', { advanceAllowed: true, pledgeSigned: false }, 'PLEDGE_REQUIRED'],
    ['forwarded', 'refuse', {}, 'refused'],
    ['received', 'grant', {}, 'INVALID_STATE'],
    ['granted', 'assign', {}, 'assigned'],
    ['refused', 'assign', {}, 'INVALID_STATE'],
    ['refused', 'object', {}, 'objection'],
    ['objection', 'decideObjection', { objectionUpheld: true }, 'granted'],
    ['objection', 'decideObjection', { objectionUpheld: false }, 'refused'],
    ['assigned', 'close', {}, 'closed'],
    ['closed', 'object', {}, 'INVALID_STATE'],
  ])('%s --%s (%o)--> %s', (state, action, over, expected) => {
    expect(result(action, facts(state, over))).toBe(expected);
  });

  it('names each refusal with its article', () => {
    expect(meansRefusal(facts('received', { pledgeSigned: false }))?.basis).toBe(
      '《法律援助法》第四十一条',
    );
    expect(meansRefusal(facts('received', { method: 'exempt' }))?.basis).toBe(
      '《法律援助法》第四十二条',
    );
    const c = checkStep(AID_WORKFLOW, 'advance', facts('forwarded'));
    expect(c.ok ? null : c.refusal.basis).toBe('《法律援助法》第四十四条');
  });

  it('allows 先行提供 when the deadline is fewer than seven days away or preservation is urgent', () => {
    expect(advanceAllowed('2024-09-02', '2024-09-08', false)).toBe(true);
    expect(advanceAllowed('2024-09-02', '2024-09-09', false)).toBe(false);
    expect(advanceAllowed('2024-09-02', '2024-09-01', false)).toBe(false);
    expect(advanceAllowed('2024-09-02', null, false)).toBe(false);
    expect(advanceAllowed('2024-09-02', null, true)).toBe(true);
  });

  it('keeps the periods of 第四十三条 (7 and 3 days) and 第四十九条 (5 days)', () => {
    expect([DECISION_PERIOD, ASSIGNMENT_PERIOD, OBJECTION_PERIOD].map((p) => p.limitDays)).toEqual([
      7, 3, 5,
    ]);
    expect(DECISION_PERIOD.basis).toBe('《法律援助法》第四十三条第一款');
    expect(OBJECTION_PERIOD.basis).toBe('《法律援助法》第四十九条');
  });
});
