import { describe, expect, it } from 'vitest';
import { caseFacts } from './case-facts.fixture.js';
import { checkStep } from '../../core/workflow/index.js';
import { CASE_WORKFLOW, type CaseAction, type CaseFacts, type CaseState } from './case.workflow.js';
import { checkEntrustment } from './entrustment-check.js';

const facts = (state: CaseState, over: Partial<CaseFacts> = {}) =>
  caseFacts(state, { workdaysSinceNotice: 1, hearingAvailable: true, publishable: true, ...over });
const result = (a: CaseAction, f: CaseFacts) => {
  const c = checkStep(CASE_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};

describe('行政处罚 general procedure (pure)', () => {
  it.each<[CaseState, CaseAction, string]>([
    ['clue', 'file', 'investigating'],
    ['clue', 'withdraw', 'withdrawn'],
    ['clue', 'decide', 'INVALID_STATE'],
    ['investigating', 'end_investigation', 'investigated'],
    ['investigated', 'notify', 'notified'],
    ['investigated', 'not_punish', 'not_punished'],
    ['notified', 'request_hearing', 'hearing'],
    ['notified', 'close_defence', 'deciding'],
    ['hearing', 'finish_hearing', 'deciding'],
    ['deciding', 'legal_review', 'deciding'],
    ['deciding', 'discuss', 'deciding'],
    ['deciding', 'extend', 'deciding'],
    ['deciding', 'decide', 'decided'],
    ['decided', 'serve', 'served'],
    ['served', 'execute', 'executed'],
    ['executed', 'close', 'closed'],
    ['decided', 'withdraw', 'INVALID_STATE'],
    ['closed', 'extend', 'INVALID_STATE'],
  ])('%s --%s--> %s', (state, action, expected) => {
    expect(result(action, facts(state))).toBe(expected);
  });

  it('refuses each guard with its code and article', () => {
    const refusal = (a: CaseAction, f: CaseFacts) => {
      const c = checkStep(CASE_WORKFLOW, a, f);
      return c.ok ? null : [c.refusal.code, c.refusal.basis];
    };
    expect(refusal('file', facts('clue', { certifiedOfficers: 1 }))).toEqual([
      'OFFICERS_UNCERTIFIED',
      '《行政处罚法》第四十二条',
    ]);
    expect(refusal('request_hearing', facts('notified', { hearingAvailable: false }))).toEqual([
      'HEARING_NOT_AVAILABLE',
      '《行政处罚法》第六十三条',
    ]);
    expect(refusal('request_hearing', facts('notified', { workdaysSinceNotice: 6 }))?.[0]).toBe(
      'HEARING_REQUEST_LATE',
    );
    expect(result('request_hearing', facts('notified', { workdaysSinceNotice: 5 }))).toBe(
      'hearing',
    );
    expect(refusal('decide', facts('deciding', { legalReviewRequired: true }))).toEqual([
      'LEGAL_REVIEW_REQUIRED',
      '《行政处罚法》第五十八条',
    ]);
    expect(
      refusal('decide', facts('deciding', { discussionRequired: true, legalReviewed: true }))?.[0],
    ).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    expect(refusal('decide', facts('deciding', { today: '2024-08-02' }))).toEqual([
      'DECISION_OVERDUE',
      '《行政处罚法》第六十条',
    ]);
    expect(result('decide', facts('deciding', { today: '2024-08-01' }))).toBe('decided');
  });

  it('keeps a 委托 case within the entrustment’s scope and period (art 20)', () => {
    const e = {
      entrustingBody: '慈溪市应急管理局',
      fields: '["safety_fire"]',
      startsOn: '2023-01-01',
      endsOn: '2025-12-31',
    };
    expect(checkEntrustment(e, 'safety_fire', '2024-05-01')).toBeNull();
    expect(checkEntrustment(e, 'food_safety', '2024-05-01')?.code).toBe('ENTRUSTMENT_OUT_OF_SCOPE');
    expect(checkEntrustment(e, 'safety_fire', '2026-01-01')?.code).toBe('ENTRUSTMENT_EXPIRED');
    expect(checkEntrustment(undefined, 'safety_fire', '2024-05-01')?.code).toBe(
      'ENTRUSTMENT_MISSING',
    );
    const refused = checkEntrustment(e, 'food_safety', '2024-05-01')!;
    expect(result('file', facts('clue', { entrustment: refused }))).toBe(
      'ENTRUSTMENT_OUT_OF_SCOPE',
    );
  });

  it('publishes a standing decision once, and withdraws only what was published (art 48)', () => {
    expect(result('publish', facts('clue'))).toBe('INVALID_STATE');
    expect(result('publish', facts('served'))).toBe('served');
    expect(result('publish', facts('closed', { publishedOn: '2024-06-03' }))).toBe(
      'ALREADY_PUBLISHED',
    );
    expect(result('withdraw_publication', facts('served'))).toBe('NOT_PUBLISHED');
    expect(result('withdraw_publication', facts('served', { publishedOn: '2024-06-03' }))).toBe(
      'served',
    );
    const withdrawn = facts('executed', { publishedOn: '2024-06-03', publicationWithdrawn: true });
    expect(result('withdraw_publication', withdrawn)).toBe('PUBLICATION_WITHDRAWN');
    expect(result('publish', withdrawn)).toBe('PUBLICATION_WITHDRAWN');
  });
});
