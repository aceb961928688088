import { computeClock } from '../../core/calendar/index.js';
import type { Q } from '../../core/db/database.js';
import { loadCalendar } from './calendar-loader.js';
import { explainedOf, type ClockExplained } from './clock-explained.js';
import { clockInputOf, extensionsOf, pausesOf } from './clock.repository.js';

/**
 * How a clock's due date was reached, in words: days skipped and why, pauses and extensions, the
 * counting rule and the period's own article. For pages whose caller has already proven access to
 * the clock's subject (e.g. the applicant's tracking page); staff use GET /clocks/:id.
 */
export async function explainClock(
  q: Q,
  clockId: string | null,
  today: string,
): Promise<ClockExplained | null> {
  if (!clockId) return null;
  // tenancy: the caller proved access to the record that owns this clock
  const clock = await q
    .selectFrom('clocks')
    .selectAll()
    .where('id', '=', clockId)
    .executeTakeFirst();
  if (!clock) return null;
  const [pauses, extensions, cal] = await Promise.all([
    pausesOf(q, [clockId]),
    extensionsOf(q, [clockId]),
    loadCalendar(q),
  ]);
  const c = computeClock(clockInputOf(clock, pauses, extensions), cal, today);
  return explainedOf(c.summary, clock.basis, c.countingBasis);
}
