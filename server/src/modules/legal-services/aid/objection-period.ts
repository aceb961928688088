import { AID_ART } from '../legal-services.vocabulary.js';
import type { AidPeriod } from './aid-period.js';

/**
 * 《法律援助法》第四十九条: an objection to a refusal (or termination) goes to the 司法行政部门, which
 * decides within 五日 of receiving it — upholding the centre or ordering it to correct.
 */
export const OBJECTION_PERIOD: AidPeriod = {
  limitDays: 5,
  unit: 'calendar',
  basis: AID_ART.objection,
  purpose: 'legal_aid.objection',
  label: '异议审查期限',
};
