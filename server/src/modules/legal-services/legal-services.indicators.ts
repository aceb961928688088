import type { IndicatorProvider } from '../../core/indicators/indicator.js';
import { DEFINITIONS, stationFigures } from './stats.service.js';

// tenancy: the report module checked the period's town against the caller's scope

const count = (numerator: number) => ({ numerator, denominator: null });

/** F28–F31: the station's consultations, mediations, legal aid and 司法协助 of the year. */
export const LEGAL_SERVICES_INDICATORS: IndicatorProvider = {
  module: 'legal-services',
  definitions: [
    {
      key: 'legalServices.consultations',
      figure: 'F28',
      name: '法律咨询',
      definition: DEFINITIONS.consultations,
      unit: 'count',
      period: 'year',
    },
    {
      key: 'legalServices.mediations',
      figure: 'F29',
      name: '化解矛盾纠纷',
      definition: DEFINITIONS.mediations,
      unit: 'count',
      period: 'year',
    },
    {
      key: 'legalServices.legalAid',
      figure: 'F30',
      name: '法律援助',
      definition: DEFINITIONS.legalAid,
      unit: 'count',
      period: 'year',
    },
    {
      key: 'legalServices.judicialAssistance',
      figure: 'F31',
      name: '司法协助',
      definition: DEFINITIONS.judicialAssistance,
      unit: 'count',
      period: 'year',
    },
  ],
  compute: async (q, _actor, p) => {
    const f = await stationFigures(q, p.townId, p.from, p.to);
    return {
      'legalServices.consultations': count(f.consultations),
      'legalServices.mediations': count(f.mediations),
      'legalServices.legalAid': count(f.legalAid),
      'legalServices.judicialAssistance': count(f.judicialAssistance),
    };
  },
  drillDown: (key) =>
    key === 'legalServices.legalAid'
      ? { api: '/api/v1/legal-services/aid', web: '/legal-services/aid' }
      : key === 'legalServices.judicialAssistance'
        ? { api: '/api/v1/legal-services/assistance', web: '/legal-services/assistance' }
        : { api: '/api/v1/legal-services/visits', web: '/legal-services/station' },
};
