import { addDays } from '../../../core/calendar/index.js';

/** Fewer than this many days to a limitation or deadline allows 先行提供 (《法律援助法》第四十四条第一项). */
const ADVANCE_THRESHOLD_DAYS = 7;

/**
 * 先行提供法律援助 (《法律援助法》第四十四条): the centre may provide aid before deciding when a limitation or
 * procedural deadline falls fewer than seven days away and proceedings must be brought (item 1), or a
 * preservation or 先予执行 must be applied for at once (item 2). Pure: the deadline and today as dates.
 */
export function advanceAllowed(
  today: string,
  deadlineOn: string | null,
  urgentPreservation: boolean,
): boolean {
  if (urgentPreservation) return true;
  return (
    deadlineOn !== null &&
    deadlineOn >= today &&
    deadlineOn < addDays(today, ADVANCE_THRESHOLD_DAYS)
  );
}
