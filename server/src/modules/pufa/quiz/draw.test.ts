import { describe, expect, it } from 'vitest';
import { drawQuestions, shuffled } from './draw.js';

/** A deterministic pick: cycles through the given numbers (each taken modulo n). */
const seq = (...xs: number[]) => {
  let i = 0;
  return (n: number) => xs[i++ % xs.length]! % n;
};

describe('quiz draw', () => {
  const pool = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'single', optionCount: 4 }));

  it('draws the asked number of distinct questions from the pool', () => {
    const d = drawQuestions(pool, 3);
    expect(d).toHaveLength(3);
    expect(new Set(d.map((x) => x.q)).size).toBe(3);
    for (const x of d) expect([...x.o].sort()).toEqual([0, 1, 2, 3]);
  });

  it('draws the whole pool when it is smaller than the count', () => {
    expect(drawQuestions(pool, 10)).toHaveLength(5);
  });

  it('keeps 正确 before 错误 in a true/false question', () => {
    const d = drawQuestions([{ id: 'j', kind: 'judge', optionCount: 2 }], 1, seq(0));
    expect(d[0]!.o).toEqual([0, 1]);
  });

  it('shuffles by Fisher–Yates with the given picks', () => {
    // Always swapping with the first: 3↔0, 2↔0, 1↔0.
    expect(shuffled([0, 1, 2, 3], seq(0))).toEqual([1, 2, 3, 0]);
    expect(shuffled([0, 1, 2, 3], seq(3, 2, 1))).toEqual([0, 1, 2, 3]);
  });

  it('gives every option order over many draws', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i += 1) seen.add(shuffled([0, 1, 2]).join(''));
    expect(seen.size).toBe(6);
  });
});
