import { addDays, daysBetween } from '../../core/calendar/index.js';

/**
 * 逾期不缴纳罚款 as pure rules by date:
 * - the payment is due fifteen days after the decision was received (行政处罚法 第六十七条);
 * - 加处罚款: 3 % of the fine for each day after that, never more than the fine (行政处罚法 第七十二条,
 *   行政强制法 第四十五条);
 * - the court may be asked to enforce once the review (60 days, 行政复议法 第二十条) and litigation
 *   (6 months, 行政诉讼法 第四十六条) periods have passed, within three months (行政强制法 第五十三条),
 *   and only ten working days after the 催告书 was served (行政强制法 第五十四条).
 */

/** `YYYY-MM-DD` plus n months, on the same day of the month or the month's last day. */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = m - 1 + n;
  const year = y + Math.floor(month / 12);
  const mm = ((month % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, mm + 1, 0)).getUTCDate();
  return `${year}-${String(mm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Art 67 ¶3: fifteen days from the day the decision was received. */
export const PAYMENT_DAYS = 15;

/** Art 67 ¶3: the last day to pay. */
export const paymentDueOf = (servedOn: string) => addDays(servedOn, PAYMENT_DAYS);

/** Art 72 (1): the surcharge in 元 (to the fen) owed on `asOf`, capped at the fine. */
export function lateSurcharge(fine: number, paymentDue: string, asOf: string) {
  const days = Math.max(0, daysBetween(paymentDue, asOf));
  const uncapped = (fine * 3 * days) / 100;
  return { days, amount: Math.min(uncapped, fine), capped: uncapped >= fine && days > 0 };
}

/** 行政强制法 第五十三条: the days within which the court may be asked to enforce. */
export function courtWindowOf(servedOn: string) {
  const review = addDays(servedOn, 60);
  const suit = addMonths(servedOn, 6);
  const lapsed = review > suit ? review : suit;
  return { opens: addDays(lapsed, 1), closes: addMonths(lapsed, 3) };
}
