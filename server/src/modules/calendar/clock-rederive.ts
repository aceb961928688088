import type { Q } from '../../core/db/database.js';
import type { ClocksTable } from '../../core/db/schema-machinery.js';
import {
  computeClock,
  type ClockComputation,
  type WorkCalendar,
} from '../../core/calendar/index.js';
import {
  clockInputOf,
  extensionsOf,
  openClocks,
  pausesOf,
  writeDueDate,
} from './clock.repository.js';

/** A clock's stored due date before and after re-deriving it. */
interface Redated {
  id: string;
  orgId: string;
  before: { dueDate: string; provisional: boolean };
  after: { dueDate: string; provisional: boolean };
}

/** Recomputes one clock from its rows (open pause taken as ending `asOf`) and stores due date and flag. */
export async function rederiveClock(
  q: Q,
  clock: ClocksTable,
  cal: WorkCalendar,
  asOf: string,
  now: Date,
): Promise<ClockComputation> {
  const [pauses, extensions] = await Promise.all([
    pausesOf(q, [clock.id]),
    extensionsOf(q, [clock.id]),
  ]);
  const c = computeClock(clockInputOf(clock, pauses, extensions), cal, asOf);
  if (c.dueDate !== clock.dueDate || (c.provisional ? 1 : 0) !== clock.provisional) {
    await writeDueDate(
      q,
      clock.id,
      { dueDate: c.dueDate, provisional: c.provisional ? 1 : 0 },
      now,
    );
  }
  return c;
}

const CHUNK = 500;

function byClock<T extends { clockId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.clockId, [...(out.get(r.clockId) ?? []), r]);
  return out;
}

/**
 * Re-dates every open clock against `cal` (after a notice is entered, and nightly for paused clocks
 * whose projection moves each day). Returns only the clocks whose stored values changed.
 */
export async function redateOpenClocks(
  q: Q,
  cal: WorkCalendar,
  today: string,
  now: Date,
): Promise<Redated[]> {
  const clocks = await openClocks(q);
  const changed: Redated[] = [];
  for (let i = 0; i < clocks.length; i += CHUNK) {
    const batch = clocks.slice(i, i + CHUNK);
    const ids = batch.map((c) => c.id);
    const [pauses, extensions] = await Promise.all([pausesOf(q, ids), extensionsOf(q, ids)]);
    const pausesBy = byClock(pauses);
    const extensionsBy = byClock(extensions);
    for (const clock of batch) {
      const input = clockInputOf(
        clock,
        pausesBy.get(clock.id) ?? [],
        extensionsBy.get(clock.id) ?? [],
      );
      const c = computeClock(input, cal, today);
      const provisional = c.provisional ? 1 : 0;
      if (c.dueDate === clock.dueDate && provisional === clock.provisional) continue;
      await writeDueDate(q, clock.id, { dueDate: c.dueDate, provisional }, now);
      changed.push({
        id: clock.id,
        orgId: clock.orgId,
        before: { dueDate: clock.dueDate, provisional: clock.provisional === 1 },
        after: { dueDate: c.dueDate, provisional: c.provisional },
      });
    }
  }
  return changed;
}
