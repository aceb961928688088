/** The working calendar and the statutory clock: pure rules, no I/O. Modules import from here. */
export { addDays, chineseDate, daysBetween } from './dates.js';
export {
  buildWorkCalendar,
  isWorkingDay,
  provisionalReason,
  type SpecialDay,
  type WorkCalendar,
} from './work-calendar.js';
export { statutoryHolidays } from './statutory-holidays.js';
export { computeClock, type ClockComputation, type ClockInput } from './compute-clock.js';
export { computeDeadline } from './deadline.js';
export { clockStatusOf, urgencyBands, urgencyOf, workingDaysAfter } from './status.js';
export { validateNoticeRows, type NoticeRowError, type NoticeRowInput } from './notice-rules.js';
export { parseNoticeCsv } from './notice-csv.js';
export { clockBadge, clockBadgeSchema } from './clock-badge.js';
