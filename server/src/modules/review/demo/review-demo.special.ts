import { serviceContract } from './review-demo.texts.js';
import type { DemoCast, DemoItem, Who } from './review-demo.types.js';
import { demoParties } from './review-demo.parties.js';

/**
 * The contract reviews of 2024 that did not run straight through: sent back for revision, found
 * unlawful, filed with the county, or still awaiting feedback or a decision.
 */

const BASES = [
  '《中华人民共和国民法典》合同编',
  '《浙江省农村集体资产管理条例》第十七条、第三十五条',
];

const expropriation = (dispute: string) => `冯家地块房屋征收补偿协议

征收人（甲方）：慈溪市桥头镇人民政府
被征收人（乙方）：冯某某

为实施桥头镇冯家地块道路拓宽工程，根据《国有土地上房屋征收与补偿条例》及慈溪市有关规定，经协商订立本协议。
第一条 被征收房屋 乙方位于桥头镇冯家村的房屋一处，建筑面积186平方米。
第二条 补偿方式和金额 甲方以货币方式补偿，补偿总额为人民币1,286,000元，含房屋价值、搬迁费和临时安置费。
第三条 搬迁期限 乙方应于本协议签订之日起六十日内完成搬迁并交付房屋。
第四条 补偿款支付 甲方于乙方交付房屋后三十日内一次性支付补偿款。
第五条 违约责任 乙方逾期搬迁的，甲方可依法申请强制执行；甲方逾期支付的，按同期贷款市场报价利率支付利息。
第六条 争议解决 ${dispute}
第七条 其他 本协议一式四份，自双方签字盖章之日起生效。`;

export function specialContracts(
  cast: DemoCast,
  villageWho: (v: { id: string; name: string }) => Who,
): DemoItem[] {
  const { v, lease, collective, jjfzb, djzhb } = demoParties(cast, villageWho);
  const mao = v('毛三斢村');
  const yan = v('烟墩村');
  const shl = v('上林湖村');
  const xqt = v('小桥头村');
  const wux = v('五姓村');
  return [
    {
      type: 'gov_contract',
      title: '冯家地块房屋征收补偿协议',
      orgId: jjfzb.id,
      orgName: jjfzb.name,
      submitter: cast.clerk,
      versions: [
        {
          text: expropriation('因本协议发生争议的，提交宁波仲裁委员会仲裁。'),
          fields: {
            counterparty: '冯某某',
            amountFen: 128_600_000,
            isAdministrativeAgreement: true,
          },
        },
        {
          text: expropriation('因本协议发生争议的，乙方可以依法申请行政复议或者提起行政诉讼。'),
          fields: {
            counterparty: '冯某某',
            amountFen: 128_600_000,
            isAdministrativeAgreement: true,
          },
          note: '删除仲裁条款，改为行政复议或行政诉讼',
        },
      ],
      submittedOn: '2024-04-10',
      acceptedOn: '2024-04-11',
      opinions: [
        {
          on: '2024-04-16',
          conclusion: 'revise',
          summary: '该协议属行政协议，约定仲裁条款无效，请修改争议解决条款后重新报审。',
          bases: ['《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条'],
        },
        {
          on: '2024-04-25',
          conclusion: 'lawful',
          summary: '修改稿已删除仲裁条款，符合有关规定，同意签订。',
          bases: ['《国有土地上房屋征收与补偿条例》第二十五条'],
        },
      ],
      revisedOn: '2024-04-22',
      feedback: { on: '2024-04-26', adoption: 'adopted' },
      decision: { on: '2024-04-29', kind: 'signed', by: cast.deputy },
      filing: { on: '2024-05-06', target: 'county' },
      archivedOn: '2024-05-08',
    },
    {
      ...mao,
      type: 'village_contract',
      title: '毛三斢村鱼塘承包合同',
      versions: [
        {
          text: lease('毛三斢村', {
            premises: '毛三斢村东侧鱼塘',
            purpose: '水产养殖',
            years: 25,
            startDate: '2024-09-01',
            endDate: '2049-08-31',
            lessee: '毛某某',
            annualRentYuan: 9_000,
          }),
          fields: { counterparty: '毛某某', ...collective(9_000, 25) },
        },
        {
          text: lease('毛三斢村', {
            premises: '毛三斢村东侧鱼塘',
            purpose: '水产养殖',
            years: 10,
            startDate: '2024-09-01',
            endDate: '2034-08-31',
            lessee: '毛某某',
            annualRentYuan: 9_000,
          }),
          fields: { counterparty: '毛某某', ...collective(9_000, 10) },
          note: '承包期限由二十五年调整为十年',
        },
      ],
      submittedOn: '2024-08-07',
      acceptedOn: '2024-08-08',
      opinions: [
        {
          on: '2024-08-13',
          conclusion: 'revise',
          summary: '租赁期限超过二十年，超过部分无效，请调整期限后重新报审。',
          bases: ['《中华人民共和国民法典》第七百零五条'],
        },
        {
          on: '2024-08-22',
          conclusion: 'lawful_with_suggestions',
          summary: '修改稿已调整期限，原则同意签订，建议补充水质保护条款。',
          bases: BASES,
        },
      ],
      revisedOn: '2024-08-19',
      feedback: { on: '2024-08-23', adoption: 'adopted' },
      decision: { on: '2024-08-27', kind: 'signed', by: mao.who },
      archivedOn: '2024-09-03',
    },
    {
      ...yan,
      type: 'village_contract',
      title: '烟墩村集体土地出租合同（用于建设仓储用房）',
      versions: [
        {
          text: lease('烟墩村', {
            premises: '烟墩村北片集体农用地约12亩',
            purpose: '建设仓储用房',
            years: 25,
            startDate: '2025-01-01',
            endDate: '2049-12-31',
            lessee: '慈溪市东升物流有限公司',
            annualRentYuan: 48_000,
          }),
          fields: { counterparty: '慈溪市东升物流有限公司', ...collective(48_000, 25) },
        },
      ],
      submittedOn: '2024-10-15',
      acceptedOn: '2024-10-16',
      opinions: [
        {
          on: '2024-10-22',
          conclusion: 'unlawful',
          summary:
            '该合同将集体农用地出租用于建设仓储用房，擅自改变土地用途，且租期超过二十年，不予通过。',
          bases: ['《中华人民共和国土地管理法》第四条', '《中华人民共和国民法典》第七百零五条'],
        },
      ],
    },
    {
      ...shl,
      type: 'village_contract',
      title: '上林湖村工业区标准厂房整体租赁合同',
      versions: [
        {
          text: lease('上林湖村', {
            premises: '上林湖村工业区标准厂房（1—4号）',
            years: 10,
            startDate: '2024-10-01',
            endDate: '2034-09-30',
            lessee: '慈溪市桥头恒达鞋业有限公司',
            annualRentYuan: 120_000,
          }),
          fields: { counterparty: '慈溪市桥头恒达鞋业有限公司', ...collective(120_000, 10) },
        },
      ],
      submittedOn: '2024-09-03',
      acceptedOn: '2024-09-04',
      opinions: [
        {
          on: '2024-09-10',
          conclusion: 'lawful_with_suggestions',
          summary: '原则同意签订，建议明确租金递增比例及消防安全责任。',
          bases: BASES,
        },
      ],
      feedback: { on: '2024-09-11', adoption: 'adopted' },
      decision: { on: '2024-09-13', kind: 'signed', by: shl.who },
      filing: { on: '2024-09-20', target: 'county' },
      archivedOn: '2024-09-27',
    },
    {
      ...xqt,
      type: 'village_contract',
      title: '小桥头村沿街店面房租赁合同（12号）',
      versions: [
        {
          text: lease('小桥头村', {
            premises: '小桥头村沿街店面房12号',
            purpose: '商业经营',
            years: 3,
            startDate: '2025-01-01',
            endDate: '2027-12-31',
            lessee: '慈溪市瑞丰商贸有限公司',
            annualRentYuan: 26_000,
            defects: ['arbitration_and_court'],
          }),
          fields: { counterparty: '慈溪市瑞丰商贸有限公司', ...collective(26_000, 3) },
        },
      ],
      submittedOn: '2024-11-11',
      acceptedOn: '2024-11-12',
      opinions: [
        {
          on: '2024-11-18',
          conclusion: 'lawful_with_suggestions',
          summary: '原则同意签订，建议删除仲裁约定，明确由人民法院管辖。',
          bases: BASES,
        },
      ],
    },
    {
      type: 'gov_contract',
      title: '桥头镇2025年度机关食堂食材配送合同',
      orgId: djzhb.id,
      orgName: djzhb.name,
      submitter: cast.clerk,
      versions: [
        {
          text: serviceContract({
            buyer: '慈溪市桥头镇人民政府',
            provider: '慈溪市鲜丰农产品配送有限公司',
            service: '2025年度机关食堂食材配送',
            amountYuan: 190_000,
            startDate: '2025-01-01',
            endDate: '2025-12-31',
          }),
          fields: {
            counterparty: '慈溪市鲜丰农产品配送有限公司',
            amountFen: 19_000_000,
            contractType: 'procurement',
          },
        },
      ],
      submittedOn: '2024-11-06',
      acceptedOn: '2024-11-07',
      opinions: [
        {
          on: '2024-11-13',
          conclusion: 'lawful',
          summary: '经审查，该合同合法有效，同意签订。',
          bases: ['《中华人民共和国民法典》合同编'],
        },
      ],
      feedback: { on: '2024-11-15', adoption: 'adopted' },
    },
    {
      ...wux,
      type: 'village_contract',
      title: '五姓村光伏屋顶租赁合同（二期）',
      versions: [
        {
          text: lease('五姓村', {
            premises: '五姓村文化礼堂及村委会办公楼屋顶',
            purpose: '分布式光伏发电',
            years: 5,
            startDate: '2025-01-01',
            endDate: '2029-12-31',
            lessee: '宁波天成新能源有限公司',
            annualRentYuan: 18_000,
          }),
          fields: { counterparty: '宁波天成新能源有限公司', ...collective(18_000, 5) },
        },
      ],
      submittedOn: '2024-11-05',
      acceptedOn: '2024-11-06',
      opinions: [
        {
          on: '2024-11-12',
          conclusion: 'lawful_with_suggestions',
          summary: '原则同意签订，建议明确屋顶防水维修责任。',
          bases: BASES,
        },
      ],
      feedback: { on: '2024-11-14', adoption: 'adopted' },
    },
  ];
}
