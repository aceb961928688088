import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import type {
  IndicatorDefinition,
  IndicatorPeriod,
  IndicatorProvider,
} from '../../core/indicators/indicator.js';

// tenancy: every count reads through scoped() and the period's town

const AGREED = ['written', 'oral'] as const;

/**
 * The same readings as disputes-stats.service.ts (the 矛调统计 page), so the report and the page agree:
 * F19 镇级化解占比, F20 及时办结率 / 关闭率, F21 诉前调解成功, F22 诉前调解成功率, F23 调解成功.
 */
async function compute(q: Q, actor: Actor, p: IndicatorPeriod, key: string) {
  const mine = () => scoped(q, actor).selectFrom('disputes').where('townId', '=', p.townId);
  const received = () => mine().where('receivedOn', '>=', p.from).where('receivedOn', '<=', p.to);
  const concluded = () =>
    mine().where('concludedOn', '>=', p.from).where('concludedOn', '<=', p.to);
  const n = async (b: ReturnType<typeof mine>) =>
    Number((await b.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const ratio = async (num: ReturnType<typeof mine>, den: ReturnType<typeof mine>) => ({
    numerator: await n(num),
    denominator: await n(den),
  });
  const police = received().where('channel', '=', 'police110');
  const court = concluded().where('channel', '=', 'court');
  const timed = concluded().where('dueOn', 'is not', null);
  switch (key) {
    case 'disputes.townShare':
      return ratio(police.where('outcome', 'in', AGREED), police);
    case 'disputes.onTime':
      return ratio(timed.whereRef('concludedOn', '<=', 'dueOn'), timed);
    case 'disputes.closure':
      return ratio(
        received().where('status', '=', 'closed'),
        received().where('status', 'in', ['concluded', 'closed']),
      );
    case 'disputes.precourtSuccesses':
      return { numerator: await n(court.where('outcome', 'in', AGREED)), denominator: null };
    case 'disputes.precourtSuccessRate':
      return ratio(court.where('outcome', 'in', AGREED), court);
    case 'disputes.agreements':
      return {
        numerator: await n(concluded().where('outcome', 'in', AGREED)),
        denominator: null,
      };
    default:
      throw new Error(`disputes indicators: unknown key ${key}`);
  }
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
