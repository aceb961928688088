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
 * F19 镇级化解占比, F20 及时办结率 / 关闭率, F21 诉前调解成功, F22 诉前调解成功率, F23 调解成功 — one
 * statement grouped by town over the towns' disputes received in the span (F19, F20 关闭率) and, as a
 * second branch of a UNION ALL, those concluded in it (F20 及时办结率, F21–F23). Each branch ranges over
 * one covering (town_id, day) index, so PostgreSQL counts without reading the table (an OR of the two
 * spans made it read every matching row from the heap).
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const agreed = sql`outcome in ('written', 'oral')`;
  const flag = (when: RawBuilder<unknown>) => sql<number>`case when ${when} then 1 else 0 end`;
  const none = sql<number>`0`;
  const ofTowns = () => scoped(q, actor).selectFrom('disputes').where('townId', 'in', s.townIds);
  const received = ofTowns()
    .where('receivedOn', '>=', s.from)
    .where('receivedOn', '<=', s.to)
    .select([
      'townId',
      flag(sql`channel = 'police110'`).as('police'),
      flag(sql`channel = 'police110' and ${agreed}`).as('policeAgreed'),
      none.as('timed'),
      none.as('onTime'),
      flag(sql`status = 'closed'`).as('closed'),
      flag(sql`status in ('concluded', 'closed')`).as('done'),
      none.as('court'),
      none.as('courtAgreed'),
      none.as('agreements'),
    ]);
  const concluded = ofTowns()
    .where('concludedOn', '>=', s.from)
    .where('concludedOn', '<=', s.to)
    .select([
      'townId',
      none.as('police'),
      none.as('policeAgreed'),
      flag(sql`due_on is not null`).as('timed'),
      flag(sql`due_on is not null and concluded_on <= due_on`).as('onTime'),
      none.as('closed'),
      none.as('done'),
      flag(sql`channel = 'court'`).as('court'),
      flag(sql`channel = 'court' and ${agreed}`).as('courtAgreed'),
      flag(agreed).as('agreements'),
    ]);
  const total = <C extends string>(c: C) => sql<number>`sum(${sql.ref(`d.${c}`)})`.as(c);
  const rows = await q
    .selectFrom(received.unionAll(concluded).as('d'))
    .groupBy('d.townId')
    .select([
      'd.townId',
      total('police'),
      total('policeAgreed'),
      total('timed'),
      total('onTime'),
      total('closed'),
      total('done'),
      total('court'),
      total('courtAgreed'),
      total('agreements'),
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
