import type { CaseKind } from './litigation.vocabulary.js';

/**
 * Which outcomes count as what, the indicators' definitions in one place (pure).
 * 纠错 (a review body corrected the town): 变更, 撤销, 确认违法, 责令履行, 确认无效 and an adverse 行政协议 finding
 * (《行政复议法》第六十三条至第六十七条、第七十一条). 败诉 (the court found against the town): 撤销, 履行, 给付,
 * 确认违法, 确认无效, 变更, 行政协议 (《行政诉讼法》第七十条、第七十二条至第七十五条、第七十七条、第七十八条).
 * 调撤 (mediated or withdrawn) cases are counted apart: they may hide a correction or a defeat.
 */
export const CORRECTION_OUTCOMES = [
  'changed',
  'revoked',
  'illegal',
  'perform',
  'void',
  'agreement',
] as const;
const CORRECTED: ReadonlySet<string> = new Set(CORRECTION_OUTCOMES);
const LOST: ReadonlySet<string> = new Set([
  'revoked',
  'perform',
  'pay',
  'illegal',
  'void',
  'changed',
  'agreement',
]);
const SETTLED: ReadonlySet<string> = new Set(['mediated', 'withdrawn']);

/** 复议纠错: the review body changed, revoked, or found the act illegal or void, or ordered performance. */
export const isCorrection = (kind: CaseKind, outcome: string | null) =>
  kind === 'reconsideration' && outcome !== null && CORRECTED.has(outcome);

/** 行政诉讼败诉: a judgment against the town. */
export const isLoss = (kind: CaseKind, outcome: string | null) =>
  kind === 'litigation' && outcome !== null && LOST.has(outcome);

/** 调撤: ended by mediation, settlement or withdrawal, not by a decision on the merits. */
export const isSettled = (outcome: string | null) => outcome !== null && SETTLED.has(outcome);

/**
 * The result column of 表四 (政府信息公开工作年度报告): 维持 (upheld, or the suit dismissed on the merits),
 * 纠正 (corrected or lost), 其他 (every other ending), 尚未审结 (no outcome by the year's end).
 */
export function table4Column(
  kind: CaseKind,
  outcome: string | null,
): 'upheld' | 'corrected' | 'other' | 'pending' {
  if (outcome === null) return 'pending';
  if (kind === 'reconsideration' ? outcome === 'upheld' : outcome === 'dismissed') return 'upheld';
  if (isCorrection(kind, outcome) || isLoss(kind, outcome)) return 'corrected';
  return 'other';
}
