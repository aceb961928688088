import { isWeekend, yearOf } from './dates.js';

/** One entry of a State Council notice: a day off (放假) or a make-up working day (调休上班). */
export interface SpecialDay {
  date: string;
  kind: 'holiday' | 'workday';
  /** 国庆节, 春节 … for holidays; 国庆节调休上班 … for make-up days. */
  name: string;
}

/**
 * The effective working calendar: the special days of every year whose notice has been entered.
 * Years not in `coveredYears` are assumed to have only ordinary weekends, and results that look at
 * them are provisional.
 */
export interface WorkCalendar {
  readonly special: ReadonlyMap<string, SpecialDay>;
  readonly coveredYears: ReadonlySet<number>;
}

export function buildWorkCalendar(days: Iterable<SpecialDay>, coveredYears: Iterable<number>): WorkCalendar {
  const special = new Map<string, SpecialDay>();
  for (const d of days) special.set(d.date, d);
  return { special, coveredYears: new Set(coveredYears) };
}

export type DayClass =
  | { kind: 'workday'; working: true } // 普通工作日
  | { kind: 'makeup_workday'; working: true; name: string } // 调休上班日
  | { kind: 'weekend'; working: false } // 周末休息日
  | { kind: 'holiday'; working: false; name: string }; // 法定节假日

/** What kind of day `date` is under the calendar (weekends only, for a year without a notice). */
export function classifyDay(cal: WorkCalendar, date: string): DayClass {
  const s = cal.special.get(date);
  if (s?.kind === 'holiday') return { kind: 'holiday', working: false, name: s.name };
  if (s?.kind === 'workday') return { kind: 'makeup_workday', working: true, name: s.name };
  return isWeekend(date) ? { kind: 'weekend', working: false } : { kind: 'workday', working: true };
}

export const isWorkingDay = (cal: WorkCalendar, date: string): boolean => classifyDay(cal, date).working;

export const isCovered = (cal: WorkCalendar, date: string): boolean => cal.coveredYears.has(yearOf(date));

/** What users read when a result depends on a year whose 放假安排 is not entered yet. */
export const provisionalReason = (year: number): string =>
  `${year}年国务院放假安排尚未录入，该年按普通周末推算，结果可能变化`;
