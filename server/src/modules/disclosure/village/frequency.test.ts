import { describe, expect, it } from 'vitest';
import {
  checkPeriods,
  coveredPeriod,
  majorStatus,
  periodBounds,
  periodDue,
  periodOf,
  periodsOfYear,
} from './frequency.js';

describe('三务公开 periods (村民委员会组织法 第三十条: 一般事项至少每季度, 财务往来较多的每月)', () => {
  it.each([
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
  ])('bounds of %s are %s … %s', (p, start, end) => {
    expect(periodBounds(p)).toEqual({ start, end });
  });

  it.each([
    ['2024-Q3', 10, '2024-10-10'],
    ['2024-Q4', 10, '2025-01-10'],
    ['2024-01', 31, '2024-02-29'],
    ['2024-12', 5, '2025-01-05'],
  ])('%s with 公开日 %i is due %s', (p, day, due) => {
    expect(periodDue(p, day)).toBe(due);
  });

  it('lists the periods of a year and finds the period of a day', () => {
    expect(periodsOfYear(2024, 'quarterly')).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(periodsOfYear(2024, 'monthly')).toHaveLength(12);
    expect(periodOf('2024-08-15', 'quarterly')).toBe('2024-Q3');
    expect(periodOf('2024-08-15', 'monthly')).toBe('2024-08');
  });

  it('counts a monthly publication for its quarter, but not a quarterly one for a month', () => {
    expect(coveredPeriod('2024-08', 'quarterly')).toBe('2024-Q3');
    expect(coveredPeriod('2024-Q3', 'quarterly')).toBe('2024-Q3');
    expect(coveredPeriod('2024-Q3', 'monthly')).toBeNull();
    expect(coveredPeriod('2024-08', 'monthly')).toBe('2024-08');
  });

  it('marks each quarter on time, late, missing, open or future', () => {
    const checks = checkPeriods({
      year: 2024,
      frequency: 'quarterly',
      dueDay: 10,
      today: '2024-11-20',
      published: [
        { period: '2024-Q1', publishedOn: '2024-04-08' },
        { period: '2024-05', publishedOn: '2024-07-15' },
      ],
    });
    expect(checks.map((c) => c.status)).toEqual(['on_time', 'late', 'missing', 'open']);
    expect(checks[1]).toMatchObject({
      period: '2024-Q2',
      due: '2024-07-10',
      publishedOn: '2024-07-15',
    });
    expect(
      checkPeriods({
        year: 2025,
        frequency: 'quarterly',
        dueDay: 10,
        today: '2024-11-20',
        published: [],
      })[0]!.status,
    ).toBe('future');
  });

  it('keeps the earliest publication of a period', () => {
    const [q1] = checkPeriods({
      year: 2024,
      frequency: 'quarterly',
      dueDay: 10,
      today: '2024-05-01',
      published: [
        { period: '2024-Q1', publishedOn: '2024-04-20' },
        { period: '2024-Q1', publishedOn: '2024-04-09' },
      ],
    });
    expect(q1).toMatchObject({ status: 'on_time', publishedOn: '2024-04-09' });
  });

  it.each([
    [{ due: '2024-06-07', publishedOn: '2024-06-05', today: '2024-07-01' }, 'on_time'],
    [{ due: '2024-06-07', publishedOn: '2024-06-12', today: '2024-07-01' }, 'late'],
    [{ due: '2024-06-07', publishedOn: null, today: '2024-06-08' }, 'overdue'],
    [{ due: '2024-06-07', publishedOn: null, today: '2024-06-07' }, 'pending'],
  ] as const)('a major matter %o is %s', (m, status) => {
    expect(majorStatus(m)).toBe(status);
  });
});
