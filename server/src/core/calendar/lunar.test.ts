import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lunarMonthsOf, lunarToSolar, springFestival } from './lunar.js';
import { QINGMING, solarTermDate, WINTER_SOLSTICE } from './solar-terms.js';

/** chinese-days ships a lunar table and a solar-term formula for 1900–2100: our computation must agree with it. */
const chineseDays = createRequire(import.meta.url)('chinese-days') as {
  getSolarDateFromLunar: (d: string) => { date: string };
  getSolarTermDate: (year: number, month: number, term: string) => string;
};
const lunarKey = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const YEARS = Array.from({ length: 2099 - 1950 + 1 }, (_, i) => 1950 + i);

/**
 * Where chinese-days is itself off: its solar-term formula puts the 1980 and 1984 December solstices
 * (16:56 and 16:23 UTC on 21 December, i.e. after midnight in Beijing) a day early, and its table
 * puts 1996 中秋 a day early (the new moon was 1996-09-12 23:07 UTC = 09-13 in Beijing).
 */
const CHINESE_DAYS_ERRATA = new Set(['1980 solstice', '1984 solstice', '1996 8/15']);

describe('solar terms', () => {
  it.each([
    { year: 2025, longitude: QINGMING, date: '2025-04-04' },
    { year: 2026, longitude: QINGMING, date: '2026-04-05' },
    { year: 2027, longitude: QINGMING, date: '2027-04-05' },
    { year: 2028, longitude: QINGMING, date: '2028-04-04' },
    { year: 2024, longitude: WINTER_SOLSTICE, date: '2024-12-21' },
    { year: 1984, longitude: WINTER_SOLSTICE, date: '1984-12-22' },
  ])('$year at $longitude° is $date', ({ year, longitude, date }) => {
    expect(solarTermDate(year, longitude)).toBe(date);
  });

  it('agrees with chinese-days on 清明 and 冬至 for 1950–2099', () => {
    const diff: string[] = [];
    for (const y of YEARS) {
      if (solarTermDate(y, QINGMING) !== chineseDays.getSolarTermDate(y, 4, 'pure_brightness'))
        diff.push(`${y} qingming`);
      if (
        solarTermDate(y, WINTER_SOLSTICE) !==
        chineseDays.getSolarTermDate(y, 12, 'the_winter_solstice')
      )
        diff.push(`${y} solstice`);
    }
    expect(diff.filter((d) => !CHINESE_DAYS_ERRATA.has(d))).toEqual([]);
  });
});

describe('lunar calendar', () => {
  it.each([
    { year: 2024, date: '2024-02-10' },
    { year: 2025, date: '2025-01-29' },
    { year: 2026, date: '2026-02-17' },
    { year: 2027, date: '2027-02-06' },
    { year: 2033, date: '2033-01-31' },
  ])('正月初一 of $year is $date', ({ year, date }) => {
    expect(springFestival(year)).toBe(date);
  });

  it('numbers a leap month after the month it repeats (2025: 闰六月)', () => {
    const months = lunarMonthsOf(2025);
    const leap = months.filter((m) => m.leap);
    expect(leap).toEqual([{ month: 6, leap: true, start: '2025-07-25' }]);
    expect(lunarToSolar(2025, 8, 15)).toBe('2025-10-06');
  });

  it('finds a leap 11th month in the span after the 冬至 (2033, the 闰十一月 case)', () => {
    expect(
      lunarMonthsOf(2034)
        .filter((m) => m.leap)
        .map((m) => m.month),
    ).toEqual([11]);
  });

  it('agrees with chinese-days on 正月初一, 五月初五 and 八月十五 for 1950–2099', () => {
    const diff: string[] = [];
    for (const y of YEARS) {
      for (const [m, d] of [
        [1, 1],
        [5, 5],
        [8, 15],
      ] as const) {
        if (lunarToSolar(y, m, d) !== chineseDays.getSolarDateFromLunar(lunarKey(y, m, d)).date)
          diff.push(`${y} ${m}/${d}`);
      }
    }
    expect(diff.filter((d) => !CHINESE_DAYS_ERRATA.has(d))).toEqual([]);
  });
});
