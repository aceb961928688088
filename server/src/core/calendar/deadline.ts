import type { DayUnit, DeadlineResult } from '@fazhi/shared';
import { computeClock } from './compute-clock.js';
import type { WorkCalendar } from './work-calendar.js';

/** The public calculator: `days` units counted from `from` (day 0), no pauses or extensions. */
export function computeDeadline(
  cal: WorkCalendar,
  from: string,
  days: number,
  unit: DayUnit,
): DeadlineResult {
  const c = computeClock(
    { startDate: from, limitDays: days, unit, pauses: [], extensions: [] },
    cal,
    from,
  );
  return {
    from,
    days,
    unit,
    due: c.dueDate,
    provisional: c.provisional,
    provisionalReasons: c.provisionalReasons,
    basis: c.countingBasis,
    explanation: c.explanation,
    summary: c.summary,
  };
}
