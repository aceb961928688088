import { addDays, isWorkingDay, type WorkCalendar } from '../../../core/calendar/index.js';

/** Dates and a reproducible shuffle for the demo: every business day falls on a 2024 working day. */

/** The n-th working day after `day` (n = 0: `day` itself if it is one, else the next). */
export function workday(cal: WorkCalendar, day: string, n = 0): string {
  let d = day;
  while (!isWorkingDay(cal, d)) d = addDays(d, 1);
  for (let i = 0; i < n; i++) {
    d = addDays(d, 1);
    while (!isWorkingDay(cal, d)) d = addDays(d, 1);
  }
  return d;
}

/** mulberry32: the same sequence on every run, so the demo is identical on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rnd: () => number, xs: readonly T[]): T =>
  xs[Math.floor(rnd() * xs.length)]!;

/** The n-th working day before `day`. */
export function workdayBefore(cal: WorkCalendar, day: string, n: number): string {
  let d = day;
  for (let i = 0; i < n; i++) {
    d = addDays(d, -1);
    while (!isWorkingDay(cal, d)) d = addDays(d, -1);
  }
  return d;
}
