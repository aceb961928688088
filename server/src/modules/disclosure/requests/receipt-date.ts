import type { Channel } from './vocabulary.js';

/**
 * 收到申请之日 by channel — 《政府信息公开条例》第三十一条. Pure: the dates staff record for the channel
 * in, the legal receipt date (or the reason there is none yet) out.
 */
export interface ReceiptDates {
  /** 当面提交: the day the applicant handed it in. */
  submittedOn?: string | null | undefined;
  /** 邮寄（挂号、EMS）: the day the office signed for it. */
  signedOn?: string | null | undefined;
  /** 平常信函: the day the letter arrived … */
  arrivedOn?: string | null | undefined;
  /** … and, like 互联网/传真, the day office and applicant confirmed it (双方确认之日). */
  confirmedOn?: string | null | undefined;
}

export const RECEIPT_BASIS = '《政府信息公开条例》第三十一条';

/** The date field each channel needs, and how the rule reads to users. */
export const RECEIPT_RULES: Record<
  Channel,
  { field: keyof ReceiptDates; label: string; rule: string }
> = {
  in_person: {
    field: 'submittedOn',
    label: '提交日期',
    rule: '当面提交的，以提交之日为收到申请之日（第三十一条第一项）',
  },
  registered_post: {
    field: 'signedOn',
    label: '签收日期',
    rule: '以邮寄方式提交的，以行政机关签收之日为收到申请之日（第三十一条第二项）',
  },
  ordinary_letter: {
    field: 'confirmedOn',
    label: '确认日期',
    rule: '以平常信函提交的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日（第三十一条第二项）',
  },
  online: {
    field: 'confirmedOn',
    label: '双方确认日期',
    rule: '通过互联网渠道提交的，以双方确认之日为收到申请之日（第三十一条第三项）',
  },
  fax: {
    field: 'confirmedOn',
    label: '双方确认日期',
    rule: '通过传真提交的，以双方确认之日为收到申请之日（第三十一条第三项）',
  },
};

type ReceiptResult =
  | { ok: true; receivedOn: string; warnings: string[] }
  | { ok: false; field: keyof ReceiptDates; message: string };

/**
 * The receipt date for `channel`, refusing future dates (an office cannot have received something
 * tomorrow) and confirmations before the letter arrived. An ordinary letter confirmed later than the
 * day it arrived is accepted with a warning: the law obliges same-day confirmation.
 */
export function receiptDate(channel: Channel, dates: ReceiptDates, today: string): ReceiptResult {
  const rule = RECEIPT_RULES[channel];
  const value = dates[rule.field] ?? null;
  if (!value) return { ok: false, field: rule.field, message: `请填写${rule.label}：${rule.rule}` };
  for (const [field, v] of Object.entries(dates) as [
    keyof ReceiptDates,
    string | null | undefined,
  ][]) {
    if (v && v > today)
      return {
        ok: false,
        field,
        message: `日期 ${v} 晚于今天（${today}），不能登记尚未发生的收件（依据${RECEIPT_BASIS}）`,
      };
  }
  const warnings: string[] = [];
  if (channel === 'ordinary_letter') {
    const arrived = dates.arrivedOn ?? null;
    if (!arrived) return { ok: false, field: 'arrivedOn', message: '请填写平常信函的收到日期' };
    if (value < arrived)
      return { ok: false, field: 'confirmedOn', message: '确认日期不能早于信函收到日期' };
    if (value > arrived)
      warnings.push(
        `信函于 ${arrived} 收到，${value} 才与申请人确认：依据第三十一条第二项应当于收到申请的当日确认`,
      );
  }
  if (
    (channel === 'online' || channel === 'fax') &&
    dates.submittedOn &&
    value < dates.submittedOn
  ) {
    return { ok: false, field: 'confirmedOn', message: '双方确认日期不能早于申请提交日期' };
  }
  return { ok: true, receivedOn: value, warnings };
}
