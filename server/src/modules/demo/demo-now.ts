import { addDays, isWorkingDay, type WorkCalendar } from '../../core/calendar/index.js';
import type { Deps } from '../../core/deps.js';

/**
 * The demo's "now": its 2024 history ends with work in progress in November and December 2024. Loaded
 * after January 2025, that work is closed as it would have been in January 2025, and each module adds
 * current work dated from the day the demo is loaded (the injected clock), with deadlines ahead, a few
 * due this week and one or two overdue. Loaded on an earlier day, the history stays as it was.
 */
const DEMO_CLOSED_BY = '2025-02-01';

/** True when the demo loads after its 2024 history was closed, so current work is added. */
export const demoIsLive = (today: string): boolean => today >= DEMO_CLOSED_BY;

/** The n-th working day before `day` (n = 0: `day` itself if it is a working day, else the one before). */
export function workdaysBefore(cal: WorkCalendar, day: string, n: number): string {
  let d = day;
  while (!isWorkingDay(cal, d)) d = addDays(d, -1);
  for (let i = 0; i < n; i++) {
    d = addDays(d, -1);
    while (!isWorkingDay(cal, d)) d = addDays(d, -1);
  }
  return d;
}

/** The services' view of time on `day` at a Shanghai office hour, so clocks, tasks and events carry that date. */
export const onDay = (deps: Deps, day: string, time = '09:30'): Deps => {
  const at = new Date(`${day}T${time}:00+08:00`);
  return { ...deps, time: { now: () => at } };
};
