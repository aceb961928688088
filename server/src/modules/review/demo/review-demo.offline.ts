import type { WorkCalendar } from '../../../core/calendar/index.js';
import type { OfflineContract } from '../ledger/offline-record.js';
import type { OpinionConclusion } from '../review.enums.js';
import { pick, prng, workday } from './review-demo.dates.js';
import { leaseContract } from './review-demo.texts.js';
import type { DemoCast } from './review-demo.types.js';

/**
 * The 三清一促 clean-up of 2024: 356 village contracts reviewed offline between April and September
 * (the report's "350余件"), recorded through the same path as the XLSX import.
 */

const OFFLINE_COUNT = 356;

const SUBJECTS = [
  { what: '厂房', purpose: '鞋服加工', yuan: [20_000, 90_000] },
  { what: '店面房', purpose: '商业经营', yuan: [8_000, 30_000] },
  { what: '鱼塘', purpose: '水产养殖', yuan: [3_000, 12_000] },
  { what: '集体土地', purpose: '苗木种植', yuan: [5_000, 25_000] },
  { what: '仓库', purpose: '物品仓储', yuan: [10_000, 40_000] },
  { what: '停车场场地', purpose: '车辆停放', yuan: [5_000, 15_000] },
] as const;
const TENANTS = [
  '鞋业有限公司',
  '商贸有限公司',
  '家庭农场',
  '物流有限公司',
  '五金制品厂',
  '电器配件厂',
];
const NAMES = [
  '恒达',
  '利丰',
  '金鹰',
  '华泰',
  '宏盛',
  '永兴',
  '佳和',
  '锦源',
  '东升',
  '瑞丰',
  '新亚',
  '天成',
  '广源',
  '鑫达',
];

export function demoOffline(cast: DemoCast, cal: WorkCalendar): OfflineContract[] {
  const rnd = prng(356);
  const villages = cast.villages.filter((v) => v.name.endsWith('村'));
  return Array.from({ length: OFFLINE_COUNT }, (_, i) => {
    const v = villages[i % villages.length]!;
    const s = SUBJECTS[i % SUBJECTS.length]!;
    const years = 1 + Math.floor(rnd() * 8);
    const startYear = 2015 + Math.floor(rnd() * 9);
    const startDate = `${startYear}-0${1 + (i % 9)}-01`;
    const endDate = `${startYear + years}-0${1 + (i % 9)}-01`;
    const annual = Math.round((s.yuan[0] + rnd() * (s.yuan[1] - s.yuan[0])) / 100) * 100;
    const lessee = `慈溪市${pick(rnd, NAMES)}${pick(rnd, TENANTS)}`;
    const r = rnd();
    const conclusion: OpinionConclusion =
      r < 0.16 ? 'lawful' : r < 0.95 ? 'lawful_with_suggestions' : r < 0.99 ? 'revise' : 'unlawful';
    const defects =
      rnd() < 0.35
        ? (['no_dispute_clause'] as const)
        : rnd() < 0.2
          ? (['arbitration_and_court'] as const)
          : ([] as const);
    return {
      orgId: v.id,
      orgName: v.name,
      title: `${v.name}${s.what}租赁合同（${startYear}年签订，第${Math.floor(i / villages.length) + 1}号）`,
      text: leaseContract({
        lessor: `慈溪市桥头镇${v.name}股份经济合作社`,
        lessee,
        premises: `${v.name}${s.what}`,
        purpose: s.purpose,
        years,
        startDate,
        endDate,
        annualRentYuan: annual,
        defects,
      }),
      fields: {
        counterparty: lessee,
        amountFen: annual * years * 100,
        termYears: years,
        startDate,
        endDate,
        contractType: 'lease',
        collectiveAsset: true,
        isTemplate: i % 3 === 0,
      },
      reviewedOn: workday(cal, '2024-04-08', Math.floor((i * 120) / OFFLINE_COUNT)),
      conclusion,
      summary:
        conclusion === 'lawful'
          ? ''
          : defects.length
            ? '建议补充完善争议解决条款，到期续签时按规定进入农村产权交易市场'
            : '建议到期续签时履行民主决策程序并公开交易',
      reviewerName: i % 5 === 4 ? cast.adviser.name : cast.reviewer.name,
    };
  });
}
