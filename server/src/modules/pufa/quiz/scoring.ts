import type { DrawnQuestion } from './draw.js';

/** The bank's right answer of a drawn question (bank indexes). */
type AnswerKey = ReadonlyMap<string, readonly number[]>;

interface Scored {
  score: number;
  correctCount: number;
  /** Per drawn question, in the order shown: the chosen bank indexes and whether they were right. */
  marks: { q: string; chosen: number[]; right: boolean }[];
}

/**
 * Scores a handed-in attempt against the stored draw. `chosen` holds, per drawn question, the
 * positions the taker picked *as shown* (0 = first option on screen); they are mapped back through
 * the draw's option order. A question counts only when exactly the right set was chosen (多选题 all or
 * nothing); a position the draw never showed counts as wrong.
 */
export function scoreAttempt(
  draw: readonly DrawnQuestion[],
  chosen: readonly (readonly number[])[],
  key: AnswerKey,
  pointsPerQuestion: number,
): Scored {
  const marks = draw.map((d, i) => {
    const shown = [...new Set(chosen[i] ?? [])];
    const bank = shown.map((pos) => d.o[pos] ?? -1).sort((a, b) => a - b);
    const right = [...(key.get(d.q) ?? [])].sort((a, b) => a - b);
    return {
      q: d.q,
      chosen: bank,
      right: bank.length === right.length && bank.every((b, j) => b === right[j]),
    };
  });
  const correctCount = marks.filter((m) => m.right).length;
  return { score: correctCount * pointsPerQuestion, correctCount, marks };
}
