import { rule, type Refusal } from '../../core/workflow/index.js';
import { ART } from './enforcement.vocabulary.js';

/** What the 催告 and the court application are checked against (dates from late-payment.ts). */
export interface OverdueFacts {
  today: string;
  /** Art 67: the last day to pay; null before the decision is served. */
  paymentDue: string | null;
  /** Working days since the 催告书 was served (行政强制法 第五十四条). */
  workdaysSinceUrge: number | null;
  /** 行政强制法 第五十三条: when the court may be asked. */
  courtWindow: { opens: string; closes: string } | null;
}

/** 催告 only once the payment period has passed (行政处罚法 第六十七条, 行政强制法 第三十五条). */
export function urging(f: OverdueFacts): Refusal | null {
  if (f.paymentDue && f.today <= f.paymentDue)
    return rule('PAYMENT_NOT_OVERDUE', `缴纳罚款的期限至${f.paymentDue}，尚未逾期`, ART.payment);
  return null;
}

/** The court is asked ten working days after the 催告, within the art 53 window. */
export function applyingToCourt(f: OverdueFacts): Refusal | null {
  if (f.workdaysSinceUrge !== null && f.workdaysSinceUrge < 10)
    return rule(
      'URGE_PERIOD_RUNNING',
      '催告书送达十个工作日后当事人仍未履行的，方可申请',
      ART.urgeWait,
    );
  if (f.courtWindow && f.today < f.courtWindow.opens)
    return rule(
      'COURT_TOO_EARLY',
      `当事人在法定期限内不申请行政复议或者提起行政诉讼的，自${f.courtWindow.opens}起方可申请法院强制执行`,
      ART.court,
    );
  if (f.courtWindow && f.today > f.courtWindow.closes)
    return rule(
      'COURT_TOO_LATE',
      `申请法院强制执行的期限已于${f.courtWindow.closes}届满`,
      ART.court,
    );
  return null;
}
