import type { DayUnit } from '@fazhi/shared';
import { PUBLISH_WORKING_DAYS } from './decision-publication.js';
import { ART, SIMPLE_DEFAULTS } from './enforcement.vocabulary.js';
import { PRESERVATION_WORKING_DAYS } from './evidence-preservation.js';
import { PAYMENT_DAYS } from './late-payment.js';

/**
 * A case's statutory periods, each kept as a clock row (case-clocks.ts). The lengths are those of
 * decisionDueOf, preservationDueOf, publishDueOf and paymentDueOf, and the town's 备案 days; the clock counts them by 民法典
 * 第二百零一条、第二百零三条 (a last day on a holiday moves to the next working day; 行政处罚法 第八十五条
 * makes the 七日 working days), and the guards read a case's clock where it has one (case.step.ts).
 */

/** 行政处罚法 第六十条: ninety days from 立案, lengthened only by an approved extension. */
export const DECISION_DAYS = 90;

/** 行政处罚法 第六十一条: served within seven days (working days, 第八十五条) when not handed over. */
const SERVICE_WORKING_DAYS = 7;

interface CasePeriod {
  /** What the period is for, as users read it (the clock's purpose). */
  purpose: string;
  days: number;
  unit: DayUnit;
  basis: string;
}

export type CaseClock =
  'decision' | 'preservation' | 'service' | 'publication' | 'payment' | 'report';

export const CASE_PERIODS: Readonly<Record<CaseClock, CasePeriod>> = {
  decision: {
    purpose: '作出处罚决定期限',
    days: DECISION_DAYS,
    unit: 'calendar',
    basis: ART.deadline,
  },
  // 行政处罚法 第五十六条: preserved evidence is decided on within seven working days (第八十五条).
  preservation: {
    purpose: '先行登记保存证据处理决定期限',
    days: PRESERVATION_WORKING_DAYS,
    unit: 'working',
    basis: ART.preservation,
  },
  service: {
    purpose: '送达处罚决定书期限',
    days: SERVICE_WORKING_DAYS,
    unit: 'working',
    basis: ART.service,
  },
  publication: {
    purpose: '公开处罚决定期限',
    days: PUBLISH_WORKING_DAYS,
    unit: 'working',
    basis: `${ART.publication}、${ART.publicationPeriod}`,
  },
  payment: {
    purpose: '缴纳罚款期限',
    days: PAYMENT_DAYS,
    unit: 'calendar',
    basis: ART.payment,
  },
  // 行政处罚法 第五十二条第三款: an on-the-spot decision is reported (备案) within the town's working days
  // (its simpleReportDays; the default here only when none is given).
  report: {
    purpose: '当场处罚决定备案期限',
    days: SIMPLE_DEFAULTS.reportDays,
    unit: 'working',
    basis: ART.spotReportPeriod,
  },
};
