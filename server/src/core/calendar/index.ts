/** The working calendar and the statutory clock: pure rules, no I/O. Modules import from here. */
export { addDays, chineseDate, daysBetween, weekdayName, yearOf } from './dates.js';
export { buildWorkCalendar, classifyDay, isCovered, isWorkingDay, provisionalReason, type DayClass, type SpecialDay, type WorkCalendar } from './work-calendar.js';
export { statutoryHolidays, STATUTORY_BASIS } from './statutory-holidays.js';
export { computeClock, type ClockComputation, type ClockInput } from './compute-clock.js';
export { computeDeadline } from './deadline.js';
export { clockStatusOf, urgencyBands, urgencyOf, workingDaysAfter, workingDaysLeft } from './status.js';
export { validateNoticeRows, MAX_NOTICE_ROWS, type NoticeRowError, type NoticeRowInput } from './notice-rules.js';
export { parseNoticeCsv } from './notice-csv.js';
export { clockBadge, clockBadgeSchema, type ClockBadgeSource } from './clock-badge.js';
