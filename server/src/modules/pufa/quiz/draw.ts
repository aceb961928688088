import { randomInt } from 'node:crypto';

/** A random integer in [0, n): crypto by default, so takers cannot predict the next draw. */
type Pick = (n: number) => number;
const cryptoPick: Pick = (n) => randomInt(0, n);

/** One drawn question: its id and its options in the order this taker sees them (bank indexes). */
export interface DrawnQuestion {
  q: string;
  o: number[];
}

/** Fisher–Yates on a copy: every order equally likely. */
export function shuffled<T>(items: readonly T[], pick: Pick = cryptoPick): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = pick(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws `count` questions from the pool and shuffles each one's options; 判断题 keep 正确 before 错误
 * (shuffling them only confuses). The draw is stored with the attempt, so scoring never trusts the
 * client about what was asked.
 */
export function drawQuestions(
  pool: readonly { id: string; kind: string; optionCount: number }[],
  count: number,
  pick: Pick = cryptoPick,
): DrawnQuestion[] {
  return shuffled(pool, pick)
    .slice(0, count)
    .map((p) => {
      const order = [...Array(p.optionCount).keys()];
      return { q: p.id, o: p.kind === 'judge' ? order : shuffled(order, pick) };
    });
}
