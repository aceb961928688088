import { isWeekend, yearOf } from './dates.js';
import {
  STATUTORY_BASIS,
  STATUTORY_FIRST_YEAR,
  STATUTORY_LAST_YEAR,
  statutoryHolidays,
} from './statutory-holidays.js';

/** One entry of a State Council notice: a day off (放假) or a make-up working day (调休上班). */
export interface SpecialDay {
  date: string;
  kind: 'holiday' | 'workday';
  /** 国庆节, 春节 … for holidays; 国庆节调休上班 … for make-up days. */
  name: string;
}

/**
 * The effective working calendar: the special days of every year whose notice has been entered.
 * A year not in `coveredYears` still has its statutory holidays (computed, see statutory-holidays.ts);
 * only its bridging days, 补休 and 调休 are unknown, so results that look at it are provisional.
 */
export interface WorkCalendar {
  readonly special: ReadonlyMap<string, SpecialDay>;
  readonly coveredYears: ReadonlySet<number>;
}

export function buildWorkCalendar(
  days: Iterable<SpecialDay>,
  coveredYears: Iterable<number>,
): WorkCalendar {
  const special = new Map<string, SpecialDay>();
  for (const d of days) special.set(d.date, d);
  const covered = new Set(coveredYears);
  for (let year = STATUTORY_FIRST_YEAR; year <= STATUTORY_LAST_YEAR; year++) {
    if (!covered.has(year)) for (const d of statutoryHolidays(year)) special.set(d.date, d);
  }
  return { special, coveredYears: covered };
}

type DayClass =
  | { kind: 'workday'; working: true } // 普通工作日
  | { kind: 'makeup_workday'; working: true; name: string } // 调休上班日
  | { kind: 'weekend'; working: false } // 周末休息日
  | { kind: 'holiday'; working: false; name: string }; // 法定节假日

/** What kind of day `date` is under the calendar (statutory holidays and weekends, for a year without a notice). */
export function classifyDay(cal: WorkCalendar, date: string): DayClass {
  const s = cal.special.get(date);
  if (s?.kind === 'holiday') return { kind: 'holiday', working: false, name: s.name };
  if (s?.kind === 'workday') return { kind: 'makeup_workday', working: true, name: s.name };
  return isWeekend(date) ? { kind: 'weekend', working: false } : { kind: 'workday', working: true };
}

export const isWorkingDay = (cal: WorkCalendar, date: string): boolean =>
  classifyDay(cal, date).working;

export const isCovered = (cal: WorkCalendar, date: string): boolean =>
  cal.coveredYears.has(yearOf(date));

/** What users read when a result depends on a year whose 放假安排 is not entered yet. */
export const provisionalReason = (year: number): string =>
  `${year}年国务院放假安排尚未录入，该年法定节假日依${STATUTORY_BASIS}推算（农历节日与清明按历法计算），连休、补休和调休上班日待通知录入后确定，结果可能变化`;
