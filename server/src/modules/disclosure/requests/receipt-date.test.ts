import { describe, expect, it } from 'vitest';
import { receiptDate } from './receipt-date.js';

const TODAY = '2024-11-20';

describe('收到申请之日 by channel (《政府信息公开条例》第三十一条)', () => {
  it.each([
    ['in_person', { submittedOn: '2024-11-18' }, '2024-11-18'],
    ['registered_post', { submittedOn: '2024-11-10', signedOn: '2024-11-15' }, '2024-11-15'],
    ['ordinary_letter', { arrivedOn: '2024-11-19', confirmedOn: '2024-11-19' }, '2024-11-19'],
    ['online', { submittedOn: '2024-11-16', confirmedOn: '2024-11-18' }, '2024-11-18'],
    ['fax', { confirmedOn: '2024-11-20' }, '2024-11-20'],
  ] as const)('%s: %o → %s', (channel, dates, expected) => {
    expect(receiptDate(channel, dates, TODAY)).toEqual({
      ok: true,
      receivedOn: expected,
      warnings: [],
    });
  });

  it('names the missing date and the rule', () => {
    const r = receiptDate('registered_post', { submittedOn: '2024-11-10' }, TODAY);
    expect(r).toMatchObject({ ok: false, field: 'signedOn' });
    expect(!r.ok && r.message).toContain('以行政机关签收之日为收到申请之日');
  });

  it('refuses any date after today', () => {
    const r = receiptDate('in_person', { submittedOn: '2024-11-21' }, TODAY);
    expect(r).toMatchObject({ ok: false, field: 'submittedOn' });
    expect(!r.ok && r.message).toContain('晚于今天（2024-11-20）');
    expect(
      receiptDate('ordinary_letter', { arrivedOn: '2024-11-21', confirmedOn: '2024-11-20' }, TODAY),
    ).toMatchObject({ ok: false, field: 'arrivedOn' });
  });

  it('warns when an ordinary letter was not confirmed on the day it arrived, refuses a confirmation before arrival', () => {
    const late = receiptDate(
      'ordinary_letter',
      { arrivedOn: '2024-11-15', confirmedOn: '2024-11-18' },
      TODAY,
    );
    expect(late).toMatchObject({ ok: true, receivedOn: '2024-11-18' });
    expect(late.ok && late.warnings[0]).toContain('应当于收到申请的当日确认');
    expect(
      receiptDate('ordinary_letter', { arrivedOn: '2024-11-15', confirmedOn: '2024-11-14' }, TODAY),
    ).toMatchObject({ ok: false, field: 'confirmedOn' });
    expect(receiptDate('ordinary_letter', { confirmedOn: '2024-11-14' }, TODAY)).toMatchObject({
      ok: false,
      field: 'arrivedOn',
    });
  });

  it('refuses an online confirmation before the submission', () => {
    expect(
      receiptDate('online', { submittedOn: '2024-11-18', confirmedOn: '2024-11-17' }, TODAY),
    ).toMatchObject({ ok: false, field: 'confirmedOn' });
  });
});
