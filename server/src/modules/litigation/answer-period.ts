import type { DayUnit } from '@fazhi/shared';
import {
  LITIGATION_ART as ART,
  type CaseKind,
  type DecisionForm,
} from './litigation.vocabulary.js';

interface Period {
  limitDays: number;
  unit: DayUnit;
  basis: string;
  purpose: string;
}

/**
 * The answer period, from the day the town received the copy (day 0, 《民事诉讼法》第八十五条):
 * 复议 答复 10 days, 5 in the simplified procedure (《行政复议法》第四十八条、第五十四条), working days by its
 * 第八十八条; 诉讼 答辩 and evidence 15 calendar days (《行政诉讼法》第六十七条; a last day on a holiday moves
 * to the next working day).
 */
export function answerPeriod(kind: CaseKind, simplified: boolean): Period {
  if (kind === 'litigation')
    return { limitDays: 15, unit: 'calendar', basis: ART.defence, purpose: 'litigation.defence' };
  return simplified
    ? { limitDays: 5, unit: 'working', basis: ART.replySimplified, purpose: 'litigation.reply' }
    : { limitDays: 10, unit: 'working', basis: ART.reply, purpose: 'litigation.reply' };
}

/** The appeal period from service of a first-instance 判决 (15 days) or 裁定 (10 days), 第八十五条. */
export function appealPeriod(kind: CaseKind, form: DecisionForm): Period | null {
  if (kind !== 'litigation' || form === 'decision') return null;
  return {
    limitDays: form === 'judgment' ? 15 : 10,
    unit: 'calendar',
    basis: ART.appeal,
    purpose: 'litigation.appeal',
  };
}

/**
 * The answer to the other party's appeal: 15 days from receiving the 上诉状副本 (《民事诉讼法》第一百七十四条,
 * applied to administrative cases by 《行政诉讼法》第一百零一条).
 */
export const appealDefencePeriod = (): Period => ({
  limitDays: 15,
  unit: 'calendar',
  basis: ART.appealDefence,
  purpose: 'litigation.appeal_defence',
});
