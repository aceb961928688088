import type { WorkCalendar } from './work-calendar.js';

/**
 * Counting working days between two dates without walking them: weekdays by arithmetic, then the
 * calendar's exceptions (a holiday on a weekday takes one away, a make-up workday on a weekend adds
 * one) by binary search. Lists and inboxes call this for every row, so it must not cost a day loop.
 */
const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Weekdays (Mon–Fri) among day numbers [0, n); day 0 (1970-01-01) was a Thursday. */
function weekdaysBefore(n: number): number {
  const weeks = Math.floor(n / 7);
  let count = weeks * 5;
  for (let d = weeks * 7; d < n; d++) {
    const w = (d + 4) % 7; // 0 = Sunday
    if (w !== 0 && w !== 6) count += 1;
  }
  return count;
}

interface Exceptions {
  /** Sorted day numbers of holidays that fall on a weekday. */
  lost: number[];
  /** Sorted day numbers of make-up workdays that fall on a weekend. */
  gained: number[];
}

const byCalendar = new WeakMap<WorkCalendar, Exceptions>();

function exceptionsOf(cal: WorkCalendar): Exceptions {
  let e = byCalendar.get(cal);
  if (!e) {
    e = { lost: [], gained: [] };
    for (const [date, day] of cal.special) {
      const n = dayNumber(date);
      const w = (n + 4) % 7;
      const weekend = w === 0 || w === 6;
      if (day.kind === 'holiday' && !weekend) e.lost.push(n);
      if (day.kind === 'workday' && weekend) e.gained.push(n);
    }
    e.lost.sort((a, b) => a - b);
    e.gained.sort((a, b) => a - b);
    byCalendar.set(cal, e);
  }
  return e;
}

/** How many entries of a sorted list are < n. */
function countBelow(sorted: number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Working days in (from, to]; 0 when `to` is not after `from`. */
export function countWorkingDays(cal: WorkCalendar, from: string, to: string): number {
  const a = dayNumber(from) + 1;
  const b = dayNumber(to) + 1;
  if (b <= a) return 0;
  const e = exceptionsOf(cal);
  const weekdays = weekdaysBefore(b) - weekdaysBefore(a);
  const lost = countBelow(e.lost, b) - countBelow(e.lost, a);
  const gained = countBelow(e.gained, b) - countBelow(e.gained, a);
  return weekdays - lost + gained;
}
