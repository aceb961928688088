import type { IndicatorProvider } from '../../core/indicators/indicator.js';
import { decisionFigures } from './stats.service.js';

// tenancy: decisionFigures reads through scoped() within the period's town

/** F11: the major decisions made by collective decision (and filed), as /decisions/stats counts them. */
export const DECISIONS_INDICATORS: IndicatorProvider = {
  module: 'decisions',
  definitions: [
    {
      key: 'decisions.catalogueDecided',
      figure: 'F11',
      name: '重大行政决策事项',
      definition: '统计期内经集体讨论作出决定的重大行政决策事项数（均列入决策事项目录）',
      unit: 'count',
      period: 'cutOff',
    },
    {
      key: 'decisions.filed',
      name: '重大行政决策备案',
      definition: '统计期内报送备案（合法性审查事项登记备案）的重大行政决策数',
      unit: 'count',
      period: 'cutOff',
    },
  ],
  compute: async (q, actor, p) => {
    const f = await decisionFigures(q, actor, p.townId, p.year, p.to);
    return {
      'decisions.catalogueDecided': { numerator: f.made.count, denominator: null },
      'decisions.filed': { numerator: f.filed.count, denominator: null },
    };
  },
  drillDown: () => ({ api: '/api/v1/decisions', web: '/decisions' }),
};
