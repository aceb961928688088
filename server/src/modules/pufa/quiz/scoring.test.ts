import { describe, expect, it } from 'vitest';
import { scoreAttempt } from './scoring.js';

describe('quiz scoring', () => {
  // q1 shown with options reversed; q2 (多选) shown in bank order.
  const draw = [
    { q: 'q1', o: [3, 2, 1, 0] },
    { q: 'q2', o: [0, 1, 2, 3] },
  ];
  const key = new Map([
    ['q1', [0]],
    ['q2', [1, 3]],
  ]);

  it('maps shown positions back through the stored option order', () => {
    // Bank option 0 of q1 is shown last (position 3).
    const r = scoreAttempt(draw, [[3], [3, 1]], key, 10);
    expect(r).toMatchObject({ score: 20, correctCount: 2 });
    expect(r.marks[0]).toEqual({ q: 'q1', chosen: [0], right: true });
  });

  it('marks the bank index at the shown position wrong when it is not the answer', () => {
    expect(scoreAttempt(draw, [[0], [1, 3]], key, 10)).toMatchObject({
      score: 10,
      correctCount: 1,
    });
  });

  it('gives a multiple-choice question nothing for a partial answer', () => {
    expect(scoreAttempt(draw, [[3], [1]], key, 10).marks[1]!.right).toBe(false);
  });

  it('counts a position that was never shown, or no answer, as wrong', () => {
    expect(scoreAttempt(draw, [[9], []], key, 10).score).toBe(0);
    expect(scoreAttempt(draw, [], key, 10).score).toBe(0);
  });

  it('ignores a position chosen twice', () => {
    expect(
      scoreAttempt(
        draw,
        [
          [3, 3],
          [1, 3],
        ],
        key,
        5,
      ).score,
    ).toBe(10);
  });
});
