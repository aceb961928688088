import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { countWorkingDays } from './day-index.js';
import { buildWorkCalendar, isWorkingDay, type SpecialDay } from './work-calendar.js';

const days: SpecialDay[] = [
  ...[
    '2024-10-01',
    '2024-10-02',
    '2024-10-03',
    '2024-10-04',
    '2024-10-05',
    '2024-10-06',
    '2024-10-07',
  ].map((date) => ({ date, kind: 'holiday' as const, name: '国庆节' })),
  { date: '2024-09-29', kind: 'workday', name: '国庆节调休上班' },
  { date: '2024-10-12', kind: 'workday', name: '国庆节调休上班' },
  { date: '2024-05-01', kind: 'holiday', name: '劳动节' },
  { date: '2024-04-28', kind: 'workday', name: '劳动节调休上班' },
];
const cal = buildWorkCalendar(days, [2024]);

/** The obvious way: walk every day. */
function walk(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(cal, d)) n += 1;
  return n;
}

describe('counting working days without walking them', () => {
  it('counts across 国庆 with its make-up days', () => {
    expect(countWorkingDays(cal, '2024-09-27', '2024-10-14')).toBe(
      walk('2024-09-27', '2024-10-14'),
    );
    expect(countWorkingDays(cal, '2024-09-27', '2024-10-14')).toBe(8);
  });

  it('is zero for an empty or reversed range', () => {
    expect(countWorkingDays(cal, '2024-10-08', '2024-10-08')).toBe(0);
    expect(countWorkingDays(cal, '2024-10-09', '2024-10-08')).toBe(0);
  });

  it('agrees with walking day by day on many ranges, across years and weekends', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 500; i++) {
      const from = addDays('2023-11-01', rnd(500));
      const to = addDays(from, rnd(200) - 20);
      expect(countWorkingDays(cal, from, to), `${from} → ${to}`).toBe(walk(from, to));
    }
  });
});
