import { describe, expect, it } from 'vitest';
import { countOf, num, perTown, ratioOf, rowsByTown } from './by-town.js';

describe('indicator counts by town (pure)', () => {
  it('reads database counts and sums of either driver as numbers, null as 0', () => {
    expect(num(null)).toBe(0);
    expect(num(undefined)).toBe(0);
    expect(num('460500')).toBe(460_500);
    expect(num(12n)).toBe(12);
    expect(countOf('7')).toEqual({ numerator: 7, denominator: null });
    expect(ratioOf('3', null)).toEqual({ numerator: 3, denominator: 0 });
  });

  it('gives every asked town its figures, zeros for a town without rows', () => {
    const rows = rowsByTown([
      { townId: 'a', n: '4' },
      { townId: null, n: '9' },
      { townId: 'c', n: 2 },
    ]);
    const out = perTown(['a', 'b', 'c'], (t) => ({ 'm.n': countOf(rows.get(t)?.n) }));
    expect(out).toEqual({
      a: { 'm.n': { numerator: 4, denominator: null } },
      b: { 'm.n': { numerator: 0, denominator: null } },
      c: { 'm.n': { numerator: 2, denominator: null } },
    });
  });
});
