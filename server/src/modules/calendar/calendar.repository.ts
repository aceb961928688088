import type { Q } from '../../core/db/database.js';
import { fixedQuery } from '../../core/db/fixed-query.js';
import { forget } from '../../core/db/mutation-memo.js';
import type { CalendarNoticesTable } from '../../core/db/schema.js';
import { newId } from '../../core/ids.js';
import type { SpecialDay } from '../../core/calendar/index.js';

/** The memo key of the calendar within one mutation (loadCalendar), forgotten when a notice is entered. */
export const CALENDAR_MEMO = 'calendar';

const revision = fixedQuery<Record<never, never>, { n: number; lastId: string | null }>((q) =>
  q
    .selectFrom('calendarNotices')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('lastId')]),
);

/**
 * A cheap fingerprint of the calendar: notices are append-only (a correction is a new version), so
 * the count and the newest id change with every entry, and UUIDs never repeat across databases.
 */
export async function calendarRevision(q: Q): Promise<string> {
  const [r] = await revision(q, {});
  return `${Number(r!.n)}:${r!.lastId ?? ''}`;
}

/** The effective notice of each year: its highest version. */
export const effectiveNotices = (q: Q) =>
  q
    .selectFrom('calendarNotices as n')
    .selectAll('n')
    .where((eb) =>
      eb(
        'n.version',
        '=',
        eb
          .selectFrom('calendarNotices as v')
          .select((e) => e.fn.max('v.version').as('mv'))
          .whereRef('v.year', '=', 'n.year'),
      ),
    )
    .orderBy('n.year')
    .execute();

export async function daysOfNotices(
  q: Q,
  noticeIds: string[],
): Promise<(SpecialDay & { noticeId: string })[]> {
  if (!noticeIds.length) return [];
  return q
    .selectFrom('calendarDays')
    .select(['noticeId', 'date', 'kind', 'name'])
    .where('noticeId', 'in', noticeIds)
    .orderBy('date')
    .execute();
}

/** Notices (all versions, or one year's) with the name of who entered them; newest version first. */
export function noticeRows(q: Q, year?: number) {
  let query = q
    .selectFrom('calendarNotices as n')
    .leftJoin('users as u', 'u.id', 'n.enteredBy')
    .selectAll('n')
    .select('u.displayName as enteredByName')
    .orderBy('n.year')
    .orderBy('n.version', 'desc');
  if (year !== undefined) query = query.where('n.year', '=', year);
  return query.execute();
}

export async function nextVersion(q: Q, year: number): Promise<number> {
  const r = await q
    .selectFrom('calendarNotices')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.v ?? 0) + 1;
}

export async function insertNotice(
  q: Q,
  notice: Omit<CalendarNoticesTable, 'id'>,
  days: SpecialDay[],
): Promise<CalendarNoticesTable> {
  const row = { id: newId(), ...notice };
  await q.insertInto('calendarNotices').values(row).execute();
  forget(q, CALENDAR_MEMO);
  if (days.length)
    await q
      .insertInto('calendarDays')
      .values(
        days.map((d) => ({
          id: newId(),
          noticeId: row.id,
          date: d.date,
          kind: d.kind,
          name: d.name,
        })),
      )
      .execute();
  return row;
}
