import { DECISION_ART } from './decisions.vocabulary.js';

/**
 * 公开征求意见的期限 (条例 第十五条): in calendar days, the first and last day both counted; at least
 * `MIN_COMMENT_DAYS`, a shorter period only with its reason stated in the notice.
 */
export const MIN_COMMENT_DAYS = 30;
export const COMMENT_PERIOD_BASIS = DECISION_ART.commentPeriod;

export const commentPeriodDays = (opensOn: string, closesOn: string): number =>
  Math.round(
    (Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${opensOn}T00:00:00Z`)) / 86_400_000,
  ) + 1;

/** Whether a citizen may comment today: only inside the announced period. */
export const commentOpen = (opensOn: string | null, closesOn: string | null, today: string) =>
  opensOn !== null && closesOn !== null && today >= opensOn && today <= closesOn;
