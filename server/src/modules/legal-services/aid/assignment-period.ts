import { AID_ART } from '../legal-services.vocabulary.js';
import type { AidPeriod } from './aid-period.js';

/** 《法律援助法》第四十三条第一款: a lawyer is assigned within 三日 of the decision to give aid. */
export const ASSIGNMENT_PERIOD: AidPeriod = {
  limitDays: 3,
  unit: 'calendar',
  basis: AID_ART.decision,
  purpose: 'legal_aid.assignment',
  label: '指派承办人员期限',
};
