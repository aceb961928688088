import { DUE_SOON_WORKING_DAYS, type ClockStatus } from '@fazhi/shared';
import { addDays } from './dates.js';
import { countWorkingDays } from './day-index.js';
import { isWorkingDay, type WorkCalendar } from './work-calendar.js';

/** Working days in (from, to]; 0 when `to` is not after `from`. */
export const workingDaysAfter = (cal: WorkCalendar, from: string, to: string): number =>
  countWorkingDays(cal, from, to);

/**
 * Working days left from `today` to `due` (0 = due today). Once past due, the negative number of
 * working days overdue, and at least -1 so an overdue date never reads as "0 days left".
 */
function workingDaysLeft(cal: WorkCalendar, today: string, due: string): number {
  if (due >= today) return workingDaysAfter(cal, today, due);
  return -Math.max(1, workingDaysAfter(cal, due, today));
}

/**
 * The due-date bands of `urgencyOf` as dates, for filtering in SQL: overdue before `today`; due soon from
 * `today` up to (not including) `onTrackFrom`, the first day with more than DUE_SOON_WORKING_DAYS
 * working days left; on track from there on.
 */
export function urgencyBands(
  cal: WorkCalendar,
  today: string,
): { today: string; onTrackFrom: string } {
  let d = today;
  for (let n = 0; n <= DUE_SOON_WORKING_DAYS;) {
    d = addDays(d, 1);
    if (isWorkingDay(cal, d)) n += 1;
  }
  return { today, onTrackFrom: d };
}

/** 已超期 after the due day; 即将到期 within DUE_SOON_WORKING_DAYS working days; otherwise 未到期. */
export function urgencyOf(
  cal: WorkCalendar,
  today: string,
  due: string,
): { status: 'on_track' | 'due_soon' | 'overdue'; daysLeft: number } {
  const daysLeft = workingDaysLeft(cal, today, due);
  if (today > due) return { status: 'overdue', daysLeft };
  return { status: daysLeft <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track', daysLeft };
}

/** Status of a stored clock row for lists: state plus the stored due date. */
export function clockStatusOf(
  cal: WorkCalendar,
  today: string,
  clock: { state: 'running' | 'paused' | 'stopped'; dueDate: string },
): { status: ClockStatus; daysLeft: number | null } {
  if (clock.state === 'stopped') return { status: 'stopped', daysLeft: null };
  const u = urgencyOf(cal, today, clock.dueDate);
  return {
    status: clock.state === 'paused' && u.status !== 'overdue' ? 'paused' : u.status,
    daysLeft: u.daysLeft,
  };
}
