import { describe, expect, it } from 'vitest';
import { checkStep } from '../../../core/workflow/index.js';
import {
  REQUEST_WORKFLOW,
  refusalOf,
  type RequestAction,
  type RequestFacts,
} from './request.workflow.js';

const base: RequestFacts = {
  state: 'received',
  today: '2024-11-20',
  correctionRequested: false,
  correctionReceived: false,
  correctionNoticeDue: '2024-11-27',
  correctionDue: null,
  feeDue: null,
  extended: false,
  explanationRequested: false,
  openConsultations: 0,
  releasedCopies: 0,
};
const f = (patch: Partial<RequestFacts>): RequestFacts => ({ ...base, ...patch });
const codeOf = (action: RequestAction, facts: RequestFacts) =>
  refusalOf(action, facts)?.code ?? null;

describe('依申请公开 workflow guards', () => {
  it.each([
    ['request_correction', f({}), null],
    ['request_correction', f({ correctionRequested: true }), 'CORRECTION_ONCE'],
    ['request_correction', f({ today: '2024-11-28' }), 'CORRECTION_NOTICE_LATE'],
    ['request_correction', f({ state: 'in_process' }), 'INVALID_STATE'],
    [
      'close_correction_overdue',
      f({ state: 'correction_requested', correctionDue: '2024-12-11', today: '2024-12-11' }),
      'PERIOD_NOT_LAPSED',
    ],
    [
      'close_correction_overdue',
      f({ state: 'correction_requested', correctionDue: '2024-12-11', today: '2024-12-12' }),
      null,
    ],
    [
      'close_fee_unpaid',
      f({ state: 'awaiting_fee', feeDue: '2024-12-18', today: '2024-12-18' }),
      'PERIOD_NOT_LAPSED',
    ],
    [
      'close_fee_unpaid',
      f({ state: 'awaiting_fee', feeDue: '2024-12-18', today: '2024-12-19' }),
      null,
    ],
    ['notify_fee', f({ state: 'received' }), 'INVALID_STATE'],
    ['set_delay', f({ state: 'in_process' }), 'EXPLANATION_REQUIRED'],
    ['set_delay', f({ state: 'in_process', explanationRequested: true }), null],
    [
      'request_explanation',
      f({ state: 'in_process', explanationRequested: true }),
      'ALREADY_REQUESTED',
    ],
    ['confirm_receipt', f({ state: 'received' }), 'INVALID_STATE'],
    ['answer_consultation', f({ state: 'in_process' }), 'INVALID_STATE'],
    ['withdraw', f({ state: 'awaiting_fee' }), null],
    ['withdraw', f({ state: 'consulting', openConsultations: 1 }), null],
    ['withdraw', f({ state: 'replied' }), 'INVALID_STATE'],
    ['withdraw', f({ state: 'pending_confirmation' }), 'INVALID_STATE'],
  ] as const)('%s with %o → %s', (action, facts, expected) => {
    expect(codeOf(action, facts)).toBe(expected);
  });

  it('refuses a wrong state with 409 and a guard with 422 naming its article', () => {
    expect(refusalOf('notify_fee', f({}))).toMatchObject({ status: 409, code: 'INVALID_STATE' });
    expect(refusalOf('request_correction', f({ correctionRequested: true }))).toMatchObject({
      status: 422,
      basis: '《政府信息公开条例》第三十条',
    });
  });

  it('allows one extension of at most 20 working days (第三十三条第二款)', () => {
    expect(codeOf('extend', f({ state: 'in_process', days: 20 }))).toBeNull();
    expect(codeOf('extend', f({ state: 'in_process', days: 21 }))).toBe('EXTENSION_TOO_LONG');
    expect(codeOf('extend', f({ state: 'in_process', days: 0 }))).toBe('EXTENSION_TOO_LONG');
    expect(codeOf('extend', f({ state: 'in_process', extended: true, days: 5 }))).toBe(
      'ALREADY_EXTENDED',
    );
    expect(codeOf('extend', f({ state: 'replied', days: 5 }))).toBe('INVALID_STATE');
    expect(
      codeOf(
        'extend',
        f({ state: 'in_process', today: '2024-12-18', replyDue: '2024-12-18', days: 5 }),
      ),
    ).toBeNull();
    expect(
      codeOf(
        'extend',
        f({ state: 'in_process', today: '2024-12-19', replyDue: '2024-12-18', days: 5 }),
      ),
    ).toBe('EXTENSION_AFTER_PERIOD');
  });

  it.each([
    ['partially_disclosed', f({}), 'REDACTION_REQUIRED'],
    ['partially_disclosed', f({ releasedCopies: 1 }), null],
    ['unavailable_still_unclear', f({}), 'CORRECTION_NOT_RECEIVED'],
    ['unavailable_still_unclear', f({ state: 'in_process', correctionReceived: true }), null],
    ['rejected_excessive', f({}), 'EXPLANATION_REQUIRED'],
    ['other_correction_overdue', f({}), 'OUTCOME_SYSTEM_ONLY'],
    ['other_fee_unpaid', f({}), 'OUTCOME_SYSTEM_ONLY'],
    ['disclosed', f({ state: 'in_process', openConsultations: 1 }), 'CONSULTATION_OPEN'],
    ['disclosed', f({ state: 'consulting', openConsultations: 1 }), 'INVALID_STATE'],
    ['disclosed', f({ state: 'awaiting_fee' }), 'INVALID_STATE'],
  ] as const)('reply %s with %o → %s', (outcome, facts, expected) => {
    expect(codeOf('reply', { ...facts, outcome })).toBe(expected);
  });

  it('leads a reply to 已答复, a withdrawal to 已终止, and a consultation answer back to work only when it was the last', () => {
    expect(checkStep(REQUEST_WORKFLOW, 'reply', f({ outcome: 'disclosed' }))).toEqual({
      ok: true,
      to: 'replied',
    });
    expect(checkStep(REQUEST_WORKFLOW, 'withdraw', f({ state: 'in_process' }))).toEqual({
      ok: true,
      to: 'closed',
    });
    expect(
      checkStep(
        REQUEST_WORKFLOW,
        'answer_consultation',
        f({ state: 'consulting', openConsultations: 2 }),
      ),
    ).toEqual({ ok: true, to: 'consulting' });
    expect(
      checkStep(
        REQUEST_WORKFLOW,
        'answer_consultation',
        f({ state: 'consulting', openConsultations: 1 }),
      ),
    ).toEqual({ ok: true, to: 'in_process' });
  });
});
