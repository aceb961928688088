import type { Q } from '../../core/db/database.js';

/**
 * What other modules may use of the calendar module (工作日历 and 期限时钟): the work calendar, the
 * clock service, clock badges and explanations, and a clock's due date and state. Other modules
 * import the calendar module only through this file and read the `clocks` table only through it
 * (checked by server/src/import-graph.test.ts).
 */

export { loadCalendar } from './calendar-loader.js';
export { badgeOf, clockBadges } from './clock-badges.js';
export { openClocksOf } from './clock-counts.js';
export { explainClock } from './clock-explain.js';
export {
  extendClock,
  extendOwnedClock,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from './clock.service.js';
export { importCalendarCsv } from './notice.service.js';

/** A clock's due date and state, or null when there is no such clock. */
export async function clockStatus(q: Q, clockId: string | null) {
  if (!clockId) return null;
  // tenancy: callers pass the clock id of a record they have already loaded in scope
  const row = await q
    .selectFrom('clocks')
    .select(['dueDate', 'state'])
    .where('id', '=', clockId)
    .executeTakeFirst();
  return row ?? null;
}
