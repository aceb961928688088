/**
 * 述法评议's result: the panel's mean, and — with five or more panelists — the mean without the highest
 * and the lowest score (the usual 去掉一个最高分和一个最低分, a local convention), one decimal each.
 */
export function panelResult(scores: readonly number[]) {
  const round = (n: number) => Math.round(n * 10) / 10;
  const mean = (xs: readonly number[]) =>
    xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
  const sorted = [...scores].sort((a, b) => a - b);
  return {
    average: round(mean(scores)),
    trimmedAverage: scores.length >= 5 ? round(mean(sorted.slice(1, -1))) : null,
  };
}
