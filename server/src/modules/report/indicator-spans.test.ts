import { describe, expect, it } from 'vitest';
import { periodOf, previousYear, spansOf } from './indicator-spans.js';

describe('indicator spans (pure)', () => {
  it('counts a year or up to the cut-off, never past today', () => {
    expect(periodOf('year', 2024, '2024-11-30', '2025-03-01')).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(periodOf('cutOff', 2024, '2024-11-30', '2025-03-01')).toEqual({
      from: '2024-01-01',
      to: '2024-11-30',
    });
    expect(periodOf('year', 2024, '2024-11-30', '2024-06-15').to).toBe('2024-06-15');
    expect(periodOf('cutOff', 2024, '2024-11-30', '2024-06-15').to).toBe('2024-06-15');
  });

  it('groups towns by their span: one span by year, one per distinct cut-off', () => {
    const towns = [
      { id: 'a', cutOff: '2024-11-30' },
      { id: 'b', cutOff: '2024-10-31' },
      { id: 'c', cutOff: '2024-11-30' },
    ];
    const day = '2025-01-10';
    expect(spansOf(towns, 'year', 2024, day)).toEqual([
      { townIds: ['a', 'b', 'c'], year: 2024, from: '2024-01-01', to: '2024-12-31' },
    ]);
    expect(spansOf(towns, 'cutOff', 2024, day)).toEqual([
      { townIds: ['a', 'c'], year: 2024, from: '2024-01-01', to: '2024-11-30' },
      { townIds: ['b'], year: 2024, from: '2024-01-01', to: '2024-10-31' },
    ]);
    expect(spansOf([], 'year', 2024, day)).toEqual([]);
  });

  it("takes last year's cut-off on the same day of the year", () => {
    expect(previousYear([{ id: 'a', cutOff: '2024-10-31' }], 2024)).toEqual([
      { id: 'a', cutOff: '2023-10-31' },
    ]);
  });
});
