import { CLOCK_STATUS_LABELS, type ClockStatus } from '@fazhi/shared';
import { clockStatusOf, type WorkCalendar } from '../../../core/calendar/index.js';
import type { Q } from '../../../core/db/database.js';
import type { ClocksTable } from '../../../core/db/schema-machinery.js';

// tenancy: clocks of items already loaded through scoped()

/** A clock as lists and the detail show it: due date, red/yellow/green status, days left, basis. */
export interface ClockSummary {
  id: string;
  purpose: string;
  startDate: string;
  limitDays: number;
  unit: 'working' | 'calendar';
  dueDate: string;
  state: 'running' | 'paused' | 'stopped';
  stoppedOn: string | null;
  status: ClockStatus;
  statusLabel: string;
  daysLeft: number | null;
  basis: string;
}

export function summariseClock(cal: WorkCalendar, today: string, c: Pick<ClocksTable, 'id' | 'purpose' | 'startDate' | 'limitDays' | 'unit' | 'dueDate' | 'state' | 'stoppedOn' | 'basis'>): ClockSummary {
  const s = clockStatusOf(cal, today, c);
  return {
    id: c.id,
    purpose: c.purpose,
    startDate: c.startDate,
    limitDays: c.limitDays,
    unit: c.unit,
    dueDate: c.dueDate,
    state: c.state,
    stoppedOn: c.stoppedOn,
    status: s.status,
    statusLabel: CLOCK_STATUS_LABELS[s.status],
    daysLeft: s.daysLeft,
    basis: c.basis,
  };
}

export async function clocksById(q: Q, ids: (string | null)[]): Promise<Map<string, ClocksTable>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await q.selectFrom('clocks').selectAll().where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
