import { addDays } from './dates.js';
import { lunarMonthsOf } from './lunar.js';
import { QINGMING, solarTermDate } from './solar-terms.js';
import type { SpecialDay } from './work-calendar.js';

/**
 * The holidays for all citizens fixed by 《全国年节及纪念日放假办法》第二条 (text not in shared/laws [U];
 * summary in shared/domain/holidays.md). They are known for any year in advance; the yearly State
 * Council notice adds only bridging days, 补休 for holidays on a weekend (第六条) and 调休 working days.
 *
 * - 2014–2024 (2013 revision): 11 days — 春节 正月初一 to 初三, 劳动节 1 May.
 * - from 2025 (国务院令第795号): 13 days — 春节 adds 除夕, 劳动节 adds 2 May.
 */
export const STATUTORY_FIRST_YEAR = 2014;
export const STATUTORY_LAST_YEAR = 2100;
const REVISION_2025 = 2025;

export const STATUTORY_BASIS = '《全国年节及纪念日放假办法》第二条';

const memo = new Map<number, SpecialDay[]>();

const run = (start: string, n: number, name: string): SpecialDay[] =>
  Array.from({ length: n }, (_, i) => ({
    date: addDays(start, i),
    kind: 'holiday' as const,
    name,
  }));

/** The statutory holidays of `year` in date order; empty outside STATUTORY_FIRST_YEAR–STATUTORY_LAST_YEAR. */
export function statutoryHolidays(year: number): SpecialDay[] {
  if (year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) return [];
  const hit = memo.get(year);
  if (hit) return hit;
  const revised = year >= REVISION_2025;
  const months = lunarMonthsOf(year);
  const firstMonth = months.findIndex((m) => m.month === 1 && !m.leap);
  const lunar = (month: number, day: number) =>
    addDays(months.slice(firstMonth).find((m) => m.month === month && !m.leap)!.start, day - 1);
  const newYear = lunar(1, 1);
  const days = [
    ...run(`${year}-01-01`, 1, '元旦'),
    ...(revised ? run(addDays(newYear, -1), 4, '春节') : run(newYear, 3, '春节')),
    ...run(solarTermDate(year, QINGMING), 1, '清明节'),
    ...run(`${year}-05-01`, revised ? 2 : 1, '劳动节'),
    ...run(lunar(5, 5), 1, '端午节'),
    ...run(lunar(8, 15), 1, '中秋节'),
    ...run(`${year}-10-01`, 3, '国庆节'),
  ].sort((a, b) => a.date.localeCompare(b.date));
  // 中秋 can fall within 国庆 (e.g. 2020-10-01): one day off, both names.
  const merged: SpecialDay[] = [];
  for (const d of days) {
    const prev = merged[merged.length - 1];
    if (prev?.date === d.date) prev.name = `${prev.name}、${d.name}`;
    else merged.push({ ...d });
  }
  memo.set(year, merged);
  return merged;
}
