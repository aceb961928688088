import { describe, expect, it } from 'vitest';
import { checkStep } from '../../core/workflow/index.js';
import { DISPUTE_WORKFLOW, type DisputeAction, type DisputeFacts } from './dispute.workflow.js';

const facts = (over: Partial<DisputeFacts> = {}): DisputeFacts => ({
  state: 'mediating',
  today: '2025-03-10',
  sessions: 1,
  outcome: null,
  agreedOn: null,
  confirmationDue: null,
  confirmationAppliedOn: null,
  petition: false,
  extendedDays: 0,
  extension: null,
  missingElements: [],
  routesLeft: null,
  ...over,
});
const refusal = (action: DisputeAction, f: DisputeFacts) => {
  const r = checkStep(DISPUTE_WORKFLOW, action, f);
  return r.ok ? null : r.refusal.code;
};

describe('the dispute workflow table', () => {
  it('needs a recorded session and every art 29 element before a written agreement', () => {
    expect(refusal('agree', facts({ sessions: 0 }))).toBe('SESSION_REQUIRED');
    expect(refusal('agree', facts({ missingElements: ['履行的方式和期限'] }))).toBe(
      'AGREEMENT_INCOMPLETE',
    );
    expect(refusal('agree', facts())).toBeNull();
    expect(refusal('agree_oral', facts({ sessions: 0 }))).toBeNull();
  });

  it('extends only with both parties, fails only telling the routes left', () => {
    const ask = (bothConsent: boolean, approvedBy: string | null = null, days = 10) => ({
      days,
      bothConsent,
      approvedBy,
    });
    expect(refusal('extend', facts({ extension: ask(false) }))).toBe('CONSENT_REQUIRED');
    expect(refusal('extend', facts({ extension: ask(true) }))).toBeNull();
  });

  it('extends a 信访 matter with the head approving, 30 days at most in all (第三十四条)', () => {
    const petition = (over: Partial<DisputeFacts>) => facts({ petition: true, ...over });
    expect(
      refusal(
        'extend',
        petition({ extension: { days: 30, bothConsent: false, approvedBy: '镇长' } }),
      ),
    ).toBeNull();
    expect(
      refusal('extend', petition({ extension: { days: 10, bothConsent: true, approvedBy: null } })),
    ).toBe('PETITION_EXTENSION_REFUSED');
    expect(
      refusal(
        'extend',
        petition({
          extendedDays: 25,
          extension: { days: 10, bothConsent: false, approvedBy: '镇长' },
        }),
      ),
    ).toBe('PETITION_EXTENSION_REFUSED');
    expect(refusal('fail', facts({ routesLeft: '  ' }))).toBe('ROUTES_REQUIRED');
  });

  it('takes a 司法确认 application for a written agreement within 30 days, once', () => {
    const agreed = facts({
      state: 'concluded',
      outcome: 'written',
      agreedOn: '2025-03-10',
      confirmationDue: '2025-04-09',
    });
    expect(refusal('apply_confirmation', { ...agreed, today: '2025-04-09' })).toBeNull();
    expect(refusal('apply_confirmation', { ...agreed, today: '2025-04-10' })).toBe(
      'CONFIRMATION_LATE',
    );
    expect(refusal('apply_confirmation', { ...agreed, outcome: 'oral' })).toBe(
      'WRITTEN_AGREEMENT_REQUIRED',
    );
    expect(refusal('apply_confirmation', { ...agreed, confirmationAppliedOn: '2025-03-12' })).toBe(
      'CONFIRMATION_RECORDED',
    );
  });

  it('keeps 办结 and 关闭 apart: only a concluded dispute is visited and closed', () => {
    expect(refusal('revisit', facts())).toBe('INVALID_STATE');
    expect(refusal('revisit', facts({ state: 'concluded' }))).toBeNull();
    expect(refusal('decline', facts({ state: 'registered' }))).toBeNull();
  });
});
