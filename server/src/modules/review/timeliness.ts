import { DEFAULT_PERIODS } from './review.settings.js';
import type { ItemType } from './review.enums.js';

/**
 * Whether an opinion came within its review period (台账“是否按期”). Only a period set by statute makes
 * an opinion late by law; every review period today is the town's own (本镇设置). For a major decision
 * (重大行政决策) 条例 第二十八条 asks only for a timely (及时) opinion, and 第二十六条第二款's 7 working days
 * bind the submitter, so an opinion on the 8th working day exceeds the town's period, not a statute. Pure.
 */
type TimelinessKey =
  | 'on_time' // 按期
  | 'late_town_period' // 超出本镇期限
  | 'late_statutory' // 逾期（法定期限）
  | 'pending' // 未出具
  | 'no_period'; // 无期限（线下审查等）

interface Timeliness {
  key: TimelinessKey;
  label: string;
  /** True only when a period fixed by statute ran out before the opinion. */
  lateByStatute: boolean;
  /** Where the period comes from, as users see it. */
  basis: string | null;
}

const LABELS: Record<TimelinessKey, string> = {
  on_time: '按期',
  late_town_period: '超出本镇期限（非法定期限）',
  late_statutory: '逾期',
  pending: '未出具',
  no_period: '—',
};

export function timelinessOf(input: {
  type: ItemType;
  dueDate: string | null;
  issuedOn: string | null;
}): Timeliness {
  const rule = DEFAULT_PERIODS[input.type];
  const of = (key: TimelinessKey): Timeliness => ({
    key,
    label: LABELS[key],
    lateByStatute: key === 'late_statutory',
    basis: input.dueDate ? rule.basis : null,
  });
  if (!input.dueDate) return of('no_period');
  if (!input.issuedOn) return of('pending');
  if (input.issuedOn <= input.dueDate) return of('on_time');
  return of(rule.confirmed ? 'late_statutory' : 'late_town_period');
}
