import { serviceContract } from './review-demo.texts.js';
import type { DemoCast, DemoItem, Who } from './review-demo.types.js';
import { demoParties } from './review-demo.parties.js';

/**
 * The contract reviews still in progress on 20 November 2024, with no opinion yet: returned for
 * correction, overdue, just submitted, a draft.
 */
export function inProgressContracts(
  cast: DemoCast,
  villageWho: (v: { id: string; name: string }) => Who,
): DemoItem[] {
  const { v, lease, collective, jjfzb } = demoParties(cast, villageWho);
  const shl = v('上林湖村');
  const wuf = v('五丰村');
  const fen = v('丰潭村');
  return [
    {
      type: 'gov_contract',
      title: '桥头镇2025年度镇区道路保洁服务合同',
      orgId: jjfzb.id,
      orgName: jjfzb.name,
      submitter: cast.clerk,
      versions: [
        {
          text: serviceContract({
            buyer: '慈溪市桥头镇人民政府',
            provider: '慈溪市洁美环境服务有限公司',
            service: '2025年度镇区道路保洁',
            amountYuan: 480_000,
            startDate: '2025-01-01',
            endDate: '2025-12-31',
          }),
          fields: {
            counterparty: '慈溪市洁美环境服务有限公司',
            amountFen: 48_000_000,
            contractType: 'service',
          },
        },
      ],
      submittedOn: '2024-11-12',
      acceptedOn: '2024-11-13',
    },
    {
      ...wuf,
      type: 'village_contract',
      title: '五丰村村集体厂房租赁合同（续签）',
      versions: [
        {
          text: lease('五丰村', {
            premises: '五丰村工业区2号厂房',
            years: 5,
            startDate: '2025-01-01',
            endDate: '2029-12-31',
            lessee: '慈溪市桥头华泰鞋业有限公司',
            annualRentYuan: 72_000,
            defects: ['no_dispute_clause'],
          }),
          fields: { counterparty: '慈溪市桥头华泰鞋业有限公司', ...collective(72_000, 5) },
        },
      ],
      submittedOn: '2024-11-07',
      acceptedOn: '2024-11-08',
    },
    {
      ...fen,
      type: 'village_contract',
      title: '丰潭村鱼塘承包合同',
      versions: [
        {
          text: lease('丰潭村', {
            premises: '丰潭村西侧鱼塘',
            purpose: '水产养殖',
            years: 5,
            startDate: '2025-01-01',
            endDate: '2029-12-31',
            lessee: '潘某某',
            annualRentYuan: 8_000,
          }),
          fields: { counterparty: '潘某某', ...collective(8_000, 5) },
        },
      ],
      submittedOn: '2024-11-14',
      returnedAtIntake: {
        on: '2024-11-15',
        reason: '缺少承包方身份证明和村民代表会议决议及表决记录，请补正后重新送审',
      },
      missing: ['counterparty_licence', 'assembly_resolution'],
    },
    {
      ...shl,
      type: 'village_contract',
      title: '上林湖村光伏屋顶租赁合同',
      versions: [
        {
          text: lease('上林湖村', {
            premises: '上林湖村文化礼堂屋顶',
            purpose: '分布式光伏发电',
            years: 5,
            startDate: '2025-01-01',
            endDate: '2029-12-31',
            lessee: '宁波新亚新能源有限公司',
            annualRentYuan: 15_000,
          }),
          fields: { counterparty: '宁波新亚新能源有限公司', ...collective(15_000, 5) },
        },
      ],
      submittedOn: '2024-11-19',
    },
    {
      ...shl,
      type: 'village_contract',
      title: '上林湖村村道路灯维护服务合同',
      versions: [
        {
          text: serviceContract({
            buyer: '慈溪市桥头镇上林湖村股份经济合作社',
            provider: '慈溪市光明电气安装有限公司',
            service: '村道路灯维护',
            amountYuan: 24_000,
            startDate: '2025-01-01',
            endDate: '2026-12-31',
          }),
          fields: {
            counterparty: '慈溪市光明电气安装有限公司',
            amountFen: 2_400_000,
            contractType: 'service',
          },
        },
      ],
    },
  ];
}
