import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { countOf, perTown, rowsByTown } from '../../core/indicators/by-town.js';
import type { IndicatorProvider, IndicatorSpan } from '../../core/indicators/indicator.js';
import { DEFINITIONS } from './stats.service.js';

// tenancy: every count reads through scoped() and the span's towns (the station's org is the town)

/**
 * The station's consultations and resolved mediations (by service day), legal aid (by the day it was
 * forwarded or decided) and 司法协助 (by the day received), as stationFigures() counts them for
 * /legal-services/stats: three queries grouped by town.
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const aidDay = sql<string>`coalesce(forwarded_on, decided_on)`;
  const [visits, aid, assistance] = await Promise.all([
    scoped(q, actor)
      .selectFrom('legalServiceVisits')
      .where('orgId', 'in', s.townIds)
      .where('serviceKind', 'in', ['consultation', 'mediation'])
      .where('servedOn', '>=', s.from)
      .where('servedOn', '<=', s.to)
      .groupBy('orgId')
      .select([
        'orgId as townId',
        sql<number>`sum(case when service_kind = 'consultation' then 1 else 0 end)`.as(
          'consultations',
        ),
        sql<number>`sum(case when service_kind = 'mediation' and outcome = 'resolved' then 1 else 0 end)`.as(
          'mediations',
        ),
      ])
      .execute(),
    scoped(q, actor)
      .selectFrom('legalAidApplications')
      .where('orgId', 'in', s.townIds)
      .where(aidDay, '>=', s.from)
      .where(aidDay, '<=', s.to)
      .groupBy('orgId')
      .select(['orgId as townId', (eb) => eb.fn.countAll<number>().as('n')])
      .execute(),
    scoped(q, actor)
      .selectFrom('legalAssistanceRecords')
      .where('orgId', 'in', s.townIds)
      .where('receivedOn', '>=', s.from)
      .where('receivedOn', '<=', s.to)
      .groupBy('orgId')
      .select(['orgId as townId', (eb) => eb.fn.countAll<number>().as('n')])
      .execute(),
  ]);
  const v = rowsByTown(visits);
  const a = rowsByTown(aid);
  const j = rowsByTown(assistance);
  return perTown(s.townIds, (t) => ({
    'legalServices.consultations': countOf(v.get(t)?.consultations),
    'legalServices.mediations': countOf(v.get(t)?.mediations),
    'legalServices.legalAid': countOf(a.get(t)?.n),
    'legalServices.judicialAssistance': countOf(j.get(t)?.n),
  }));
}

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
  compute,
  drillDown: (key) =>
    key === 'legalServices.legalAid'
      ? { api: '/api/v1/legal-services/aid', web: '/legal-services/aid' }
      : key === 'legalServices.judicialAssistance'
        ? { api: '/api/v1/legal-services/assistance', web: '/legal-services/assistance' }
        : { api: '/api/v1/legal-services/visits', web: '/legal-services/station' },
};
