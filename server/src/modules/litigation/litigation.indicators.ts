import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import {
  eachKey,
  type IndicatorPeriod,
  type IndicatorProvider,
} from '../../core/indicators/indicator.js';
import { isCorrection } from './outcome-sets.js';

// tenancy: every count reads through scoped() and the period's town

/** F17 行政诉讼发案量 and F18 行政复议纠错, counted as /litigation/stats counts them, up to the cut-off. */
async function compute(q: Q, actor: Actor, p: IndicatorPeriod, key: string) {
  const rows = await scoped(q, actor)
    .selectFrom('litigationCases')
    .select(['kind', 'receivedOn', 'outcome', 'concludedOn'])
    .where('townId', '=', p.townId)
    .where('receivedOn', '<=', p.to)
    .execute();
  const within = (d: string | null) => d !== null && d >= p.from && d <= p.to;
  switch (key) {
    case 'litigation.lawsuitsFiled':
      return {
        numerator: rows.filter((r) => r.kind === 'litigation' && within(r.receivedOn)).length,
        denominator: null,
      };
    case 'litigation.corrections':
      return {
        numerator: rows.filter((r) => within(r.concludedOn) && isCorrection(r.kind, r.outcome))
          .length,
        denominator: null,
      };
    default:
      throw new Error(`litigation indicators: unknown key ${key}`);
  }
}

export const LITIGATION_INDICATORS: IndicatorProvider = {
  module: 'litigation',
  definitions: [
    {
      key: 'litigation.lawsuitsFiled',
      figure: 'F17',
      name: '行政诉讼发案量',
      definition: '统计期内（截至报告截止日）收到起诉状副本的以本镇为被告的行政诉讼案件数',
      unit: 'count',
      period: 'cutOff',
    },
    {
      key: 'litigation.corrections',
      figure: 'F18',
      name: '行政复议纠错案件',
      definition:
        '统计期内（截至报告截止日）审结的行政复议中被变更、撤销、确认违法或无效、责令履行的件数',
      unit: 'count',
      period: 'cutOff',
    },
  ],
  compute: eachKey(compute),
  drillDown: (key, p) => {
    const kind = key === 'litigation.lawsuitsFiled' ? 'litigation' : 'reconsideration';
    return {
      api: `/api/v1/litigation/cases?year=${p.year}&kind=${kind}`,
      web: `/litigation/cases?year=${p.year}&kind=${kind}`,
    };
  },
};
