import { PAUSE_REASON_LABELS, type PauseReason } from '@fazhi/shared';
import { isPostgres, type Q } from '../../core/db/database.js';
import type {
  ClockExtensionsTable,
  ClockPausesTable,
  ClocksTable,
} from '../../core/db/schema-machinery.js';
import type { ClockInput } from '../../core/calendar/index.js';

/** The clock row, locked for the rest of the transaction on PostgreSQL (SQLite transactions are exclusive already). */
export function lockClock(q: Q, id: string) {
  // tenancy: callers pass a clock id of a record they have already loaded in scope
  const query = q.selectFrom('clocks').selectAll().where('id', '=', id);
  return (isPostgres(q) ? query.forUpdate() : query).executeTakeFirst();
}

export const pausesOf = (q: Q, clockIds: string[]) =>
  clockIds.length
    ? q
        .selectFrom('clockPauses')
        .selectAll()
        .where('clockId', 'in', clockIds)
        .orderBy('fromDate')
        .orderBy('createdAt')
        .execute()
    : Promise.resolve([]);

export const extensionsOf = (q: Q, clockIds: string[]) =>
  clockIds.length
    ? q
        .selectFrom('clockExtensions')
        .selectAll()
        .where('clockId', 'in', clockIds)
        .orderBy('createdAt')
        .execute()
    : Promise.resolve([]);

export const openPauseOf = (q: Q, clockId: string) =>
  q
    .selectFrom('clockPauses')
    .selectAll()
    .where('clockId', '=', clockId)
    .where('toDate', 'is', null)
    .executeTakeFirst();

/** Every clock still counting or paused. */
// tenancy: the nightly sweep and calendar re-dating run for every town
export const openClocks = (q: Q) =>
  q.selectFrom('clocks').selectAll().where('state', '!=', 'stopped').orderBy('id').execute();

export const pauseLabel = (reason: string) => PAUSE_REASON_LABELS[reason as PauseReason] ?? reason;

/** The pure computation's input from the stored rows. */
export function clockInputOf(
  clock: ClocksTable,
  pauses: ClockPausesTable[],
  extensions: ClockExtensionsTable[],
): ClockInput {
  return {
    startDate: clock.startDate,
    limitDays: clock.limitDays,
    unit: clock.unit,
    pauses: pauses.map((p) => ({
      fromDate: p.fromDate,
      toDate: p.toDate,
      reasonLabel: pauseLabel(p.reason),
    })),
    extensions: extensions.map((e) => ({ days: e.days })),
    stoppedOn: clock.stoppedOn,
  };
}

/** Stores a re-derived due date; the clock's open inbox tasks follow it so the inbox sorts in SQL. */
export async function writeDueDate(
  q: Q,
  clockId: string,
  due: { dueDate: string; provisional: 0 | 1 },
  now: Date,
): Promise<void> {
  await q
    .updateTable('clocks')
    .set({ ...due, updatedAt: now.toISOString() })
    .where('id', '=', clockId)
    .execute();
  await q
    .updateTable('tasks')
    .set({ dueDate: due.dueDate })
    .where('clockId', '=', clockId)
    .where('status', '=', 'open')
    .execute();
}
