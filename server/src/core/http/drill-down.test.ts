import { describe, expect, it } from 'vitest';
import { drillDownQuery, monthSpan, monthsOf } from './drill-down.js';

describe('drill-down filter', () => {
  it.each([
    ['2024-01', '2024-01-01', '2024-02-01'],
    ['2024-02', '2024-02-01', '2024-03-01'],
    ['2024-12', '2024-12-01', '2025-01-01'],
  ])('spans %s from its first day to the next month', (month, from, before) => {
    expect(monthSpan(month)).toEqual({ from, before });
  });

  it('accepts a month and a town id, and nothing else shaped like them', () => {
    const town = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(drillDownQuery.parse({ month: '2024-07', townId: town })).toEqual({
      month: '2024-07',
      townId: town,
    });
    expect(drillDownQuery.parse({})).toEqual({});
    for (const month of ['2024-13', '2024-7', '202407', '2024-00', '2024-07-01'])
      expect(drillDownQuery.safeParse({ month }).success, month).toBe(false);
    expect(drillDownQuery.safeParse({ townId: 'qiaotou' }).success).toBe(false);
  });

  it('lists the twelve months of a year', () => {
    expect(monthsOf(2024)).toHaveLength(12);
    expect(monthsOf(2024)[0]).toBe('2024-01');
    expect(monthsOf(2024)[11]).toBe('2024-12');
  });
});
