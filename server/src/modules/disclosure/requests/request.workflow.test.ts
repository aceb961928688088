import { describe, expect, it } from 'vitest';
import { refusal, type RequestFacts } from './request.workflow.js';

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

describe('依申请公开 workflow guards', () => {
  it.each([
    ['request_correction', f({}), null],
    ['request_correction', f({ correctionRequested: true }), '一次性告知'],
    ['request_correction', f({ today: '2024-11-28' }), '7个工作日内告知（最迟 2024-11-27）'],
    ['request_correction', f({ state: 'in_process' }), '不能告知补正'],
    ['close_correction_overdue', f({ state: 'correction_requested', correctionDue: '2024-12-11', today: '2024-12-11' }), '期限届满前不能'],
    ['close_correction_overdue', f({ state: 'correction_requested', correctionDue: '2024-12-11', today: '2024-12-12' }), null],
    ['close_fee_unpaid', f({ state: 'awaiting_fee', feeDue: '2024-12-18', today: '2024-12-18' }), '期限届满前不能'],
    ['close_fee_unpaid', f({ state: 'awaiting_fee', feeDue: '2024-12-18', today: '2024-12-19' }), null],
    ['notify_fee', f({ state: 'received' }), '不能发出收费通知'],
    ['set_delay', f({ state: 'in_process' }), '应当先要求申请人说明理由'],
    ['set_delay', f({ state: 'in_process', explanationRequested: true }), null],
    ['confirm_receipt', f({ state: 'received' }), '不能确认收到申请'],
    ['answer_consultation', f({ state: 'in_process' }), '不能登记意见'],
  ] as const)('%s with %o → %s', (action, facts, expected) => {
    const r = refusal(action, facts);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toContain(expected);
  });

  it('allows one extension of at most 20 working days (第三十三条第二款)', () => {
    expect(refusal('extend', f({ state: 'in_process' }), { days: 20 })).toBeNull();
    expect(refusal('extend', f({ state: 'in_process' }), { days: 21 })).toContain('最长不得超过20个工作日');
    expect(refusal('extend', f({ state: 'in_process' }), { days: 0 })).toContain('最长不得超过20个工作日');
    expect(refusal('extend', f({ state: 'in_process', extended: true }), { days: 5 })).toContain('只能延长一次');
    expect(refusal('extend', f({ state: 'in_process', today: '2024-12-18', replyDue: '2024-12-18' }), { days: 5 })).toBeNull();
    expect(refusal('extend', f({ state: 'in_process', today: '2024-12-19', replyDue: '2024-12-18' }), { days: 5 })).toContain('答复期限已于 2024-12-18 届满');
    expect(refusal('extend', f({ state: 'replied' }), { days: 5 })).toContain('不能延长答复期限');
  });

  it.each([
    ['partially_disclosed', f({}), '须先作区分处理'],
    ['partially_disclosed', f({ releasedCopies: 1 }), null],
    ['unavailable_still_unclear', f({}), '补正后内容仍不明确'],
    ['unavailable_still_unclear', f({ state: 'in_process', correctionReceived: true }), null],
    ['rejected_excessive', f({}), '应当先要求申请人说明理由'],
    ['other_correction_overdue', f({}), '只能通过相应的终止步骤办理'],
    ['other_fee_unpaid', f({}), '只能通过相应的终止步骤办理'],
    ['disclosed', f({ state: 'consulting', openConsultations: 1 }), '不能答复'],
    ['disclosed', f({ state: 'awaiting_fee' }), '不能答复'],
    ['other_other', f({ state: 'awaiting_fee' }), null],
    ['other_other', f({ state: 'consulting', openConsultations: 1 }), null],
    ['other_other', f({ state: 'replied' }), '不能答复'],
    ['other_other', f({ state: 'pending_confirmation' }), '不能答复'],
  ] as const)('reply %s with %o → %s', (outcome, facts, expected) => {
    const r = refusal('reply', facts, { outcome });
    if (expected === null) expect(r).toBeNull();
    else expect(r).toContain(expected);
  });
});
