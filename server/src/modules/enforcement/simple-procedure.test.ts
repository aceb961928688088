import { describe, expect, it } from 'vitest';
import { caseFacts, caseOutcome } from './case-facts.fixture.js';
import { buildWorkCalendar, computeClock } from '../../core/calendar/index.js';
import { chineseDaysYear } from '../calendar/calendar-seed.js';
import { CASE_PERIODS } from './case-periods.js';
import { checkStep } from '../../core/workflow/index.js';
import { CASE_WORKFLOW, type CaseFacts, type CaseState } from './case.workflow.js';
import { handOverDueOf } from './simple-procedure.js';

const facts = (state: CaseState, over: Partial<CaseFacts> = {}) =>
  caseFacts(state, {
    today: '2024-06-03',
    decisionDue: null,
    procedure: 'simple',
    fine: 100,
    publishable: true,
    ...over,
  });
const outcome = caseOutcome;

describe('简易程序 and 当场收缴 (行政处罚法 arts 51–53, 68–71; pure)', () => {
  it('decides on the spot within the limit, with the 执法证 shown (arts 51–52)', () => {
    const at = (over: Partial<CaseFacts>) => outcome('decide_on_spot', facts('on_spot', over));
    expect(at({ spotFine: 200, certificateShown: true })).toBe('served');
    expect(at({ spotFine: 201, certificateShown: true })).toBe('SIMPLE_LIMIT_EXCEEDED');
    expect(at({ spotFine: 3000, spotLimit: 3000, certificateShown: true })).toBe('served');
    expect(at({ spotFine: 50, certificateShown: false })).toBe('CERTIFICATE_NOT_SHOWN');
    expect(at({ spotFine: 50, certificateShown: true, certifiedOfficers: 1 })).toBe(
      'OFFICERS_UNCERTIFIED',
    );
    const c = checkStep(CASE_WORKFLOW, 'decide_on_spot', facts('on_spot', { spotFine: 999 }));
    expect(c.ok ? null : c.refusal.basis).toBe('《行政处罚法》第五十一条');
    expect(outcome('to_general', facts('on_spot'))).toBe('clue');
    expect(outcome('file', facts('on_spot'))).toBe('INVALID_STATE');
  });

  it('collects on the spot only on the grounds of arts 68–69', () => {
    const at = (over: Partial<CaseFacts>) => outcome('collect_on_spot', facts('served', over));
    expect(at({ collectionGround: 'small_fine', fine: 100 })).toBe('executed');
    expect(at({ collectionGround: 'small_fine', fine: 101 })).toBe('SPOT_COLLECTION_NOT_ALLOWED');
    expect(at({ collectionGround: 'hard_to_enforce', fine: 150 })).toBe('executed');
    expect(at({ collectionGround: 'hard_to_enforce', procedure: 'general' })).toBe(
      'SPOT_COLLECTION_NOT_ALLOWED',
    );
    expect(at({ collectionGround: 'remote_area', procedure: 'general', fine: 5000 })).toBe(
      'executed',
    );
  });

  it('closes only after the 备案 and the cash handed over (arts 52 ¶3, 71)', () => {
    expect(outcome('close', facts('executed'))).toBe('SPOT_REPORT_PENDING');
    expect(outcome('report', facts('executed'))).toBe('executed');
    expect(outcome('report', facts('executed', { reported: true }))).toBe('INVALID_STATE');
    expect(outcome('report', facts('executed', { procedure: 'general' }))).toBe('INVALID_STATE');
    const collected = { reported: true, collectedOnSpot: true };
    expect(outcome('close', facts('executed', collected))).toBe('HAND_OVER_PENDING');
    expect(outcome('hand_over', facts('executed', collected))).toBe('executed');
    expect(outcome('hand_over', facts('executed'))).toBe('INVALID_STATE');
    expect(outcome('close', facts('executed', { ...collected, handedOver: true }))).toBe('closed');
    expect(outcome('close', facts('executed', { procedure: 'general' }))).toBe('closed');
  });

  it('counts the art 71 two days in working days (art 85)', () => {
    const cal = buildWorkCalendar([], []);
    // Collected on a Friday: Monday and Tuesday are the two working days.
    expect(handOverDueOf(cal, '2024-06-14')).toBe('2024-06-18');
    // The Monday after is 端午节 (2024-06-10): Tuesday and Wednesday.
    expect(handOverDueOf(cal, '2024-06-07')).toBe('2024-06-12');
    // Collected on a Thursday: Friday, then Monday.
    expect(handOverDueOf(cal, '2024-06-13')).toBe('2024-06-17');
  });
});

describe('the 备案 clock of an on-the-spot decision (行政处罚法 第五十二条第三款、第八十五条)', () => {
  const cal = buildWorkCalendar([2024, 2025].flatMap(chineseDaysYear), [2024, 2025]);
  const due = (startDate: string, limitDays: number) =>
    computeClock(
      { startDate, limitDays, unit: CASE_PERIODS.report.unit, pauses: [], extensions: [] },
      cal,
      startDate,
    ).dueDate;

  it('counts the town’s days as working days, over the holidays', () => {
    expect(CASE_PERIODS.report).toMatchObject({
      days: 5,
      unit: 'working',
      basis: '《行政处罚法》第五十二条第三款、第八十五条',
    });
    // Decided Friday 2024-09-27: Sunday 09-29 is a make-up workday, 10-01..07 are 国庆, then 10-08..10.
    expect(due('2024-09-27', 5)).toBe('2024-10-10');
    // A town that gives three days: 09-29, 09-30, 10-08.
    expect(due('2024-09-27', 3)).toBe('2024-10-08');
    // Over 元旦 2025: 12-30, 12-31, 01-02, 01-03, 01-06.
    expect(due('2024-12-27', 5)).toBe('2025-01-06');
  });
});
