import { sql } from 'kysely';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { pageTown } from '../orgs/orgs.public.js';
import { EVALUATION_DEFINITION, evaluationFigures } from './advisers/evaluation-figures.js';
import { AID_ART, WINDOW_KINDS, type WindowKind } from './legal-services.vocabulary.js';

// tenancy: every count names the town pageTown() checked against the caller's scope

/** What each figure counts (the report's wording beside the rule), so a reader can check it. */
export const DEFINITIONS = {
  consultations: '法律咨询窗口（含网上咨询答复）登记的服务次数，按服务日期计',
  mediations: '人民调解窗口登记为“调解成功（矛盾化解）”的纠纷数，按服务日期计',
  legalAid: `本站受理并转交县法律援助中心（或经先行提供）的法律援助申请数，按转交或决定日期计（${AID_ART.station}）`,
  judicialAssistance:
    '登记的司法协助次数（协助送达、调查、执行、社区矫正调查评估等），按收到日期计',
} as const;

/**
 * The station's figures for a year (2024 report: 法律咨询670余次, 化解矛盾120余件, 法律援助5件, 司法协助30余次),
 * counted from the records, with the satisfaction of the rated visits.
 */
export async function legalServicesStats(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'legal_services.station.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, input.orgId, '公共法律服务统计按乡镇编制');
  return {
    year: input.year,
    town: town.name,
    ...(await stationFigures(q, town.id, `${input.year}-01-01`, `${input.year}-12-31`)),
    adviserEvaluations: await evaluationFigures(q, town.id, input.year),
    definitions: { ...DEFINITIONS, adviserEvaluations: EVALUATION_DEFINITION },
  };
}

/** The station's figures between two days, for a town the caller was checked to see. */
async function stationFigures(q: Q, townId: string, from: string, to: string) {
  const [byKind, mediations, aid, assistance, ratings] = await Promise.all([
    q
      .selectFrom('legalServiceVisits')
      .select(['serviceKind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('orgId', '=', townId)
      .where('servedOn', '>=', from)
      .where('servedOn', '<=', to)
      .groupBy('serviceKind')
      .execute(),
    q
      .selectFrom('legalServiceVisits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('orgId', '=', townId)
      .where('serviceKind', '=', 'mediation')
      .where('outcome', '=', 'resolved')
      .where('servedOn', '>=', from)
      .where('servedOn', '<=', to)
      .executeTakeFirstOrThrow(),
    q
      .selectFrom('legalAidApplications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('orgId', '=', townId)
      .where(sql`coalesce(forwarded_on, decided_on)`, '>=', from)
      .where(sql`coalesce(forwarded_on, decided_on)`, '<=', to)
      .executeTakeFirstOrThrow(),
    q
      .selectFrom('legalAssistanceRecords')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('orgId', '=', townId)
      .where('receivedOn', '>=', from)
      .where('receivedOn', '<=', to)
      .executeTakeFirstOrThrow(),
    q
      .selectFrom('legalServiceVisits')
      .select([
        (eb) => eb.fn.count<number>('rating').as('n'),
        (eb) => eb.fn.sum<number>('rating').as('total'),
      ])
      .where('orgId', '=', townId)
      .where('servedOn', '>=', from)
      .where('servedOn', '<=', to)
      .executeTakeFirstOrThrow(),
  ]);
  const kinds = Object.fromEntries(
    (Object.keys(WINDOW_KINDS) as WindowKind[]).map((k) => [
      k,
      Number(byKind.find((r) => r.serviceKind === k)?.n ?? 0),
    ]),
  ) as Record<WindowKind, number>;
  const rated = Number(ratings.n);
  return {
    consultations: kinds.consultation,
    mediations: Number(mediations.n),
    legalAid: Number(aid.n),
    judicialAssistance: Number(assistance.n),
    visitsByKind: kinds,
    satisfaction: {
      rated,
      average: rated ? Math.round((Number(ratings.total) / rated) * 100) / 100 : null,
    },
  };
}
