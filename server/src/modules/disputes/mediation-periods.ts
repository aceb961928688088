import { computeDeadline, type WorkCalendar } from '../../core/calendar/index.js';
import { ART } from './disputes.vocabulary.js';
import type { Channel } from './disputes.vocabulary.js';
import { isPetition, PETITION_HANDLING } from './petition-periods.js';

/**
 * The mediation clocks, as pure rules:
 * - a committee mediates a dispute "一般在一个月内" (宁波市人民调解条例 第二十七条), read here as 30
 *   calendar days from acceptance ([U]: the regulation says a month, not a number of days), extendable
 *   when both parties ask;
 * - a court-referred pre-filing mediation (诉前调解) runs 30 days, extendable with both parties' consent
 *   (court practice, [U] exact article; 民事诉讼法 第一百二十五条 is the 先行调解 basis);
 * - 司法确认 is applied for within 30 days of the agreement taking effect (人民调解法 第三十三条,
 *   民事诉讼法 第二百零五条);
 * - a 信访 matter is handled within 60 days of acceptance (信访工作条例 第三十四条, petition-periods.ts).
 */
const COMMITTEE_PERIOD_DAYS = 30;
const PRECOURT_PERIOD_DAYS = 30;
const CONFIRMATION_DAYS = 30;

export function mediationPeriod(channel: Channel): {
  days: number;
  basis: string;
  purpose: string;
} {
  if (isPetition(channel)) return PETITION_HANDLING;
  return channel === 'court'
    ? { days: PRECOURT_PERIOD_DAYS, basis: ART.precourt, purpose: '诉前调解期限' }
    : { days: COMMITTEE_PERIOD_DAYS, basis: ART.period, purpose: '人民调解期限' };
}

export const CONFIRMATION_PERIOD = {
  days: CONFIRMATION_DAYS,
  basis: ART.confirm,
  purpose: '申请司法确认期限',
} as const;

/**
 * The last day to apply for 司法确认: day 0 is the day the agreement took effect; a last day on a
 * statutory holiday moves to the next working day (民事诉讼法 第八十五条), as the window's clock does.
 */
export const confirmationDue = (cal: WorkCalendar, agreedOn: string) =>
  computeDeadline(cal, agreedOn, CONFIRMATION_DAYS, 'calendar').due;
