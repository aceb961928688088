import type { ClockBadge } from '@fazhi/shared';
import { clockBadge, type WorkCalendar } from '../../core/calendar/index.js';
import type { Q } from '../../core/db/database.js';

// tenancy: clocks of records the caller has already loaded through scoped()

/**
 * The badges of the given clocks (nulls and repeats allowed), by clock id: how other modules read
 * clocks for their lists and details, in one query.
 */
export async function clockBadges(
  q: Q,
  cal: WorkCalendar,
  today: string,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, ClockBadge>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await q
    .selectFrom('clocks')
    .select([
      'id',
      'purpose',
      'startDate',
      'limitDays',
      'unit',
      'extensionDays',
      'dueDate',
      'state',
      'stoppedOn',
      'basis',
    ])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, clockBadge(cal, today, r)]));
}

/** One badge from the map, or null when the record has no such clock. */
export const badgeOf = (
  badges: Map<string, ClockBadge>,
  id: string | null | undefined,
): ClockBadge | null => (id ? (badges.get(id) ?? null) : null);
