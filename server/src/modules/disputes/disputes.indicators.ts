import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { countOf, perTown, ratioOf, rowsByTown } from '../../core/indicators/by-town.js';
import type {
  IndicatorDefinition,
  IndicatorProvider,
  IndicatorSpan,
} from '../../core/indicators/indicator.js';

// tenancy: every count reads through scoped() and the span's towns

/**
 * The same readings as disputes-stats.service.ts (the 矛调统计 page), so the report and the page agree:
 * F19 镇级化解占比, F20 及时办结率 / 关闭率, F21 诉前调解成功, F22 诉前调解成功率, F23 调解成功 — all
 * counted in one pass over the towns' disputes received or concluded in the span, grouped by town.
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const received = sql`received_on >= ${s.from} and received_on <= ${s.to}`;
  const concluded = sql`concluded_on >= ${s.from} and concluded_on <= ${s.to}`;
  const agreed = sql`outcome in ('written', 'oral')`;
  const n = (when: RawBuilder<unknown>) => sql<number>`sum(case when ${when} then 1 else 0 end)`;
  const rows = await scoped(q, actor)
    .selectFrom('disputes')
    .where('townId', 'in', s.townIds)
    .where((eb) =>
      eb.or([
        eb.and([eb('receivedOn', '>=', s.from), eb('receivedOn', '<=', s.to)]),
        eb.and([eb('concludedOn', '>=', s.from), eb('concludedOn', '<=', s.to)]),
      ]),
    )
    .groupBy('townId')
    .select([
      'townId',
      n(sql`${received} and channel = 'police110'`).as('police'),
      n(sql`${received} and channel = 'police110' and ${agreed}`).as('policeAgreed'),
      n(sql`${concluded} and due_on is not null`).as('timed'),
      n(sql`${concluded} and due_on is not null and concluded_on <= due_on`).as('onTime'),
      n(sql`${received} and status = 'closed'`).as('closed'),
      n(sql`${received} and status in ('concluded', 'closed')`).as('done'),
      n(sql`${concluded} and channel = 'court'`).as('court'),
      n(sql`${concluded} and channel = 'court' and ${agreed}`).as('courtAgreed'),
      n(sql`${concluded} and ${agreed}`).as('agreements'),
    ])
    .execute();
  const byTown = rowsByTown(rows);
  return perTown(s.townIds, (t) => {
    const r = byTown.get(t);
    return {
      'disputes.townShare': ratioOf(r?.policeAgreed, r?.police),
      'disputes.onTime': ratioOf(r?.onTime, r?.timed),
      'disputes.closure': ratioOf(r?.closed, r?.done),
      'disputes.precourtSuccesses': countOf(r?.courtAgreed),
      'disputes.precourtSuccessRate': ratioOf(r?.courtAgreed, r?.court),
      'disputes.agreements': countOf(r?.agreements),
    };
  });
}

const def = (
  key: string,
  figure: string,
  name: string,
  unit: IndicatorDefinition['unit'],
  definition: string,
): IndicatorDefinition => ({
  key: `disputes.${key}`,
  figure,
  name,
  unit,
  definition,
  period: 'year',
});

export const DISPUTES_INDICATORS: IndicatorProvider = {
  module: 'disputes',
  definitions: [
    def(
      'townShare',
      'F19',
      '非警务纠纷镇级化解占比',
      'percent',
      '110分流至本镇的非警务纠纷中经调解达成协议的件数 ÷ 统计期内受理的110非警务纠纷件数',
    ),
    def(
      'onTime',
      'F20',
      '案件及时办结率',
      'percent',
      '统计期内办结且有调解期限的纠纷中在期限内办结的件数 ÷ 办结件数',
    ),
    def(
      'closure',
      'F20',
      '案件关闭率',
      'percent',
      '统计期内受理且已办结的纠纷中完成回访评价（关闭）的件数 ÷ 已办结件数',
    ),
    def(
      'precourtSuccesses',
      'F21',
      '诉前调解成功数',
      'count',
      '法院委派的诉前调解中，统计期内达成调解协议的件数（公共法律服务站与矛调中心合并报送，亦即F32）',
    ),
    def(
      'precourtSuccessRate',
      'F22',
      '诉前调解成功率',
      'percent',
      '法院委派诉前调解中达成协议的件数 ÷ 统计期内调解终结的件数',
    ),
    def(
      'agreements',
      'F23',
      '成功化解矛盾纠纷',
      'count',
      '统计期内办结的纠纷中达成调解协议（书面或口头）的件数',
    ),
  ],
  compute,
  drillDown: (key, p) => {
    const filter: Record<string, string> = {
      'disputes.townShare': 'channel=police110',
      'disputes.precourtSuccesses': 'channel=court',
      'disputes.precourtSuccessRate': 'channel=court',
    };
    const f = filter[key] ? `&${filter[key]}` : '';
    return { api: `/api/v1/disputes?year=${p.year}${f}`, web: `/disputes?year=${p.year}${f}` };
  },
};
