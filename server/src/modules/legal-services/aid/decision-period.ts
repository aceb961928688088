import { AID_ART } from '../legal-services.vocabulary.js';
import type { AidPeriod } from './aid-period.js';

/**
 * 《法律援助法》第四十三条第一款: the centre decides within 七日 of receiving the application, counted from
 * the day the station forwards it. The law says 日 without 工作日, so calendar days (民法典 period rules:
 * the first day not counted, a holiday last day moves on); 浙江省法律援助条例 第十七条 (七个工作日) is
 * the older, lower rule.
 */
export const DECISION_PERIOD: AidPeriod = {
  limitDays: 7,
  unit: 'calendar',
  basis: AID_ART.decision,
  purpose: 'legal_aid.decision',
  label: '法律援助决定期限',
};
