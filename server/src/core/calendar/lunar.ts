import { beijingDate, jdeToJd, lunationNear, newMoonJde } from './astronomy.js';
import { addDays } from './dates.js';
import { solarTermDate, solarTermNear, WINTER_SOLSTICE } from './solar-terms.js';

/**
 * The Chinese lunar calendar (农历) by the rules of GB/T 33661-2017: a month begins on the Beijing
 * date of a new moon; the month holding the 冬至 is the 11th; when twelve 冬至-to-冬至 months are
 * thirteen, the first one without a principal term (中气) is the leap month and repeats the number
 * of the month before it.
 */
interface LunarMonth {
  /** 1–12. */
  month: number;
  leap: boolean;
  /** Beijing date of the first day (初一). */
  start: string;
}

/** Beijing date of the new moon of lunation `k`. */
const newMoonDate = (k: number): string => beijingDate(jdeToJd(newMoonJde(k)));

/** The lunation whose month contains `day` (its new moon falls on or before `day`, the next one after). */
function lunationContaining(day: string): number {
  let k = lunationNear(jdeToJd(Date.parse(`${day}T00:00:00Z`) / 86_400_000 + 2440587.5));
  while (newMoonDate(k) > day) k -= 1;
  while (newMoonDate(k + 1) <= day) k += 1;
  return k;
}

/**
 * The lunar months from the 11th month of lunar year `year - 1` (the one holding the December
 * solstice of `year - 1`) up to, not including, the month holding the December solstice of `year`.
 * It contains the whole of lunar year `year` from 正月 on up to its 10th month.
 */
export function lunarMonthsOf(year: number): LunarMonth[] {
  const first = lunationContaining(solarTermDate(year - 1, WINTER_SOLSTICE));
  const last = lunationContaining(solarTermDate(year, WINTER_SOLSTICE));
  const starts: string[] = [];
  for (let k = first; k <= last; k++) starts.push(newMoonDate(k));
  const leapYear = last - first === 13;
  const principal: string[] = [];
  if (leapYear) {
    for (let i = 0, day = solarTermDate(year - 1, WINTER_SOLSTICE); i <= 12; i++) {
      principal.push(day);
      day = solarTermNear((WINTER_SOLSTICE + 30 * (i + 1)) % 360, addDays(day, 30));
    }
  }
  const hasPrincipal = (i: number) => principal.some((d) => starts[i]! <= d && d < starts[i + 1]!);
  const months: LunarMonth[] = [];
  let number = 11;
  let leapFound = false;
  for (let i = 0; i < last - first; i++) {
    const leap = leapYear && !leapFound && i > 0 && !hasPrincipal(i);
    if (leap) leapFound = true;
    else if (i > 0) number = (number % 12) + 1;
    months.push({ month: number, leap, start: starts[i]! });
  }
  return months;
}

/** The Gregorian date of lunar `month`/`day` (the ordinary, not the leap, month) in lunar year `year`. */
export function lunarToSolar(year: number, month: number, day: number): string {
  const months = lunarMonthsOf(year);
  const from = months.findIndex((m) => m.month === 1 && !m.leap);
  const m = months.slice(from).find((x) => x.month === month && !x.leap);
  if (!m) throw new Error(`lunar month ${month} of ${year} outside the computed span`);
  return addDays(m.start, day - 1);
}

/** 正月初一 of lunar year `year` (the Spring Festival), always in January or February of `year`. */
export const springFestival = (year: number): string => lunarToSolar(year, 1, 1);
