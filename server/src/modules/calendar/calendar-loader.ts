import type { Q } from '../../core/db/database.js';
import { memoised } from '../../core/db/mutation-memo.js';
import { buildWorkCalendar, type WorkCalendar } from '../../core/calendar/index.js';
import {
  CALENDAR_MEMO,
  calendarRevision,
  daysOfNotices,
  effectiveNotices,
} from './calendar.repository.js';

/** Built calendars by revision. Re-derivable from the database at any time, so losing it costs nothing. */
const cache = new Map<string, WorkCalendar>();
const CACHE_SIZE = 8;

/** The calendar as the database says now, without the cache (e.g. inside the transaction that changed it). */
async function readCalendar(q: Q): Promise<WorkCalendar> {
  const notices = await effectiveNotices(q);
  const days = await daysOfNotices(
    q,
    notices.map((n) => n.id),
  );
  return buildWorkCalendar(
    days,
    notices.map((n) => n.year),
  );
}

/**
 * The effective working calendar. One small query checks the revision; the calendar itself is
 * rebuilt only when a notice was entered. Works on a transaction too (it then sees that
 * transaction's uncommitted notices, under their own revision). Within a mutation it is read once.
 */
export const loadCalendar = (q: Q): Promise<WorkCalendar> =>
  memoised(q, CALENDAR_MEMO, () => currentCalendar(q));

async function currentCalendar(q: Q): Promise<WorkCalendar> {
  const revision = await calendarRevision(q);
  const hit = cache.get(revision);
  if (hit) return hit;
  const cal = await readCalendar(q);
  cache.set(revision, cal);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return cal;
}
