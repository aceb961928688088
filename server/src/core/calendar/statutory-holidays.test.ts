import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { statutoryHolidays } from './statutory-holidays.js';

const notices = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
};

describe('statutory holidays (全国年节及纪念日放假办法 第二条)', () => {
  it('has 11 days a year under the 2013 revision and 13 from 2025', () => {
    expect(statutoryHolidays(2024)).toHaveLength(11);
    expect(statutoryHolidays(2025)).toHaveLength(13);
    expect(statutoryHolidays(2027)).toHaveLength(13);
  });

  it('computes 2027 from the rules alone', () => {
    expect(statutoryHolidays(2027).map((d) => `${d.date} ${d.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
  });

  it('gives one day with both names when 中秋 falls on 国庆 (2020)', () => {
    const oct1 = statutoryHolidays(2020).filter((d) => d.date === '2020-10-01');
    expect(oct1).toEqual([{ date: '2020-10-01', kind: 'holiday', name: '中秋节、国庆节' }]);
  });

  it('is a subset of the days off in every State Council notice 2014–2026', () => {
    const missing: string[] = [];
    for (let y = 2014; y <= 2026; y++)
      for (const d of statutoryHolidays(y))
        if (!notices.holidays[d.date]) missing.push(`${d.date} ${d.name}`);
    expect(missing).toEqual([]);
  });

  it('knows nothing outside the years it covers', () => {
    expect(statutoryHolidays(2013)).toEqual([]);
    expect(statutoryHolidays(2101)).toEqual([]);
  });
});
